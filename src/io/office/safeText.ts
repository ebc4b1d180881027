import type { ReportCell, ReportSheet } from "../../core";

/**
 * Text is written as text: Excel parses whatever `values`/`formulas` receive as if it were
 * typed, so "9.857" would become a number, "67%" a percent, "- Khó khăn" an invalid formula.
 * Every text cell therefore gets the text format "@" queued before its value (Excel honours the
 * format only when it is there first), and the text goes in unchanged — no quote prefix, which a
 * text-formatted cell would keep as a character.
 */
export const TEXT_FORMAT = "@";

/** What to put in `range.formulas` for one report cell. */
export function cellInput(cell: ReportCell | undefined): string | number {
  if (!cell) return "";
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null) return "";
  return v;
}

/** The sheet as one rectangular 2-D array, width = widest row or declared widths. */
export function sheetMatrix(sheet: ReportSheet): (string | number)[][] {
  const width = Math.max(sheet.widths.length, ...sheet.rows.map((r) => r.length), 1);
  return sheet.rows.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c])));
}
