import { Field, Input } from "@fluentui/react-components";
import * as React from "react";
import type { Parsed } from "../backend/settingsInput";
import { useStrings } from "../strings";

/** A text setting read as typed: the reason appears under the field the moment a value cannot be used. */
export function SettingField<T>(props: {
  readonly label: string;
  readonly value: string;
  readonly parsed: Parsed<T>;
  readonly hint?: string;
  readonly placeholder?: string;
  readonly testId?: string;
  readonly onChange: (v: string) => void;
}): React.ReactElement {
  const t = useStrings();
  const { parsed } = props;
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={parsed.ok ? "none" : "error"}
      validationMessage={parsed.ok ? undefined : t.problems[parsed.problem]}
    >
      <Input value={props.value} placeholder={props.placeholder} data-testid={props.testId} onChange={(_, d) => props.onChange(d.value)} />
    </Field>
  );
}
