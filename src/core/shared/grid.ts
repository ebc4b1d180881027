/**
 * The engine's view of a worksheet: a sparse grid of cells, independent of
 * where it came from (an .xlsx file, Office.js, a test). Adapters build it;
 * the engine only reads it.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

export interface Cell {
  /** The value Excel shows; for a formula, its cached result. */
  readonly value: CellValue;
  /** Number format code, e.g. `0.00%`; absent means General. */
  readonly numFmt?: string;
  /** Formula text without the leading `=`, when the cell holds one. */
  readonly formula?: string;
}

/** Zero-based, inclusive rectangle. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Sheet {
  readonly name: string;
  /**
   * rows[r][c]; missing rows or cells are empty. Cells covered by a merge,
   * other than its top-left, are empty: a merged value is counted once.
   */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | null | undefined> | undefined>;
  readonly merges: readonly CellRange[];
}

export interface WorkbookGrid {
  /** File name as the user knows it (no directories). */
  readonly fileName: string;
  readonly sheets: readonly Sheet[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "error" in v;
}

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col] ?? undefined;
}

export function sheetWidth(sheet: Sheet): number {
  let w = 0;
  for (const r of sheet.rows) if (r && r.length > w) w = r.length;
  return w;
}

/** Column index (0-based) to letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1-style address of a zero-based cell. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function parseA1(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Build a sheet from plain rows; handy for tests and adapters. */
export function sheetFromValues(
  name: string,
  values: ReadonlyArray<ReadonlyArray<CellValue | Cell | undefined>>,
  merges: readonly CellRange[] = [],
): Sheet {
  const rows = values.map((r) =>
    r.map((v): Cell | null => {
      if (v === undefined || v === null) return null;
      if (typeof v === "object" && !(v instanceof Date) && "value" in v) return v as Cell;
      return { value: v as CellValue };
    }),
  );
  return { name, rows, merges };
}
