import type { Sheet } from "../../core";
import { sheetWidth } from "../../core";
import { type Batcher, OP_BYTES, chunkRows, payloadSize } from "./chunk";
import { TEXT_FORMAT } from "./safeText";
import { rangeAddress } from "./styleRuns";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as Excel stores it: the serial day number (1900 system). */
export function dateSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / DAY_MS;
}

/**
 * Values and number formats of a unit's sheet for `range.formulas`. Text keeps the text format so
 * that Excel stores it as it came ("9.857" stays the text the unit typed); the unit's own
 * formulas stay live unless they point at other sheets, which the copy does not bring along.
 */
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
      const fmt = cell?.numFmt ?? "General";
      if (!cell || cell.value === null) {
        f.push("");
        n.push(fmt);
        continue;
      }
      if (cell.formula && !cell.formula.includes("!")) {
        f.push(`=${cell.formula}`);
        n.push(fmt === TEXT_FORMAT ? "General" : fmt);
        continue;
      }
      const v = cell.value;
      if (typeof v === "number" || typeof v === "boolean") {
        f.push(v);
        n.push(fmt === TEXT_FORMAT ? "General" : fmt);
      } else if (v instanceof Date) {
        f.push(dateSerial(v));
        n.push(/[dmy]/i.test(fmt) ? fmt : "dd/mm/yyyy");
      } else if (typeof v === "object") {
        f.push(v.error);
        n.push("General");
      } else {
        f.push(v);
        n.push(TEXT_FORMAT);
      }
    }
    formulas.push(f);
    formats.push(n);
  }
  return { formulas, formats };
}

const WIDTHS = [6, 48, 14, 12, 12, 10, 12, 10, 40, 16];

/**
 * Queue the copy of a unit's sheet into a new worksheet through the batcher, which syncs when
 * the request would go over the payload budget: formats before values in each row block (the
 * text format must be there before the text), merges, readable widths.
 */
export async function queueSheetCopy(batcher: Batcher, sheet: Sheet, name: string): Promise<void> {
  const context = batcher.context;
  await batcher.reserve(OP_BYTES + payloadSize(name));
  const ws = context.workbook.worksheets.add(name);
  const { formulas, formats } = submissionMatrix(sheet);
  const width = formulas[0]?.length ?? 1;
  // Values and formats travel together; half the budget each way keeps a block under the whole.
  for (const block of chunkRows(formulas, Math.floor(batcher.budget / 3))) {
    const fmt = formats.slice(block.start, block.start + block.rows.length);
    await batcher.reserve(block.bytes + payloadSize(fmt) + OP_BYTES);
    const range = ws.getRangeByIndexes(block.start, 0, block.rows.length, width);
    range.numberFormat = fmt;
    range.formulas = block.rows;
  }
  await batcher.reserve((sheet.merges.length + width + 2) * (OP_BYTES + 40));
  const target = ws;
  for (const m of sheet.merges) target.getRange(rangeAddress(m)).merge(false);
  for (let c = 0; c < width; c++) target.getRangeByIndexes(0, c, 1, 1).format.columnWidth = (WIDTHS[c] ?? 12) * 5.6;
  if (formulas.length > 0) target.getRangeByIndexes(0, 0, formulas.length, width).format.wrapText = true;
}
