import type { Sheet } from "../../core";
import { looksLikeFormula, sheetWidth } from "../../core";
import { chunkRows } from "./chunk";
import { rangeAddress } from "./styleRuns";

/** Values of a unit's sheet for `range.formulas`: own formulas stay live unless they point at other sheets. */
export function submissionMatrix(sheet: Sheet): { formulas: (string | number | boolean)[][]; formats: string[][] } {
  const width = Math.max(1, sheetWidth(sheet));
  const formulas: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const f: (string | number | boolean)[] = [];
    const n: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row?.[c];
      n.push(cell?.numFmt ?? "General");
      if (!cell || cell.value === null) {
        f.push("");
        continue;
      }
      if (cell.formula && !cell.formula.includes("!")) {
        f.push(`=${cell.formula}`);
        continue;
      }
      const v = cell.value;
      if (typeof v === "number" || typeof v === "boolean") f.push(v);
      else if (v instanceof Date) f.push(v.toISOString().slice(0, 10));
      else if (typeof v === "object") f.push(v.error);
      else f.push(looksLikeFormula(v) ? `'${v}` : v);
    }
    formulas.push(f);
    formats.push(n);
  }
  return { formulas, formats };
}

const WIDTHS = [6, 48, 14, 12, 12, 10, 12, 10, 40, 16];

/**
 * Queue the copy of a unit's sheet into a new worksheet (the caller syncs):
 * values and formats in row blocks, merges, readable widths.
 */
export function queueSheetCopy(context: Excel.RequestContext, sheet: Sheet, name: string): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(name);
  const { formulas, formats } = submissionMatrix(sheet);
  const width = formulas[0]?.length ?? 1;
  for (const block of chunkRows(formulas)) {
    const range = ws.getRangeByIndexes(block.start, 0, block.rows.length, width);
    range.numberFormat = formats.slice(block.start, block.start + block.rows.length);
    range.formulas = block.rows;
  }
  for (const m of sheet.merges) ws.getRange(rangeAddress(m)).merge(false);
  for (let c = 0; c < width; c++) ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = (WIDTHS[c] ?? 12) * 5.6;
  if (formulas.length > 0) ws.getRangeByIndexes(0, 0, formulas.length, width).format.wrapText = true;
  return ws;
}
