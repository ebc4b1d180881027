import { Body1, Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { PreviousFigures, UnitRegistry } from "../../core";
import { type PaneReport, compilePane } from "../backend/compile";
import type { Backend, PaneSettings, Received } from "../backend/types";
import { draftFileName, loadDraft } from "../backend/common";
import { DOCX_TYPE, downloadBytes } from "../backend/download";
import { fill, useStrings } from "../strings";
import { useAnnounce } from "./Announcer";
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
  start: { alignSelf: "flex-start", maxWidth: "100%" },
  // File names ("Du-thao-bao-cao-…-2026-09.docx") have no spaces: they must break anywhere at 270 px.
  wrap: { minWidth: 0, overflowWrap: "anywhere", wordBreak: "break-word" },
});

/** "Tổng hợp": last month's workbook (optional), the merge, and its summary; focus goes to the summary when done. */
export const MergePanel: React.FC<MergePanelProps> = ({ backend, received, settings, registry, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const announce = useAnnounce();
  const [busy, setBusy] = React.useState(false);
  const [previous, setPrevious] = React.useState<PreviousFigures | null>(null);
  const [result, setResult] = React.useState<{ compiled: PaneReport; note: string } | null>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);

  const [drafted, setDrafted] = React.useState<string | null>(null);
  const draft = async (compiled: PaneReport) => {
    setBusy(true);
    try {
      const period = compiled.consolidation.period;
      const { draftDocx } = await loadDraft();
      const bytes = await draftDocx(compiled, settings, registry);
      const file = draftFileName(period);
      downloadBytes(bytes, file, DOCX_TYPE);
      const note = fill(t.draftDone, { file });
      setDrafted(note);
      announce(note);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    setBusy(true);
    try {
      const compiled = compilePane(
        received.map((r) => r.submission),
        settings,
        previous,
        registry,
        backend.sheetsInWorkbook?.(received) ?? [],
      );
      const out = await backend.produce(compiled.report, compiled.chart, received, settings);
      const note =
        out.kind === "sheets" ? fill(t.mergeDoneExcel, { sheets: out.sheets.join(", ") }) : fill(t.mergeDoneBrowser, { file: out.file });
      setResult({ compiled, note });
      setDrafted(null);
      announce(`${fill(t.mergeResultAnnounce, { units: received.length })} ${note}`);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t.tabMerge}</Subtitle2>
      {received.length === 0 ? <Body1>{t.noSubmissions}</Body1> : null}
      <Body1>{t.mergeIntro}</Body1>
      <PreviousPicker registry={registry} period={settings.period} previous={previous} onChange={setPrevious} disabled={busy} />
      <Button
        className={styles.start}
        appearance="primary"
        disabled={busy || received.length === 0}
        onClick={() => void run()}
        data-testid="merge"
      >
        {backend.kind === "excel" ? t.mergeRunExcel : t.mergeRunBrowser}
      </Button>
      {result ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.wrap}>{result.note}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <>
          <Body1>{t.draftHint}</Body1>
          <Button className={styles.start} disabled={busy} onClick={() => void draft(result.compiled)} data-testid="draft">
            {t.draftRun}
          </Button>
          {drafted ? (
            <MessageBar intent="success" layout="multiline" data-testid="draft-done">
              <MessageBarBody className={styles.wrap}>{drafted}</MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}
      {result ? <MergeSummary ref={heading} result={result.compiled} /> : null}
    </div>
  );
};
