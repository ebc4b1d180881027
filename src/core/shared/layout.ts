import type { CellRange } from "./grid";

/**
 * A report sheet as data: what to write where, with named styles. The xlsx
 * writer and the Office.js adapter each turn this into their own calls, so
 * the official layout lives in one place.
 */

export type StyleName =
  | "appendixLabel"
  | "note"
  | "countIncomplete"
  | "percentIncomplete"
  | "title"
  | "subtitle"
  | "caption"
  | "header"
  | "group"
  | "text"
  | "textCenter"
  | "count"
  | "percent"
  | "totalLabel"
  | "totalCount"
  | "totalPercent"
  | "status"
  | "error"
  | "warning"
  | "info"
  | "taskDone"
  | "taskInProgress"
  | "taskOverdue"
  | "taskRecurring"
  | "taskNoDeadline"
  | "link";

export type ReportValue = string | number | null;

export interface ReportCell {
  readonly value: ReportValue;
  readonly style: StyleName;
  /**
   * Excel formula (English names, no leading `=`), for live computed columns;
   * `value` is then its cached result.
   */
  readonly formula?: string;
  /** Number format for this cell, overriding the style's (e.g. "0.0%" for a percent with one decimal). */
  readonly numFmt?: string;
}

export interface ReportSheet {
  readonly name: string;
  /** rows[r][c]; undefined cells are left empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<ReportCell | undefined>>;
  readonly merges: readonly CellRange[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** Rows above this index stay visible when scrolling (the header). */
  readonly freezeRows?: number;
  /** Column indexes that hold free text: written as text, never as formulas. */
  readonly textColumns?: readonly number[];
  /**
   * Live colour rules (Excel conditional formatting): a cell of `range` whose
   * text equals `equals` takes the fill and font of `style`, and keeps
   * following its value when the clerk edits it.
   */
  readonly conditionalFormats?: readonly ConditionalFormat[];
  /** Filter buttons on the header row of a list: the header row and the rows below it that the filter covers. */
  readonly autoFilter?: CellRange;
  /**
   * 0-based rows of the sheet by key (a service id → its row), so that other sheets can link to
   * them. Not written.
   */
  readonly anchors?: Readonly<Record<string, number>>;
}

export interface ConditionalFormat {
  readonly range: CellRange;
  readonly rules: ReadonlyArray<{ readonly equals: string; readonly style: StyleName }>;
}

export interface ReportWorkbook {
  readonly sheets: readonly ReportSheet[];
}

/** Font, fill and format per style; adapters map these to their APIs. */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly align?: "left" | "center" | "right";
  readonly wrap?: boolean;
  readonly border?: boolean;
  /** Excel number format. */
  readonly numFmt?: string;
  /** RGB hex without '#'. */
  readonly fill?: string;
  readonly color?: string;
}

export const REPORT_FONT = "Times New Roman";

export const styles: Record<StyleName, StyleSpec> = {
  /** "Phụ lục I" above an appendix's title, as the province prints it. */
  appendixLabel: { bold: true, size: 13, align: "center" },
  /** Notes under a table ("chưa gồm số liệu của …"). */
  note: { italic: true, size: 11, align: "left", wrap: true },
  /** Figures of a row some unit's values were left out of: shaded, explained in the note under the table. */
  countIncomplete: { size: 11, align: "right", border: true, numFmt: "#,##0", fill: "FCE4D6" },
  percentIncomplete: { size: 11, align: "right", border: true, numFmt: "0.00%", fill: "FCE4D6" },
  title: { bold: true, size: 13, align: "center", wrap: true },
  subtitle: { bold: true, size: 13, align: "center", wrap: true },
  caption: { italic: true, size: 12, align: "center", wrap: true },
  header: { bold: true, size: 11, align: "center", wrap: true, border: true },
  group: { bold: true, size: 11, align: "left", wrap: true, border: true },
  text: { size: 11, align: "left", wrap: true, border: true, numFmt: "@" },
  textCenter: { size: 11, align: "center", wrap: true, border: true },
  count: { size: 11, align: "right", border: true, numFmt: "#,##0" },
  percent: { size: 11, align: "right", border: true, numFmt: "0.00%" },
  totalLabel: { bold: true, size: 11, align: "center", border: true },
  totalCount: { bold: true, size: 11, align: "right", border: true, numFmt: "#,##0" },
  totalPercent: { bold: true, size: 11, align: "right", border: true, numFmt: "0.00%" },
  status: { size: 11, align: "center", border: true },
  error: { size: 11, border: true, wrap: true, fill: "F8CBAD" },
  warning: { size: 11, border: true, wrap: true, fill: "FFE699" },
  info: { size: 11, border: true, wrap: true, fill: "DDEBF7" },
  taskDone: { size: 11, align: "center", border: true, wrap: true, fill: "C6EFCE" },
  taskInProgress: { size: 11, align: "center", border: true, wrap: true, fill: "FFEB9C" },
  taskOverdue: { bold: true, size: 11, align: "center", border: true, wrap: true, fill: "FFC7CE" },
  taskRecurring: { size: 11, align: "center", border: true, wrap: true, fill: "DDEBF7" },
  taskNoDeadline: { size: 11, align: "center", border: true, wrap: true, fill: "EDEDED" },
  /** A link to a cell of the workbook (HYPERLINK formula): blue and underlined, as Excel shows links. */
  link: { size: 11, align: "center", border: true, wrap: true, color: "0563C1", underline: true },
};

/** Value of an appendix's label row until the workbook numbers its appendices in order. */
export const APPENDIX_LABEL = "Phụ lục";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/**
 * Number the appendices of a workbook in the order they appear ("Phụ lục I",
 * "Phụ lục II" …): each appendix sheet opens with an `appendixLabel` row, and
 * only the workbook knows which place it takes.
 */
export function numberAppendices(sheets: readonly ReportSheet[]): ReportSheet[] {
  let n = 0;
  return sheets.map((sheet) => {
    const first = sheet.rows[0]?.[0];
    if (!first || first.style !== "appendixLabel") return sheet;
    const label = `${APPENDIX_LABEL} ${ROMAN[n] ?? n + 1}`;
    n++;
    return { ...sheet, rows: [[{ ...first, value: label }, ...sheet.rows[0].slice(1)], ...sheet.rows.slice(1)] };
  });
}

/** `'PL DVC 06'!B12`: a cell of a sheet of this workbook, the sheet name quoted as Excel wants it. */
export function cellReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * A cell that jumps to a cell of this workbook when clicked: a HYPERLINK formula (which both
 * Excel and LibreOffice follow, and which the Office.js writer carries as any other formula),
 * its cached value the text shown. Both strings are formula literals, quotes doubled, so no
 * sheet name or text can become part of the formula itself.
 */
export function linkCell(sheet: string, cell: string, display: string): ReportCell {
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return { value: display, style: "link", formula: `HYPERLINK(${literal(`#${cellReference(sheet, cell)}`)},${literal(display)})` };
}

/** Text that Excel would read as a formula if typed: must be written as text. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s);
}

/**
 * Percent format with as many decimals as the value needs, up to two, as the
 * reports print them: 100%, 98,6%, 25,87%.
 */
export function percentFormat(fraction: number): string {
  const pct = Math.round(fraction * 10000) / 100;
  const decimals = Number.isInteger(pct) ? 0 : Number.isInteger(pct * 10) ? 1 : 2;
  return decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`;
}
