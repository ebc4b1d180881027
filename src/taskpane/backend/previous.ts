import {
  FINDINGS_SHEET_NAME,
  PROVENANCE_SHEET_NAME,
  type Period,
  type PreviousFigures,
  type UnitRegistry,
  previousFigures,
  readSubmission,
} from "../../core";
import { loadXlsx } from "./common";
import type { InputFile } from "./types";

export type PreviousResult =
  | { readonly ok: true; readonly figures: PreviousFigures }
  | {
      readonly ok: false;
      readonly reason: "unreadable" | "no_tables" | "not_consolidated" | "no_period" | "not_earlier";
      readonly detail?: string;
      readonly period?: Period;
    };

const before = (a: Period, b: Period) => a.year * 12 + a.month < b.year * 12 + b.month;

/**
 * Last month's consolidated workbook, read like any unit's file (the engine
 * reads its own appendices), reduced to the figures month over month needs.
 * Only a workbook this tool wrote (it has the findings and provenance sheets)
 * of a period before `current` is accepted; anything else says why.
 * Same in Excel and in the browser: the file is picked, never opened in Excel.
 */
export async function readPrevious(file: InputFile, registry: UnitRegistry, current: Period | null = null): Promise<PreviousResult> {
  const xlsx = await loadXlsx();
  const grid = await xlsx.readGrid(file.name, file.bytes);
  if (!grid.ok) return { ok: false, reason: "unreadable", detail: grid.reason };
  const sub = readSubmission(grid.grid, { registry });
  if (sub.tables.length === 0) return { ok: false, reason: "no_tables" };
  const names = new Set(grid.grid.sheets.map((s) => s.name));
  if (!names.has(FINDINGS_SHEET_NAME) || !names.has(PROVENANCE_SHEET_NAME)) return { ok: false, reason: "not_consolidated" };
  if (current) {
    if (!sub.period) return { ok: false, reason: "no_period" };
    if (!before(sub.period, current)) return { ok: false, reason: "not_earlier", period: sub.period };
  }
  return { ok: true, figures: previousFigures(sub) };
}
