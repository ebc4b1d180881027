import { a1 } from "../../core";

/**
 * Excel reports a workbook holding NaN or Infinity as corrupt, and such a
 * number is never a figure anyone reported: the writers refuse it outright.
 */
export class NonFiniteNumberError extends Error {
  constructor(sheet: string, row: number, col: number, value: number) {
    super(`Số không hợp lệ (${String(value)}) ở ô ${sheet}!${a1(row, col)}: bảng tổng hợp không được ghi.`);
    this.name = "NonFiniteNumberError";
  }
}

export function assertFinite(sheet: string, row: number, col: number, value: unknown): void {
  if (typeof value === "number" && !Number.isFinite(value)) throw new NonFiniteNumberError(sheet, row, col, value);
}
