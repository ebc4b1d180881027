import { type CellRange, type Sheet, cellAt, sheetWidth } from "../../shared/grid";
import { readText } from "../../shared/values";
import { headerKey } from "../../shared/normalize";
import { type ServiceColumn, classifyHeader, requiredServiceColumns } from "./templates";

export interface HeaderMatch {
  readonly range: CellRange;
  readonly columns: Partial<Record<ServiceColumn, number>>;
  readonly missing: readonly ServiceColumn[];
}

/** Text of a cell, or of the merge that covers it (merged values sit in the top-left cell only). */
export function mergedText(sheet: Sheet, mergeAt: MergeLookup, row: number, col: number): string {
  const own = readText(cellAt(sheet, row, col));
  if (own) return own;
  const m = mergeAt(row, col);
  return m ? readText(cellAt(sheet, m.top, m.left)) : "";
}

export type MergeLookup = (row: number, col: number) => CellRange | undefined;

export function mergeLookup(sheet: Sheet): MergeLookup {
  if (sheet.merges.length === 0) return () => undefined;
  const byRow = new Map<number, CellRange[]>();
  for (const m of sheet.merges) {
    // Merges are capped by the adapters, so this stays small.
    for (let r = m.top; r <= Math.min(m.bottom, m.top + 50); r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  return (row, col) => byRow.get(row)?.find((m) => col >= m.left && col <= m.right);
}

const HEADER_WORD = /^(tong|tructuien|tile|dunghan|quahan|khokhan|ghichu|ketnoi|stt)/;

function isHeaderLike(sheet: Sheet, at: MergeLookup, row: number, width: number): boolean {
  let words = 0;
  for (let c = 0; c < width; c++) {
    const t = mergedText(sheet, at, row, c);
    if (!t) continue;
    if (/^\(?\d+\)?$/.test(t.trim())) continue;
    if (HEADER_WORD.test(headerKey(t)) || classifyHeader(t)) words++;
    else return false;
  }
  return words > 0;
}

/**
 * Find the service table header starting at or below `from`. A header has a
 * "Dịch vụ …" cell; the rows below it that hold only header words belong to it
 * (two-row headers with a group row over Tổng/Trực tuyến/Tỷ lệ).
 */
export function findServiceHeader(sheet: Sheet, from: number, maxRow: number): HeaderMatch | null {
  const width = Math.min(sheetWidth(sheet), 40);
  const at = mergeLookup(sheet);
  for (let r = from; r < maxRow; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let serviceCol = -1;
    for (let c = 0; c < Math.min(row.length, width); c++) {
      const t = readText(row[c]);
      if (t && t.length < 200 && classifyHeader(t) === "service") {
        serviceCol = c;
        break;
      }
    }
    if (serviceCol < 0) continue;
    let bottom = r;
    while (bottom + 1 < maxRow && bottom - r < 2 && isHeaderLike(sheet, at, bottom + 1, width)) bottom++;
    const columns: Partial<Record<ServiceColumn, number>> = {};
    for (let c = 0; c < width; c++) {
      const labels: string[] = [];
      for (let h = r; h <= bottom; h++) {
        const t = mergedText(sheet, at, h, c);
        if (t && labels[labels.length - 1] !== t) labels.push(t);
      }
      if (labels.length === 0) continue;
      const leaf = classifyHeader(labels[labels.length - 1]);
      const column = leaf ?? classifyHeader(labels.join(" "));
      if (column && columns[column] === undefined) columns[column] = c;
    }
    if (columns.service === undefined) continue;
    // A title or a data row may mention "dịch vụ" and "kết nối"; a header names most columns.
    if (Object.keys(columns).length < 4) continue;
    const missing = requiredServiceColumns.filter((c) => columns[c] === undefined);
    return { range: { top: r, left: 0, bottom, right: width - 1 }, columns, missing };
  }
  return null;
}
