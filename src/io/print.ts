import { type ReportSheet, styles } from "../core";

/**
 * How a report sheet is put on paper, derived from its layout: A4 landscape
 * with the margins of administrative documents, the column captions repeated
 * on every page, page numbers in the footer, and column widths that fit the
 * page at 100 % so that nothing prints smaller than the 11 pt it was set in.
 * Both writers (exceljs and Office.js) apply the same plan.
 */
export interface PrintPlan {
  /** Column widths (characters) that fit the printable width at 100 %. */
  readonly widths: readonly number[];
  /** 0-based first and last row repeated at the top of every page (the column captions), if any. */
  readonly titleRows: readonly [number, number] | null;
  /** Margins in inches. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Footer text in Excel's header/footer codes. */
  readonly footer: string;
  /**
   * True when even the narrowest readable widths do not fit one page width:
   * the sheet is then scaled to the page width (it prints smaller than 11 pt).
   */
  readonly shrinks: boolean;
}

const MM = 1 / 25.4;
/**
 * Margins of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I): 20–25 mm top and bottom, 30–35 mm on the binding side, 15–20 mm
 * opposite. Appendices in landscape keep the binding margin narrower so that
 * the province's nine-column tables fit at full size.
 */
export const PRINT_MARGINS = { left: 20 * MM, right: 15 * MM, top: 20 * MM, bottom: 20 * MM, header: 10 * MM, footer: 10 * MM } as const;

/** Page number, centred, in the report's font (Excel footer codes). */
export const PRINT_FOOTER = '&C&"Times New Roman,Regular"&11Trang &P/&N';

/** A4 landscape width in inches. */
const PAGE_WIDTH = 297 * MM;
/**
 * Pixels per character of column width and per column (Excel: width × max
 * digit width of the normal font, Times New Roman 11 pt, + 5 px padding, at 96 dpi), with a
 * safety margin because LibreOffice and Excel measure slightly differently.
 */
const PX_PER_CHAR = 7;
const PX_PER_COL = 5;
const SAFETY = 0.96;
/** A wrapped text column is never made narrower than this (characters). */
const MIN_TEXT_WIDTH = 10;

/** Printable width in characters of column width, for a sheet of `columns` columns. */
export function printableChars(columns: number): number {
  const px = (PAGE_WIDTH - PRINT_MARGINS.left - PRINT_MARGINS.right) * 96 * SAFETY;
  return (px - columns * PX_PER_COL) / PX_PER_CHAR;
}

/** Columns whose body cells wrap text: these give up width; number columns keep theirs. */
function wrappingColumns(sheet: ReportSheet): Set<number> {
  const wraps = new Set<number>();
  const fixed = new Set<number>();
  const start = sheet.freezeRows ?? 0;
  sheet.rows.slice(start).forEach((row) =>
    row.forEach((c, col) => {
      if (!c) return;
      if (styles[c.style].wrap) wraps.add(col);
      else if (typeof c.value === "number" || c.formula !== undefined) fixed.add(col);
    }),
  );
  return new Set([...wraps].filter((c) => !fixed.has(c)));
}

/**
 * Shrink the wrapping columns, proportionally and never below a readable
 * width, until the table fits the printable width.
 */
export function fitWidths(sheet: ReportSheet): { widths: number[]; fits: boolean } {
  const widths = [...sheet.widths];
  const available = printableChars(widths.length);
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(widths) <= available) return { widths, fits: true };
  let free = [...wrappingColumns(sheet)].filter((c) => c < widths.length && widths[c] > MIN_TEXT_WIDTH);
  while (free.length > 0) {
    const fixedSum = sum(widths.filter((_, c) => !free.includes(c)));
    const freeSum = sum(free.map((c) => widths[c]));
    const factor = (available - fixedSum) / freeSum;
    if (factor >= 1) break;
    const floored = free.filter((c) => widths[c] * factor < MIN_TEXT_WIDTH);
    if (floored.length === 0) {
      for (const c of free) widths[c] = Math.floor(widths[c] * factor * 10) / 10;
      break;
    }
    for (const c of floored) widths[c] = MIN_TEXT_WIDTH;
    free = free.filter((c) => !floored.includes(c));
  }
  return { widths, fits: sum(widths) <= available + 1e-9 };
}

/** The column captions: the run of header-styled rows just above the frozen rows. */
export function captionRows(sheet: ReportSheet): readonly [number, number] | null {
  const end = sheet.freezeRows;
  if (!end) return null;
  const isHeader = (r: number) => sheet.rows[r]?.some((c) => c?.style === "header") ?? false;
  if (!isHeader(end - 1)) return null;
  let first = end - 1;
  while (first > 0 && isHeader(first - 1)) first--;
  return [first, end - 1];
}

export function printPlan(sheet: ReportSheet): PrintPlan {
  const { widths, fits } = fitWidths(sheet);
  return { widths, titleRows: captionRows(sheet), margins: PRINT_MARGINS, footer: PRINT_FOOTER, shrinks: !fits };
}
