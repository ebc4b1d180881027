import { Body1, Button, Field, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { type Period, type PreviousFigures, type UnitRegistry, periodLabel } from "../../core";
import { type PreviousResult, readPrevious } from "../backend/previous";
import { fill, useStrings } from "../strings";
import { FilePicker } from "./FilePicker";

export interface PreviousPickerProps {
  readonly registry: UnitRegistry;
  readonly period: Period | null;
  readonly previous: PreviousFigures | null;
  readonly onChange: (previous: PreviousFigures | null) => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({ row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" } });

/** "Bảng tổng hợp tháng trước": only a consolidated workbook of an earlier period; anything else is refused with the reason. */
export const PreviousPicker: React.FC<PreviousPickerProps> = ({ registry, period, previous, onChange, disabled }) => {
  const t = useStrings();
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string | null>(null);

  const why = (file: string, r: Exclude<PreviousResult, { ok: true }>): string => {
    switch (r.reason) {
      case "no_tables":
        return fill(t.previousNoTables, { file });
      case "not_consolidated":
        return fill(t.previousNotConsolidated, { file });
      case "no_period":
        return fill(t.previousNoPeriod, { file });
      case "not_earlier":
        return fill(t.previousNotEarlier, {
          file,
          period: r.period ? periodLabel(r.period) : "—",
          current: period ? periodLabel(period) : "—",
        });
      default:
        return fill(t.previousUnreadable, { file, detail: r.detail ?? "" });
    }
  };

  const pick = async (file: File) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await readPrevious({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, registry, period);
      if (result.ok) onChange(result.figures);
      else {
        onChange(null);
        setProblem(why(file.name, result));
      }
    } catch (e) {
      onChange(null);
      setProblem(fill(t.previousUnreadable, { file: file.name, detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Field
      label={t.previousLabel}
      hint={t.previousHint}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ?? undefined}
    >
      <div className={styles.row}>
        <FilePicker label={t.pickFiles} disabled={busy || disabled} testId="previous-input" onFiles={(files) => void pick(files[0])} />
        {busy ? <Spinner size="tiny" label={t.previousReading} /> : null}
        {previous && !busy ? (
          <>
            <Body1 data-testid="previous-chosen">
              {fill(t.previousChosen, { file: previous.file, period: previous.period ? periodLabel(previous.period) : "—" })}
            </Body1>
            <Button size="small" appearance="subtle" onClick={() => onChange(null)}>
              {t.previousRemove}
            </Button>
          </>
        ) : null}
      </div>
    </Field>
  );
};
