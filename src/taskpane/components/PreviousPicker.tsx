import { Body1, Button, Field, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { type PreviousFigures, type UnitRegistry, formatPeriod } from "../../core";
import { readPrevious } from "../backend/previous";
import { fill, useStrings } from "../strings";

export interface PreviousPickerProps {
  readonly registry: UnitRegistry;
  readonly previous: PreviousFigures | null;
  readonly onChange: (previous: PreviousFigures | null) => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hidden: { display: "none" },
});

/** "Bảng tổng hợp tháng trước": pick last month's consolidated workbook for the month-over-month changes. */
export const PreviousPicker: React.FC<PreviousPickerProps> = ({ registry, previous, onChange, disabled }) => {
  const t = useStrings();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string | null>(null);

  const pick = async (file: File) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await readPrevious({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, registry);
      if (result.ok) onChange(result.figures);
      else {
        onChange(null);
        setProblem(
          result.reason === "no_tables"
            ? fill(t.previousNoTables, { file: file.name })
            : fill(t.previousUnreadable, { file: file.name, detail: result.detail ?? "" }),
        );
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
        <Button disabled={busy || disabled} onClick={() => input.current?.click()}>
          {t.pickFiles}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t.previousLabel}
          data-testid="previous-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void pick(file);
          }}
        />
        {busy ? <Spinner size="tiny" label={t.previousReading} /> : null}
        {previous && !busy ? (
          <>
            <Body1 data-testid="previous-chosen">
              {fill(t.previousChosen, { file: previous.file, period: previous.period ? formatPeriod(previous.period) : "—" })}
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
