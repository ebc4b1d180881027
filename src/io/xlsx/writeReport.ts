import ExcelJS from "exceljs";
import {
  type ConditionalFormat,
  REPORT_FONT,
  type ReportCell,
  type ReportSheet,
  type ReportWorkbook,
  type StyleName,
  columnLetters,
  styles,
} from "../../core";
import { printPlan } from "../print";
import { assertFinite } from "./finite";
import { applyPrint, rowHeights, withNormalFont } from "./sheetPrint";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * One style object per (style, number format), shared by every cell that uses
 * it: exceljs recognises a style it has seen by object identity, so sharing
 * saves hashing every cell's style on write (the bulk of the write time).
 * The objects are never mutated after creation.
 */
class StyleBook {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();

  get(name: StyleName, numFmt?: string): Partial<ExcelJS.Style> {
    const key = `${name}|${numFmt ?? ""}`;
    let style = this.cache.get(key);
    if (!style) {
      const spec = styles[name];
      const fmt = numFmt ?? spec.numFmt;
      style = {
        font: {
          name: REPORT_FONT,
          size: spec.size ?? 11,
          bold: spec.bold,
          italic: spec.italic,
          ...(spec.underline ? { underline: true } : {}),
          ...(spec.color ? { color: { argb: `FF${spec.color}` } } : {}),
        },
        alignment: { horizontal: spec.align ?? "left", vertical: "middle", wrapText: spec.wrap },
        ...(spec.border ? { border: THIN } : {}),
        ...(spec.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${spec.fill}` } } as ExcelJS.Fill } : {}),
        ...(fmt ? { numFmt: fmt } : {}),
      };
      this.cache.set(key, style);
    }
    return style;
  }
}

function writeCell(cell: ExcelJS.Cell, c: ReportCell, book: StyleBook): void {
  if (c.formula !== undefined) {
    cell.value = { formula: c.formula, result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
  } else if (c.value !== null) {
    // Strings are always stored as text: "- Khó khăn…" or "=…" never becomes a formula.
    cell.value = c.value;
  }
  cell.style = book.get(c.style, c.numFmt);
}

function addSheet(wb: ExcelJS.Workbook, sheet: ReportSheet, book: StyleBook): void {
  const ws = wb.addWorksheet(sheet.name, {
    views: sheet.freezeRows ? [{ state: "frozen", ySplit: sheet.freezeRows }] : [],
  });
  const plan = printPlan(sheet);
  applyPrint(ws, plan);
  const widths = plan.widths;
  ws.columns = widths.map((width) => ({ width }));
  const heights = rowHeights(sheet, widths);
  sheet.rows.forEach((row, r) => {
    if (row.length === 0) return;
    const xlRow = ws.getRow(r + 1);
    const height = heights[r];
    if (height) xlRow.height = height;
    row.forEach((c, col) => {
      if (!c) return;
      assertFinite(sheet.name, r, col, c.value);
      writeCell(xlRow.getCell(col + 1), c, book);
    });
  });
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const cf of sheet.conditionalFormats ?? []) addConditionalFormat(ws, cf);
  if (sheet.autoFilter) {
    const { top, left, bottom, right } = sheet.autoFilter;
    ws.autoFilter = { from: { row: top + 1, column: left + 1 }, to: { row: bottom + 1, column: right + 1 } };
  }
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormat): void {
  const { top, left, bottom, right } = cf.range;
  const topLeft = `${columnLetters(left)}${top + 1}`;
  ws.addConditionalFormatting({
    ref: `${topLeft}:${columnLetters(right)}${bottom + 1}`,
    rules: cf.rules.map((rule, i) => {
      const spec = styles[rule.style];
      return {
        type: "expression",
        priority: i + 1,
        // Relative to the range's top-left cell; quotes in the text are doubled as Excel wants.
        formulae: [`${topLeft}="${rule.equals.replace(/"/g, '""')}"`],
        style: {
          ...(spec.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${spec.fill}` } } } : {}),
          ...(spec.bold ? { font: { bold: true } } : {}),
        },
      } as ExcelJS.ConditionalFormattingRule;
    }),
  });
}

/** A PNG placed over a sheet, e.g. the chart that exceljs cannot draw natively. */
export interface SheetPicture {
  readonly sheet: string;
  readonly png: Uint8Array;
  /** Top-left cell, 0-based. */
  readonly at: { readonly row: number; readonly col: number };
  /** Size on the sheet in pixels at 96 dpi. */
  readonly width: number;
  readonly height: number;
}

/** Write the report layout as an .xlsx file. */
export async function writeReport(report: ReportWorkbook, pictures: readonly SheetPicture[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "BaoCao06";
  const book = new StyleBook();
  for (const sheet of report.sheets) addSheet(wb, sheet, book);
  for (const p of pictures) {
    const ws = wb.getWorksheet(p.sheet);
    if (!ws) throw new Error(`Không có trang \u201C${p.sheet}\u201D để đặt hình.`);
    const id = wb.addImage({ buffer: p.png as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(id, { tl: { col: p.at.col, row: p.at.row }, ext: { width: p.width, height: p.height }, editAs: "oneCell" });
  }
  // Light compression: the report is small, and level 1 writes several times faster than the default.
  const buf = await wb.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions);
  return withNormalFont(new Uint8Array(buf as ArrayBuffer));
}
