import { type Sheet, a1, cellAt, columnLetters } from "../../shared/grid";
import type { ServiceTable } from "./types";
import { readNumber } from "../../shared/values";

/**
 * The compute flow (issue #3, "Tính cột"): the ratio columns of a submitted
 * table as live Excel formulas, English function names, blank when the
 * denominator is 0 (DOMAIN.md §4). Text numbers ("229.046") that the formulas
 * could not add are turned into numbers first.
 */

export interface CellWrite {
  /** A1 address on the table's sheet. */
  readonly cell: string;
  /** Formula with the leading `=`, or a number / header text to write as a value. */
  readonly formula?: string;
  readonly value?: number | string;
  readonly numFmt?: string;
}

export interface LiveFormulaPlan {
  readonly sheet: string;
  readonly writes: readonly CellWrite[];
  /** Column letters of the ratio columns written (for the pane's message). */
  readonly ratioColumn: string;
  readonly onTimeRatioColumn: string;
  /** Cells whose text number was rewritten as a number. */
  readonly numbersFixed: number;
}

export const ON_TIME_RATIO_HEADER = "Tỷ lệ đúng hạn";
export const ONLINE_RATIO_HEADER = "Tỷ lệ";
export const RATIO_FORMAT = "0.00%";

/** `IF(D5>0,E5/D5,"")`: the online ratio, blank when nothing was received (DOMAIN.md §4). */
export function ratioFormula(total: string, online: string): string {
  return `IF(${total}>0,${online}/${total},"")`;
}

/** `=IF(N(D5)>0,N(E5)/N(D5),"")`: N() reads text as 0, so a text total never divides. */
export function onlineRatioFormula(totalCell: string, onlineCell: string): string {
  return `=${ratioFormula(`N(${totalCell})`, `N(${onlineCell})`)}`;
}

export function onTimeRatioFormula(onTimeCell: string, overdueCell: string): string {
  const done = `N(${onTimeCell})+N(${overdueCell})`;
  return `=IF(${done}>0,N(${onTimeCell})/(${done}),"")`;
}

/** Plan the writes for one table; ratio columns missing from the table are added on its right. */
export function liveFormulaPlan(sheet: Sheet, table: ServiceTable): LiveFormulaPlan {
  const cols = table.columns;
  const writes: CellWrite[] = [];
  const used = Object.values(cols).filter((c): c is number => c !== undefined);
  let next = Math.max(...used) + 1;
  const headerRow = table.header.bottom;
  const ratioCol = cols.onlineRatio ?? next++;
  const onTimeCol = next;
  if (cols.onlineRatio === undefined) writes.push({ cell: a1(headerRow, ratioCol), value: ONLINE_RATIO_HEADER });
  writes.push({ cell: a1(headerRow, onTimeCol), value: ON_TIME_RATIO_HEADER });

  let numbersFixed = 0;
  for (const row of table.rows) {
    for (const name of ["total", "online", "onTime", "overdue"] as const) {
      const col = cols[name];
      if (col === undefined) continue;
      const cell = cellAt(sheet, row.row, col);
      const reading = readNumber(cell);
      if (typeof cell?.value === "string" && reading.kind === "number") {
        writes.push({ cell: a1(row.row, col), value: reading.value, numFmt: "#,##0" });
        numbersFixed++;
      }
    }
    const at = (c: number | undefined) => (c === undefined ? null : a1(row.row, c));
    const total = at(cols.total);
    const online = at(cols.online);
    if (total && online) writes.push({ cell: a1(row.row, ratioCol), formula: onlineRatioFormula(total, online), numFmt: RATIO_FORMAT });
    const onTime = at(cols.onTime);
    const overdue = at(cols.overdue);
    if (onTime && overdue)
      writes.push({ cell: a1(row.row, onTimeCol), formula: onTimeRatioFormula(onTime, overdue), numFmt: RATIO_FORMAT });
  }
  return { sheet: table.sheet, writes, ratioColumn: columnLetters(ratioCol), onTimeRatioColumn: columnLetters(onTimeCol), numbersFixed };
}
