import type { Submission } from "../read/submission";
import { consolidate } from "../merge/consolidate";
import type { Consolidation } from "../merge/types";
import { buildReport } from "./build";
import type { ReportWorkbook } from "./layout";
import type { ReportSettings } from "./settings";
import { type ReportSummary, reportSummary } from "./summary";
import { type TargetChart, targetChart } from "./targetChart";

export interface CompiledReport {
  readonly consolidation: Consolidation;
  readonly report: ReportWorkbook;
  /** Online ratio of the 25 essential services against the target. */
  readonly chart: TargetChart;
  readonly summary: ReportSummary;
}

/** Merge, lay out, chart and summarise in one call: what the pane and the ribbon button both do. */
export function compileReport(submissions: readonly Submission[], settings: ReportSettings, onlineTarget: number): CompiledReport {
  const consolidation = consolidate(submissions, settings.period);
  const report = buildReport(consolidation, settings);
  const chart = targetChart(consolidation.tables.dvc25, onlineTarget, settings.period?.year ?? null);
  return { consolidation, report, chart, summary: reportSummary(consolidation, onlineTarget) };
}
