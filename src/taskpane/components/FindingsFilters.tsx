import { Field, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Received } from "../backend/types";
import { useStrings } from "../strings";

export interface FindingsFilter {
  readonly errorsOnly: boolean;
  /** A received file name, or null for all. */
  readonly file: string | null;
  readonly code: string | null;
}

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS, alignItems: "end" },
  select: { minWidth: 0, width: "100%" },
});

/** Errors only, one unit, one code: what a clerk with 175 files needs to find the next thing to fix. */
export const FindingsFilters: React.FC<{
  readonly received: readonly Received[];
  readonly codes: readonly string[];
  readonly filter: FindingsFilter;
  readonly onChange: (f: FindingsFilter) => void;
}> = ({ received, codes, filter, onChange }) => {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label={t.filterAll}>
      <Switch
        checked={filter.errorsOnly}
        label={t.filterErrorsOnly}
        data-testid="filter-errors"
        onChange={(_, d) => onChange({ ...filter, errorsOnly: d.checked })}
      />
      <Field label={t.filterUnit}>
        <Select
          className={styles.select}
          value={filter.file ?? ""}
          data-testid="filter-unit"
          onChange={(_, d) => onChange({ ...filter, file: d.value || null })}
        >
          <option value="">{t.filterAll}</option>
          {received.map((r) => (
            <option key={r.receipt.file} value={r.receipt.file}>
              {r.submission.unit.name} ({r.receipt.file})
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filterCode}>
        <Select
          className={styles.select}
          value={filter.code ?? ""}
          data-testid="filter-code"
          onChange={(_, d) => onChange({ ...filter, code: d.value || null })}
        >
          <option value="">{t.filterAll}</option>
          {codes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
};
