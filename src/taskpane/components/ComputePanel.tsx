import { Body1, Button, Dropdown, Field, MessageBar, MessageBarBody, Option, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Backend, Received } from "../backend/types";
import { fill, useStrings } from "../strings";

export interface ComputePanelProps {
  readonly backend: Backend;
  readonly received: readonly Received[];
  readonly onDone: () => void;
  readonly onError: (e: unknown) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
});

export const ComputePanel: React.FC<ComputePanelProps> = ({ backend, received, onDone, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const sheets = backend.computeSheets?.(received) ?? [];
  const [sheet, setSheet] = React.useState<string | null>(null);
  const [note, setNote] = React.useState<{ ok: boolean; text: string } | null>(null);
  if (!backend.compute) return <Body1>{t.excelOnly}</Body1>;
  if (sheets.length === 0) return <Body1>{t.noSubmissions}</Body1>;
  const chosen = sheet ?? sheets[0];
  return (
    <div className={styles.root}>
      <Body1>{t.computeIntro}</Body1>
      <Field label={t.computeSheet}>
        <Dropdown value={chosen} selectedOptions={[chosen]} onOptionSelect={(_, d) => setSheet(d.optionValue ?? null)}>
          {sheets.map((s) => (
            <Option key={s} value={s}>
              {s}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button
        appearance="primary"
        onClick={() =>
          backend.compute?.(chosen, received).then((plan) => {
            setNote(
              plan
                ? {
                    ok: true,
                    text: fill(t.computeDone, {
                      ratio: plan.ratioColumn,
                      onTime: plan.onTimeRatioColumn,
                      sheet: chosen,
                      fixed: plan.numbersFixed,
                    }),
                  }
                : { ok: false, text: t.computeNoTable },
            );
            onDone();
          }, onError)
        }
      >
        {t.computeRun}
      </Button>
      {note ? (
        <MessageBar intent={note.ok ? "success" : "warning"}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
};
