import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
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
import { type Finding, type Severity, sortFindings } from "../../core";
import type { Backend, Received } from "../backend/types";
import { fill, useStrings } from "../strings";

export interface FindingsPanelProps {
  readonly backend: Backend;
  readonly received: readonly Received[];
  readonly onRefresh: () => void;
  readonly onError: (e: unknown) => void;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginBottom: tokens.spacingVerticalM },
  unit: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  group: { marginTop: tokens.spacingVerticalS },
  clickable: { cursor: "pointer" },
  cellCol: { width: "9em" },
});

export const FindingsPanel: React.FC<FindingsPanelProps> = ({ backend, received, onRefresh, onError }) => {
  const t = useStrings();
  const styles = useStyles();
  const [note, setNote] = React.useState<string | null>(null);
  const label: Record<Severity, string> = { error: t.errors, warning: t.warnings, info: t.infos };

  if (received.length === 0) return <Body1>{t.noSubmissions}</Body1>;

  const select = (f: Finding) => {
    if (backend.selectCell && f.sheet && f.cell) backend.selectCell(f.sheet, f.cell).catch(onError);
  };

  return (
    <div>
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
      <Accordion multiple collapsible defaultOpenItems={received.map((r) => r.receipt.file)} data-testid="findings">
        {received.map((r) => {
          const findings = sortFindings(r.submission.findings);
          return (
            <AccordionItem key={r.receipt.file} value={r.receipt.file} data-testid="unit-findings">
              <AccordionHeader>
                <span className={styles.unit}>
                  <Subtitle2>{r.submission.unit.name}</Subtitle2>
                  <Body1>({r.receipt.file})</Body1>
                  {SEVERITIES.map((s) => {
                    const n = findings.filter((f) => f.severity === s).length;
                    return n ? (
                      <Badge key={s} color={BADGE[s]} appearance="filled">
                        {n} {label[s].toLowerCase()}
                      </Badge>
                    ) : null;
                  })}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                {findings.length === 0 ? <Body1>{t.noFindings}</Body1> : null}
                {SEVERITIES.map((s) => {
                  const group = findings.filter((f) => f.severity === s);
                  if (group.length === 0) return null;
                  return (
                    <div key={s} className={styles.group}>
                      <Subtitle2>{label[s]}</Subtitle2>
                      <Table size="small" aria-label={`${r.submission.unit.name} — ${label[s]}`}>
                        <TableHeader>
                          <TableRow>
                            <TableHeaderCell className={styles.cellCol}>{t.cell}</TableHeaderCell>
                            <TableHeaderCell>{t.message}</TableHeaderCell>
                          </TableRow>
                        </TableHeader>
                        <TableBody>
                          {group.map((f, i) => (
                            <TableRow
                              key={i}
                              data-testid="finding"
                              data-code={f.code}
                              data-cell={f.cell ?? ""}
                              className={backend.selectCell && f.cell ? styles.clickable : undefined}
                              onClick={() => select(f)}
                            >
                              <TableCell>{f.cell ? `${f.sheet ? `${f.sheet}!` : ""}${f.cell}` : "—"}</TableCell>
                              <TableCell>{f.message}</TableCell>
                            </TableRow>
                          ))}
                        </TableBody>
                      </Table>
                    </div>
                  );
                })}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
};
