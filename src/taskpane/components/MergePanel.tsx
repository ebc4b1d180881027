import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { type CompiledReport, compileReport } from "../../core/report/compile";
import type { ReportSummary } from "../../core/report/summary";
import type { Backend, PaneSettings, Received } from "../backend/types";
import { fill, useStrings } from "../strings";

export interface MergePanelProps {
  readonly backend: Backend;
  readonly received: readonly Received[];
  readonly settings: PaneSettings;
  readonly onError: (e: unknown) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  start: { alignSelf: "flex-start" },
});

const count = (n: number | null) => (n === null ? "—" : n.toLocaleString("vi-VN"));
const percent = (n: number | null) => (n === null ? "—" : `${(n * 100).toLocaleString("vi-VN", { maximumFractionDigits: 2 })}%`);

export const MergePanel: React.FC<MergePanelProps> = ({ backend, received, settings, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<{ compiled: CompiledReport; note: string } | null>(null);
  if (received.length === 0) return <Body1>{t.noSubmissions}</Body1>;

  const run = async () => {
    setBusy(true);
    try {
      const compiled = compileReport(
        received.map((r) => r.submission),
        settings,
        settings.onlineTarget,
      );
      const out = await backend.produce(compiled.report, compiled.chart, received, settings);
      setResult({ compiled, note: out.kind === "sheets" ? fill(t.mergeDoneExcel, { sheets: out.sheets.join(", ") }) : fill(t.mergeDoneBrowser, { file: out.file }) });
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const summary: ReportSummary | undefined = result?.compiled.summary;
  return (
    <div className={styles.root}>
      <Body1>{t.mergeIntro}</Body1>
      <Button className={styles.start} appearance="primary" disabled={busy} onClick={() => void run()} data-testid="merge">
        {backend.kind === "excel" ? t.mergeRunExcel : t.mergeRunBrowser}
      </Button>
      {result ? (
        <MessageBar intent="success">
          <MessageBarBody>{result.note}</MessageBarBody>
        </MessageBar>
      ) : null}
      {summary ? (
        <div data-testid="summary">
          <Subtitle2>{t.summary}</Subtitle2>
          <Table size="small" aria-label={t.summary}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell />
                <TableHeaderCell>{t.totalRecords}</TableHeaderCell>
                <TableHeaderCell>{t.onlineRecords}</TableHeaderCell>
                <TableHeaderCell>{t.onlineRatio}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.totals.map((row) => (
                <TableRow key={row.catalogue} data-testid="summary-total" data-catalogue={row.catalogue}>
                  <TableCell>{row.label}</TableCell>
                  <TableCell>{count(row.total)}</TableCell>
                  <TableCell>{count(row.online)}</TableCell>
                  <TableCell>{percent(row.onlineRatio)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Subtitle2>{fill(t.belowTarget, { target: percent(summary.target) })}</Subtitle2>
          {summary.belowTarget.length === 0 ? <Body1>{t.noneBelowTarget}</Body1> : null}
          <ul data-testid="below-target">
            {summary.belowTarget.map((b) => (
              <li key={b.serviceId}>
                {b.no} {b.name}: {percent(b.onlineRatio)}
              </li>
            ))}
          </ul>
          <Subtitle2>{t.unitsWithErrors}</Subtitle2>
          {summary.unitsWithErrors.length === 0 ? <Body1>{t.noUnitsWithErrors}</Body1> : null}
          <ul data-testid="units-with-errors">
            {summary.unitsWithErrors.map((u) => (
              <li key={u.file}>
                {u.unit} ({u.file}): {u.errors} {t.errors.toLowerCase()}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
};
