import { type CellRange, type Sheet, cellAt, sheetWidth } from "../../shared/grid";
import { readText } from "../../shared/values";
import { foldKey, headerKey } from "../../shared/normalize";
import { isConnectionKey } from "./connection";
import { type ServiceColumn, classifyHeader, requiredServiceColumns } from "./templates";

export interface HeaderMatch {
  readonly range: CellRange;
  readonly columns: Partial<Record<ServiceColumn, number>>;
  readonly missing: readonly ServiceColumn[];
  /**
   * Header cells that name no known column, or a column already placed: nothing is read from
   * them, and the file gets a finding saying so (a figure is never read from a guessed column).
   */
  readonly unplaced: readonly UnplacedColumn[];
}

export interface UnplacedColumn {
  readonly col: number;
  readonly label: string;
  /** The column it duplicates, when its caption names one already placed. */
  readonly duplicateOf?: number;
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
/** "A. DỊCH VỤ CÔNG …", "I. Nhóm …": a group caption, not a header word. */
const GROUP_MARK = /^(?:[A-ZĐ]|[IVX]+)\s*[.)]\s+\S/u;
const COLUMN_NUMBER = /^\(?\d+\)?$/;

/**
 * Does this row continue the header above it? Only header words, no data: a connection word,
 * a long service name or a group caption merged across the table ("A. DỊCH VỤ CÔNG …") is the
 * first row of the table's body, even when it mentions "dịch vụ" or "kết nối".
 */
function isHeaderLike(sheet: Sheet, at: MergeLookup, row: number, width: number): boolean {
  let words = 0;
  const texts = new Set<string>();
  let widest = 0;
  for (let c = 0; c < width; c++) {
    const t = mergedText(sheet, at, row, c).trim();
    if (!t) continue;
    if (COLUMN_NUMBER.test(t)) continue;
    if (t.length > 90 || GROUP_MARK.test(t) || isConnectionKey(foldKey(t))) return false;
    if (!HEADER_WORD.test(headerKey(t)) && !classifyHeader(t)) return false;
    words++;
    texts.add(t);
    const m = at(row, c);
    if (m) widest = Math.max(widest, m.right - m.left + 1);
  }
  if (texts.size === 1 && widest >= 4) return false;
  return words > 0;
}

/**
 * Find the service table header starting at or below `from`. A header has a
 * "Dịch vụ …" cell; the rows below it that hold only header words belong to it
 * (two-row headers with a group row over Tổng/Trực tuyến/Tỷ lệ). Each column is
 * placed by its own caption, the lowest header row first; a group caption names a
 * column only when it covers that column alone.
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
    const unplaced: UnplacedColumn[] = [];
    for (let c = 0; c < width; c++) {
      const labels: string[] = [];
      let spansOthers = false;
      for (let h = r; h <= bottom; h++) {
        const t = mergedText(sheet, at, h, c).trim();
        if (!t) continue;
        if (labels[labels.length - 1] !== t) labels.push(t);
        const m = at(h, c);
        if (h < bottom && m && m.right > m.left && m.bottom < bottom) spansOthers = true;
      }
      if (labels.length === 0 || (labels.length === 1 && COLUMN_NUMBER.test(labels[0]))) continue;
      const leaf = labels[labels.length - 1];
      // A group caption over several columns ("Tình hình xử lý hồ sơ trực tuyến") says what the
      // group holds, not what this column is: with an unknown leaf under it, the column stays unplaced.
      const column = classifyHeader(leaf) ?? (labels.length > 1 && !spansOthers ? classifyHeader(labels.join(" ")) : null);
      const label = labels.join(" / ").replace(/\s+/g, " ");
      if (!column) unplaced.push({ col: c, label });
      else if (columns[column] !== undefined) unplaced.push({ col: c, label, duplicateOf: columns[column] });
      else columns[column] = c;
    }
    if (columns.service === undefined) continue;
    // A title or a data row may mention "dịch vụ" and "kết nối"; a header names most columns.
    if (Object.keys(columns).length < 4) continue;
    const missing = requiredServiceColumns.filter((c) => columns[c] === undefined);
    return { range: { top: r, left: 0, bottom, right: width - 1 }, columns, missing, unplaced };
  }
  return null;
}
