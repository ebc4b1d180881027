import {
  type CompiledReport,
  type PreviousFigures,
  type SheetInWorkbook,
  type Submission,
  type UnitRegistry,
  compileReport,
  defaultJudgementDate,
  onlineTargetFor,
} from "../../core";
import type { PaneSettings } from "./types";

export type PaneReport = CompiledReport;

/** The online-ratio target the chart and the "below target" list use: the clerk's override, else the plan's. */
export function onlineTargetOf(settings: Pick<PaneSettings, "onlineTarget">, year: number): number | null {
  return onlineTargetFor(year, settings.onlineTarget);
}

/** The task date the pane shows when the clerk has not set one. */
export function taskDateOf(settings: Pick<PaneSettings, "taskDate" | "period">): string {
  return settings.taskDate ?? defaultJudgementDate(settings.period);
}

/** The engine's compileReport with the pane's settings (task date, target override) and last month's figures. */
export function compilePane(
  submissions: readonly Submission[],
  settings: PaneSettings,
  previous: PreviousFigures | null = null,
  registry: UnitRegistry | null = null,
  sheetsInWorkbook: readonly SheetInWorkbook[] = [],
): PaneReport {
  // Without a date or a period, the engine takes the period the files agree on and its 15th.
  const judgedAt = settings.taskDate || settings.period ? taskDateOf(settings) : undefined;
  return compileReport(submissions, settings, {
    judgedAt,
    onlineTarget: settings.onlineTarget ?? null,
    previous,
    picks: settings.picks ?? [],
    registry,
    sheetsInWorkbook,
  });
}
