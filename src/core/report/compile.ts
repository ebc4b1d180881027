import { type MonthChanges, type PreviousFigures, compareWithPrevious } from "../compare/monthOverMonth";
import { consolidate } from "../pipeline/consolidate";
import type { Acceptance } from "../shared/acceptance";
import type { Consolidation } from "../pipeline/consolidate";
import type { Submission } from "../pipeline/readSubmission";
import { compareTargets, targetFor } from "../targets/compare";
import type { TargetComparison } from "../targets/types";
import { countByOnTime } from "../kinds/task/merge";
import type { OnTimeStatus } from "../kinds/task/status";
import { buildReport } from "./build";
import type { SheetInWorkbook } from "./links";
import type { ReportWorkbook } from "../shared/layout";
import type { ReportSettings } from "../shared/settings";
import { type ReportSummary, reportSummary } from "./summary";
import { type TargetChart, targetChart } from "./targetChart";
import type { UnitRegistry } from "../units/registry";

/** Indicator of the 2026–2030 plan that the online ratio is measured against (DOMAIN.md §2.4). */
export const ONLINE_RATIO_INDICATOR = "I.5";

export interface CompileOptions {
  /** Date the tasks' on-time status is judged at (ISO); default: the 15th of the period's month. */
  readonly judgedAt?: string;
  /** The clerk's own online-ratio yardstick; default: the plan's target for the year. */
  readonly onlineTarget?: number | null;
  /** Last month's consolidated figures, for the "Biến động" sheet and the change lines. */
  readonly previous?: PreviousFigures | null;
  /** Flagged values the clerk accepted deliberately: summed, and recorded as accepted in provenance. */
  readonly accepted?: readonly Acceptance[];
  /** Files the clerk chose among a unit's several reports for the period. */
  readonly picks?: readonly string[];
  /** Units' sheets the consolidated workbook holds (the add-in's copies): the lists link to their cells. */
  readonly sheetsInWorkbook?: readonly SheetInWorkbook[];
  /** The units that must report, for the tracker on the Đơn vị sheet. */
  readonly registry?: UnitRegistry | null;
}

/** Everything a front end shows and writes after a merge. */
export interface CompiledReport {
  readonly consolidation: Consolidation;
  readonly report: ReportWorkbook;
  /** Online ratio by service against the target; null when there is no target for the year. */
  readonly chart: TargetChart | null;
  readonly summary: ReportSummary;
  /** The year the targets are taken from. */
  readonly year: number;
  readonly onlineTarget: number | null;
  /** Computed figures that have a target for the year, the overall online ratio first. */
  readonly targets: readonly TargetComparison[];
  readonly changes: MonthChanges | null;
  readonly taskCounts: Readonly<Record<OnTimeStatus, number>>;
}

/** The year whose targets apply: the period's, else the report date's. */
export function reportYear(c: Pick<Consolidation, "period" | "judgedAt">): number {
  return c.period?.year ?? Number(c.judgedAt.slice(0, 4));
}

/** The online-ratio yardstick: an explicit override, else the plan's target for the year, else none. */
export function onlineTargetFor(year: number, override?: number | null): number | null {
  return override ?? targetFor(ONLINE_RATIO_INDICATOR, year);
}

/**
 * Merge, lay out, compare with targets and last month, chart and summarise:
 * the one chain the command line, the pane and the ribbon button all run.
 */
export function compileReport(submissions: readonly Submission[], settings: ReportSettings, options: CompileOptions = {}): CompiledReport {
  const consolidation = consolidate(submissions, settings.period, {
    ...(options.judgedAt ? { judgedAt: options.judgedAt } : {}),
    ...(options.accepted ? { accepted: options.accepted } : {}),
    ...(options.picks ? { picks: options.picks } : {}),
  });
  const year = reportYear(consolidation);
  const changes = options.previous ? compareWithPrevious(consolidation, options.previous) : null;
  const report = buildReport(consolidation, settings, {
    changes,
    registry: options.registry ?? null,
    ...(options.sheetsInWorkbook ? { sheetsInWorkbook: options.sheetsInWorkbook } : {}),
  });
  const onlineTarget = onlineTargetFor(year, options.onlineTarget);
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
