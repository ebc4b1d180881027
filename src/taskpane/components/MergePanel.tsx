import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { PreviousFigures, UnitRegistry } from "../../core";
import { type PaneReport, compilePane } from "../backend/compile";
import type { Backend, PaneSettings, Received } from "../backend/types";
import { fill, useStrings } from "../strings";
import { MergeSummary } from "./MergeSummary";
import { PreviousPicker } from "./PreviousPicker";

export interface MergePanelProps {
  readonly backend: Backend;
  readonly received: readonly Received[];
  readonly settings: PaneSettings;
  readonly registry: UnitRegistry;
  readonly onError: (e: unknown) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  start: { alignSelf: "flex-start" },
});

export const MergePanel: React.FC<MergePanelProps> = ({ backend, received, settings, registry, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [previous, setPrevious] = React.useState<PreviousFigures | null>(null);
  const [result, setResult] = React.useState<{ compiled: PaneReport; note: string } | null>(null);
  if (received.length === 0) return <Body1>{t.noSubmissions}</Body1>;

  const run = async () => {
    setBusy(true);
    try {
      const compiled = compilePane(
        received.map((r) => r.submission),
        settings,
        previous,
      );
      const out = await backend.produce(compiled.report, compiled.chart, received, settings);
      setResult({
        compiled,
        note:
          out.kind === "sheets" ? fill(t.mergeDoneExcel, { sheets: out.sheets.join(", ") }) : fill(t.mergeDoneBrowser, { file: out.file }),
      });
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Body1>{t.mergeIntro}</Body1>
      <PreviousPicker registry={registry} previous={previous} onChange={setPrevious} disabled={busy} />
      <Button className={styles.start} appearance="primary" disabled={busy} onClick={() => void run()} data-testid="merge">
        {backend.kind === "excel" ? t.mergeRunExcel : t.mergeRunBrowser}
      </Button>
      {result ? (
        <MessageBar intent="success">
          <MessageBarBody>{result.note}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? <MergeSummary result={result.compiled} /> : null}
    </div>
  );
};
