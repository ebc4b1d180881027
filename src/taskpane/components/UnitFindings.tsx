import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { type Finding, type Period, type Severity, sortFindings } from "../../core";
import { fileStatus } from "../backend/receipts";
import type { Received } from "../backend/types";
import { fill, useStrings } from "../strings";
import { CountBadge } from "./CountBadge";
import { FindingItem } from "./FindingItem";
import { StatusIcon } from "./StatusIcon";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** Findings shown per group before "show all": a file with 5,000 bad rows must not freeze the pane. */
const FIRST = 50;

const useStyles = makeStyles({
  head: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap", minWidth: 0 },
  name: { overflowWrap: "anywhere" },
  file: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere", width: "100%" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  group: { marginTop: tokens.spacingVerticalS },
});

/** One received file: a header with status and counts; its findings grouped by severity. */
export const UnitFindings: React.FC<{
  readonly received: Received;
  readonly findings: readonly Finding[];
  readonly onSelect?: (f: Finding) => void;
  readonly onPeriod?: (p: Period) => void;
  readonly onPick?: (file: string) => void;
}> = ({ received, findings, onSelect, onPeriod, onPick }) => {
  const t = useStrings();
  const styles = useStyles();
  const label: Record<Severity, string> = { error: t.errors, warning: t.warnings, info: t.infos };
  const all = received.submission.findings;
  const status = fileStatus(received.submission);
  const count = (s: Severity) => all.filter((f) => f.severity === s).length;
  const sorted = sortFindings(findings);
  const [all_, setAll] = React.useState(false);
  return (
    <AccordionItem value={received.receipt.file} data-testid="unit-findings" data-status={status}>
      <AccordionHeader as="h3">
        <span className={styles.head}>
          <StatusIcon status={status} label={t.statusText[status]} />
          <Subtitle2 className={styles.name}>{received.submission.unit.name}</Subtitle2>
          <CountBadge count={count("error")} color="danger" label={fill(t.countErrors, { count: count("error") })} />
          <CountBadge count={count("warning")} color="warning" label={fill(t.countWarnings, { count: count("warning") })} />
          <Caption1 className={styles.file}>{received.receipt.file}</Caption1>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        {all.length === 0 ? <Body1>{t.noFindings}</Body1> : null}
        {SEVERITIES.map((s) => {
          const group = sorted.filter((f) => f.severity === s);
          if (group.length === 0) return null;
          return (
            <div key={s} className={styles.group}>
              <Subtitle2 as="h4">{label[s]}</Subtitle2>
              <ul className={styles.list} aria-label={`${received.submission.unit.name} — ${label[s]}`}>
                {(all_ ? group : group.slice(0, FIRST)).map((f, i) => (
                  <FindingItem
                    key={i}
                    finding={f}
                    filePeriod={received.submission.period}
                    onSelect={onSelect}
                    onPeriod={onPeriod}
                    onPick={onPick}
                  />
                ))}
              </ul>
              {!all_ && group.length > FIRST ? (
                <Button size="small" onClick={() => setAll(true)}>
                  {fill(t.showAll, { count: group.length })}
                </Button>
              ) : null}
            </div>
          );
        })}
      </AccordionPanel>
    </AccordionItem>
  );
};
