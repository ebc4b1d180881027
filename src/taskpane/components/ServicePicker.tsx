import { Combobox, Field, Option, OptionGroup } from "@fluentui/react-components";
import * as React from "react";
import { catalogues, serviceById } from "../../core";
import { fill, useStrings } from "../strings";

/** The services a unit reports, chosen by name from the two catalogues (ids stay inside). */
export const ServicePicker: React.FC<{ readonly selected: readonly string[]; readonly onChange: (ids: string[]) => void }> = ({
  selected,
  onChange,
}) => {
  const t = useStrings();
  const summary = fill(t.unitServicesCount, { count: selected.length });
  return (
    <Field label={t.unitServices}>
      <Combobox
        multiselect
        placeholder={summary}
        value={summary}
        selectedOptions={[...selected]}
        onOptionSelect={(_, d) => onChange(d.selectedOptions)}
        style={{ minWidth: 0, width: "100%" }}
      >
        {catalogues.map((c) => (
          <OptionGroup key={c.id} label={t.catalogueLabel[c.id] ?? c.label}>
            {c.services.map((s) => (
              <Option key={s.id} value={s.id} text={`${s.no}. ${s.name}`}>
                {`${s.no}. ${s.name}`}
              </Option>
            ))}
          </OptionGroup>
        ))}
      </Combobox>
    </Field>
  );
};

export function serviceNames(ids: readonly string[]): string[] {
  return ids.map((id) => {
    const s = serviceById(id);
    return s ? `${s.no}. ${s.name}` : id;
  });
}
