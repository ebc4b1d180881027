import {
  type Consolidation,
  type MonthChanges,
  type OnTimeStatus,
  type PreviousFigures,
  type ReportSummary,
  type ReportWorkbook,
  type Submission,
  type TargetChart,
  type TargetComparison,
  buildReport,
  compareTargets,
  compareWithPrevious,
  consolidate,
  countByOnTime,
  defaultReportDate,
  reportSummary,
  targetChart,
  targetFor,
} from "../../core";
import type { PaneSettings } from "./types";

/** Indicator of the 2026–2030 plan that the online ratio is measured against (DOMAIN.md §2.4). */
export const ONLINE_RATIO_INDICATOR = "I.5";

/** Everything the pane and the ribbon button show and write after a merge. */
export interface PaneReport {
  readonly consolidation: Consolidation;
  readonly report: ReportWorkbook;
  /** Online ratio by service against the target; null when there is no target for the year. */
  readonly chart: TargetChart | null;
  readonly summary: ReportSummary;
  /** The year the targets are taken from. */
  readonly year: number;
  /** The online-ratio yardstick: the clerk's override, else the plan's target for the year, else null. */
  readonly onlineTarget: number | null;
  /** Computed figures that have a target for the year, the overall online ratio first. */
  readonly targets: readonly TargetComparison[];
  readonly changes: MonthChanges | null;
  readonly taskCounts: Readonly<Record<OnTimeStatus, number>>;
}

/** The year whose targets apply, as buildReport picks it: the period's, else the task date's. */
export function reportYear(c: Pick<Consolidation, "period" | "reportDate">): number {
  return c.period?.year ?? Number(c.reportDate.slice(0, 4));
}

/** The online-ratio target the chart and the "below target" list use. */
export function onlineTargetOf(settings: Pick<PaneSettings, "onlineTarget">, year: number): number | null {
  return settings.onlineTarget ?? targetFor(ONLINE_RATIO_INDICATOR, year);
}

/** The task date the pane shows when the clerk has not set one. */
export function taskDateOf(settings: Pick<PaneSettings, "taskDate" | "period">): string {
  return settings.taskDate ?? defaultReportDate(settings.period);
}

/**
 * Merge, lay out, chart and summarise: the engine's calls in the order the
 * CLI makes them, with the pane's settings (task date, target override) and,
 * when given, last month's figures for the "Biến động" sheet.
 */
export function compilePane(submissions: readonly Submission[], settings: PaneSettings, previous: PreviousFigures | null = null): PaneReport {
  // Without a date or a period, consolidate() takes the period the files agree on and its 15th.
  const consolidation = consolidate(submissions, settings.period, settings.taskDate || settings.period ? { reportDate: taskDateOf(settings) } : {});
  const year = reportYear(consolidation);
  const changes = previous ? compareWithPrevious(consolidation, previous) : null;
  const report = buildReport(consolidation, settings, { changes });
  const onlineTarget = onlineTargetOf(settings, year);
  return {
    consolidation,
    report,
    chart: onlineTarget === null ? null : targetChart(consolidation.tables.dvc25, onlineTarget, year),
    summary: reportSummary(consolidation, onlineTarget),
    year,
    onlineTarget,
    targets: compareTargets(consolidation, year).filter((t) => t.target !== null),
    changes,
    taskCounts: countByOnTime(consolidation.tasks),
  };
}
