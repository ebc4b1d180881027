import ExcelJS from "exceljs";
import { type Cell, type CellRange, type CellValue, DEFAULT_MAX_ROWS, type Sheet, type WorkbookGrid } from "../../core";
import { guardXlsx } from "./guard";

/**
 * Worksheet parts the engine never reads. Skipping them makes loading faster
 * and keeps hostile ranges (validations, conditional formats) out of memory.
 */
const IGNORED_NODES = [
  "sheetPr",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "autoFilter",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
];

/** Columns read per sheet at most; appendix tables have about ten. */
export const MAX_COLUMNS = 60;

export type GridResult =
  | {
      readonly ok: true;
      readonly grid: WorkbookGrid;
      readonly notes: readonly string[];
      /** Sheets longer than the row limit: only the first `maxRows` rows of their `rows` were read. */
      readonly cut?: readonly { readonly sheet: string; readonly rows: number; readonly read: number }[];
    }
  | { readonly ok: false; readonly code: "FILE_TOO_LARGE" | "FILE_UNREADABLE"; readonly reason: string };

type ExcelValue = ExcelJS.CellValue;

function toValue(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && !(result instanceof Date) && "error" in result) return { error: String(result.error) };
      return result as CellValue;
    }
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

function formulaOf(v: ExcelValue): string | undefined {
  if (v && typeof v === "object" && "formula" in v && typeof v.formula === "string") return v.formula;
  return undefined;
}

/** exceljs keeps merges in a private index; reading it avoids building the whole sheet model. */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const merges =
    (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

function sheetOf(ws: ExcelJS.Worksheet, maxRows: number): Sheet {
  const rows: (Cell | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > maxRows) return;
    const cells: (Cell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > MAX_COLUMNS) return;
      // A merged range repeats its value in every cell; only the top-left counts.
      if (cell.isMerged && cell.master !== cell) return;
      // exceljs leaves a cached result of 0 (or "" or FALSE) out of `cell.value`; `cell.result` keeps it.
      const formulaCell = cell.type === ExcelJS.ValueType.Formula && cell.value !== null && typeof cell.value === "object";
      const value = toValue(formulaCell ? ({ ...(cell.value as object), result: cell.result } as ExcelValue) : cell.value);
      if (value === null) return;
      const numFmt = cell.numFmt;
      const formula = formulaOf(cell.value);
      cells[col - 1] = { value, ...(numFmt && numFmt !== "General" ? { numFmt } : {}), ...(formula ? { formula } : {}) };
    });
    rows[rowNumber - 1] = cells;
  });
  return { name: ws.name, rows, merges: mergesOf(ws).filter((m) => m.top < maxRows) };
}

/** Open an .xlsx file as the engine's grid; a bad file gives a reason in Vietnamese, never a throw. */
export async function readGrid(fileName: string, bytes: Uint8Array, maxRows = DEFAULT_MAX_ROWS): Promise<GridResult> {
  const guarded = guardXlsx(bytes);
  if (!guarded.ok) return guarded;
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' typings want a Node Buffer; it accepts any ArrayBuffer view at run time.
    await wb.xlsx.load(
      guarded.bytes as unknown as ExcelJS.Buffer,
      { ignoreNodes: IGNORED_NODES } as unknown as Partial<ExcelJS.XlsxReadOptions>,
    );
  } catch (e) {
    const detail = e instanceof Error && /password|encrypt/i.test(e.message) ? " (tệp có mật khẩu)" : "";
    return { ok: false, code: "FILE_UNREADABLE", reason: `nội dung tệp .xlsx bị hỏng, Excel hoặc thư viện không mở được${detail}.` };
  }
  const visible = wb.worksheets.filter((ws) => ws.state !== "veryHidden");
  const sheets = visible.map((ws) => sheetOf(ws, maxRows));
  const cut = visible.filter((ws) => ws.rowCount > maxRows).map((ws) => ({ sheet: ws.name, rows: ws.rowCount, read: maxRows }));
  return { ok: true, grid: { fileName, sheets }, notes: guarded.notes, ...(cut.length ? { cut } : {}) };
}
