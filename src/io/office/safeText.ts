import { type ReportCell, type ReportSheet, looksLikeFormula } from "../../core";

/**
 * What to put in `range.formulas` for one report cell. Text that Excel would
 * parse as a formula or a number sign ("- Khó khăn…", "=…", "+…", "@…") gets a
 * leading apostrophe, which Excel keeps as the quote prefix, not as text.
 */
export function cellInput(cell: ReportCell | undefined): string | number {
  if (!cell) return "";
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "number") return v;
  return looksLikeFormula(v) ? `'${v}` : v;
}

/** The sheet as one rectangular 2-D array, width = widest row or declared widths. */
export function sheetMatrix(sheet: ReportSheet): (string | number)[][] {
  const width = Math.max(sheet.widths.length, ...sheet.rows.map((r) => r.length), 1);
  return sheet.rows.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c])));
}
