import ExcelJS from "exceljs";
import { REPORT_FONT, type ReportCell, type ReportSheet, type ReportWorkbook, type StyleSpec, styles } from "../../core";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function applyStyle(cell: ExcelJS.Cell, spec: StyleSpec, numFmt?: string): void {
  cell.font = { name: REPORT_FONT, size: spec.size ?? 11, bold: spec.bold, italic: spec.italic, ...(spec.color ? { color: { argb: `FF${spec.color}` } } : {}) };
  cell.alignment = { horizontal: spec.align ?? "left", vertical: "middle", wrapText: spec.wrap };
  if (spec.border) cell.border = THIN;
  if (spec.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${spec.fill}` } };
  const fmt = numFmt ?? spec.numFmt;
  if (fmt) cell.numFmt = fmt;
}

function writeCell(cell: ExcelJS.Cell, c: ReportCell): void {
  if (c.formula !== undefined) {
    cell.value = { formula: c.formula, result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
  } else if (c.value !== null) {
    // Strings are always stored as text: "- Khó khăn…" or "=…" never becomes a formula.
    cell.value = c.value;
  }
  applyStyle(cell, styles[c.style], c.numFmt);
}

function addSheet(wb: ExcelJS.Workbook, sheet: ReportSheet): void {
  const ws = wb.addWorksheet(sheet.name, {
    views: sheet.freezeRows ? [{ state: "frozen", ySplit: sheet.freezeRows }] : [],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = sheet.widths.map((width) => ({ width }));
  sheet.rows.forEach((row, r) => {
    row.forEach((c, col) => {
      if (c) writeCell(ws.getCell(r + 1, col + 1), c);
    });
  });
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

/** Write the report layout as an .xlsx file. */
export async function writeReport(report: ReportWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "BaoCao06";
  for (const sheet of report.sheets) addSheet(wb, sheet);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
