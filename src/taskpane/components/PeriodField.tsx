import { Field, Input, makeStyles } from "@fluentui/react-components";
import * as React from "react";
import { type Period, periodLabel } from "../../core";
import { readPeriodInput } from "../backend/settingsInput";
import { useStrings } from "../strings";

const useStyles = makeStyles({ input: { width: "100%", minWidth: 0 } });

/** The period being compiled, on every step; typed the way clerks write it and applied on Enter or leaving the field. */
export const PeriodField: React.FC<{ readonly period: Period | null; readonly onChange: (p: Period) => void }> = ({ period, onChange }) => {
  const t = useStrings();
  const styles = useStyles();
  const shown = period ? periodLabel(period) : "";
  const [text, setText] = React.useState(shown);
  const [problem, setProblem] = React.useState<string | null>(null);
  React.useEffect(() => setText(shown), [shown]);

  const apply = () => {
    if (text.trim() === shown) return setProblem(null);
    const r = readPeriodInput(text);
    if (!r.ok) return setProblem(t.problems[r.problem]);
    setProblem(null);
    onChange(r.value);
  };

  return (
    <Field
      label={t.periodHeaderLabel}
      orientation="horizontal"
      size="small"
      validationState={problem ? "error" : "none"}
      validationMessage={problem ?? undefined}
      hint={problem ? t.periodHeaderHint : undefined}
    >
      <Input
        className={styles.input}
        size="small"
        value={text}
        placeholder={t.periodNone}
        data-testid="header-period"
        onChange={(_, d) => setText(d.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === "Enter") apply();
        }}
      />
    </Field>
  );
};
