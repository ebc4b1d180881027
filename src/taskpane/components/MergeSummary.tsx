import {
  Body1,
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
import { type ChangeRow, ON_TIME_STATUSES, ON_TIME_TEXT, type TargetComparison, targetVerdict, viDate } from "../../core";
import type { PaneReport } from "../backend/compile";
import { fill, useStrings } from "../strings";

export interface MergeSummaryProps {
  readonly result: PaneReport;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  met: { color: tokens.colorPaletteGreenForeground1 },
  missed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const count = (n: number | null) => (n === null ? "—" : n.toLocaleString("vi-VN"));
const percent = (n: number | null) => (n === null ? "—" : `${(n * 100).toLocaleString("vi-VN", { maximumFractionDigits: 2 })}%`);

/** "≥ 80%" for a percent target, the number and unit otherwise. */
function targetText(t: TargetComparison): string {
  if (!t.target) return t.targetText;
  return t.indicator.unit === "%"
    ? `≥ ${percent(t.target.value)}`
    : `≥ ${t.target.value.toLocaleString("vi-VN")} ${t.indicator.unit}`.trim();
}

/** What the clerk reads after a merge: totals, targets, changes, tasks, services below target, units with errors. */
export const MergeSummary: React.FC<MergeSummaryProps> = ({ result }) => {
  const t = useStrings();
  const styles = useStyles();
  const { summary, targets, changes, consolidation, taskCounts, year, onlineTarget } = result;
  const totalChange = (catalogue: string): ChangeRow | undefined =>
    changes?.rows.find((r) => r.catalogue === catalogue && r.id === "total");

  return (
    <div className={styles.root} data-testid="summary">
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

      <Subtitle2>{fill(t.targetsTitle, { year })}</Subtitle2>
      {targets.length === 0 ? <Body1>{fill(t.noTargets, { year })}</Body1> : null}
      {targets.length > 0 ? (
        <Table size="small" aria-label={fill(t.targetsTitle, { year })} data-testid="targets">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.targetScope}</TableHeaderCell>
              <TableHeaderCell>{t.targetActual}</TableHeaderCell>
              <TableHeaderCell>{t.targetPlan}</TableHeaderCell>
              <TableHeaderCell>{t.targetVerdict}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {targets.map((x, i) => (
              <TableRow key={`${x.indicator.id}-${i}`} data-testid="target-row" data-indicator={x.indicator.id} data-met={String(x.met)}>
                <TableCell>
                  {x.indicator.id} · {x.scope}
                </TableCell>
                <TableCell>{x.indicator.unit === "%" ? percent(x.actual) : count(x.actual)}</TableCell>
                <TableCell>{targetText(x)}</TableCell>
                <TableCell className={x.met === true ? styles.met : x.met === false ? styles.missed : undefined}>
                  {targetVerdict(x)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}

      {changes ? (
        <>
          <Subtitle2>{fill(t.changesTitle, { label: changes.previousLabel })}</Subtitle2>
          <ul data-testid="changes">
            {summary.totals.map((row) => {
              const c = totalChange(row.catalogue)?.changes;
              const parts = c
                ? [
                    [t.changeTotal, c.total.text],
                    [t.changeOnline, c.online.text],
                    [t.changeRatio, c.onlineRatio.text],
                  ].filter((p): p is [string, string] => p[1] !== null)
                : [];
              return (
                <li key={row.catalogue} data-testid="change" data-catalogue={row.catalogue}>
                  {row.label}: {parts.length > 0 ? parts.map(([label, text]) => `${label} ${text}`).join("; ") : t.noChange}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      <Subtitle2>{fill(t.tasksTitle, { date: viDate(consolidation.reportDate), count: consolidation.tasks.length })}</Subtitle2>
      {consolidation.tasks.length === 0 ? (
        <Body1>{t.noTasks}</Body1>
      ) : (
        <ul data-testid="task-counts">
          {ON_TIME_STATUSES.map((s) => (
            <li key={s} data-testid="task-count" data-status={s} data-count={taskCounts[s]}>
              {ON_TIME_TEXT[s]}: {taskCounts[s]}
            </li>
          ))}
        </ul>
      )}

      {onlineTarget === null ? (
        <Body1>{fill(t.noOnlineTarget, { year })}</Body1>
      ) : (
        <>
          <Subtitle2>{fill(t.belowTarget, { target: percent(onlineTarget) })}</Subtitle2>
          {summary.belowTarget.length === 0 ? <Body1>{t.noneBelowTarget}</Body1> : null}
          <ul data-testid="below-target">
            {summary.belowTarget.map((b) => (
              <li key={b.serviceId}>
                {b.no} {b.name}: {percent(b.onlineRatio)}
              </li>
            ))}
          </ul>
        </>
      )}

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
  );
};
