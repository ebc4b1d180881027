import { type PreviousFigures, type UnitRegistry, previousFigures } from "../../core";
import { loadXlsx } from "./common";
import type { InputFile } from "./types";

export type PreviousResult =
  | { readonly ok: true; readonly figures: PreviousFigures }
  | { readonly ok: false; readonly reason: "unreadable" | "no_tables"; readonly detail?: string };

/**
 * Last month's consolidated workbook, read like any unit's file (the engine
 * reads its own appendices), reduced to the figures month over month needs.
 * Same in Excel and in the browser: the file is picked, never opened in Excel.
 */
export async function readPrevious(file: InputFile, registry: UnitRegistry): Promise<PreviousResult> {
  const xlsx = await loadXlsx();
  const sub = await xlsx.readXlsxSubmission(file.name, file.bytes, { registry });
  if (!sub.readable) return { ok: false, reason: "unreadable", ...(sub.error ? { detail: sub.error } : {}) };
  if (sub.tables.length === 0) return { ok: false, reason: "no_tables" };
  return { ok: true, figures: previousFigures(sub) };
}
