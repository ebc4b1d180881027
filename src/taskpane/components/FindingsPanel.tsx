import { Accordion, Body1, Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Finding, Period } from "../../core";
import { fileStatus, sortReceived } from "../backend/receipts";
import type { Backend, PaneSettings, Received } from "../backend/types";
import { fill, useStrings } from "../strings";
import { FindingsFilters, type FindingsFilter } from "./FindingsFilters";
import { UnitFindings } from "./UnitFindings";

export interface FindingsPanelProps {
  readonly backend: Backend;
  readonly received: readonly Received[];
  readonly settings: PaneSettings;
  /** The file chosen elsewhere ("Xem phát hiện" in the received list). */
  readonly fileFilter: string | null;
  readonly onFileFilter: (file: string | null) => void;
  readonly onPeriod: (p: Period) => void;
  /** The clerk picks which of a unit's reports is summed. */
  readonly onPick?: (file: string) => void;
  readonly onRefresh: () => void;
  readonly onError: (e: unknown) => void;
  /** Only the shown step renders its findings (the filters are kept while hidden). */
  readonly active: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  summary: { fontWeight: tokens.fontWeightSemibold },
});

/** Arrow keys move through the findings of the panel, Home/End to the first and last. */
function moveFocus(e: React.KeyboardEvent<HTMLElement>): void {
  if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key)) return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>("[data-finding]")].filter((el) => el.offsetParent !== null);
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next =
    e.key === "Home"
      ? 0
      : e.key === "End"
        ? items.length - 1
        : e.key === "ArrowDown"
          ? Math.min(items.length - 1, at + 1)
          : Math.max(0, at - 1);
  if (at < 0 && (e.key === "ArrowDown" || e.key === "ArrowUp") && !(e.target as HTMLElement).closest("[data-finding]")) return;
  e.preventDefault();
  items[next].focus();
}

/** "Kiểm tra": a summary line, filters, units with errors open and clean units collapsed. */
export const FindingsPanel: React.FC<FindingsPanelProps> = ({
  backend,
  received,
  fileFilter,
  onFileFilter,
  onPeriod,
  onPick,
  onRefresh,
  onError,
  active,
}) => {
  const t = useStrings();
  const styles = useStyles();
  const [note, setNote] = React.useState<string | null>(null);
  const [errorsOnly, setErrorsOnly] = React.useState(false);
  const [code, setCode] = React.useState<string | null>(null);
  const [toggled, setToggled] = React.useState<ReadonlyMap<string, boolean>>(new Map());
  const filter: FindingsFilter = { errorsOnly, file: fileFilter, code };
  const sorted = React.useMemo(() => sortReceived(received), [received]);
  const codes = React.useMemo(() => [...new Set(received.flatMap((r) => r.submission.findings.map((f) => f.code)))].sort(), [received]);

  if (!active) return null;
  if (received.length === 0) return <Body1>{t.noSubmissions}</Body1>;

  const all = received.flatMap((r) => r.submission.findings);
  const by = (s: string) => all.filter((f) => f.severity === s).length;
  const clean = received.filter((r) => {
    const s = fileStatus(r.submission);
    return s === "ok" || s === "warnings";
  }).length;
  const keep = (f: Finding) => (!errorsOnly || f.severity === "error") && (!code || f.code === code);
  const shownUnits = sorted
    .filter((r) => !fileFilter || r.receipt.file === fileFilter)
    .map((r) => ({ r, findings: r.submission.findings.filter(keep) }))
    .filter(({ r, findings }) => findings.length > 0 || (!errorsOnly && !code) || !r.submission.readable);
  const shown = shownUnits.reduce((n, u) => n + u.findings.length, 0);
  const open = (r: Received) =>
    toggled.get(r.receipt.file) ?? (fileFilter !== null || ["errors", "unreadable"].includes(fileStatus(r.submission)));
  const openItems = shownUnits.filter(({ r }) => open(r)).map(({ r }) => r.receipt.file);
  const select = backend.selectCell
    ? (f: Finding) => {
        if (f.sheet && f.cell) backend.selectCell?.(f.sheet, f.cell).catch(onError);
      }
    : undefined;

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t.tabValidate}</Subtitle2>
      <Body1 className={styles.summary} data-testid="findings-summary">
        {fill(t.findingsSummary, { units: received.length, errors: by("error"), warnings: by("warning"), infos: by("info"), clean })}
      </Body1>
      <div className={styles.actions}>
        {backend.markFindings ? (
          <Button
            appearance="primary"
            onClick={() => backend.markFindings?.(received).then((n) => setNote(fill(t.marked, { count: n })), onError)}
          >
            {t.markCells}
          </Button>
        ) : null}
        {backend.clearMarks ? (
          <Button onClick={() => backend.clearMarks?.().then((n) => setNote(fill(t.cleared, { count: n })), onError)}>
            {t.clearMarks}
          </Button>
        ) : null}
        <Button appearance="subtle" onClick={onRefresh}>
          {t.refresh}
        </Button>
      </div>
      {note ? (
        <MessageBar intent="success">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ) : null}
      <FindingsFilters
        received={sorted}
        codes={codes}
        filter={filter}
        onChange={(f) => {
          setErrorsOnly(f.errorsOnly);
          setCode(f.code);
          onFileFilter(f.file);
        }}
      />
      <Body1 aria-live="polite" data-testid="findings-shown">
        {fill(t.filterShown, { shown, total: all.length })} {t.nextFinding}
      </Body1>
      <div onKeyDown={moveFocus}>
        <Accordion
          multiple
          collapsible
          openItems={openItems}
          onToggle={(_, d) => setToggled((prev) => new Map(prev).set(String(d.value), d.openItems.includes(d.value)))}
          data-testid="findings"
        >
          {shownUnits.map(({ r, findings }) => (
            <UnitFindings key={r.receipt.file} received={r} findings={findings} onSelect={select} onPeriod={onPeriod} onPick={onPick} />
          ))}
        </Accordion>
      </div>
    </div>
  );
};
