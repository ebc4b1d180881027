import ExcelJS from "exceljs";
import { FORM_CODES, type FormLayout, REPORT_FONT, type ReportCell, styles } from "../../core";
import { printPlan } from "../print";
import { assertFinite } from "./finite";
import { applyPrint, rowHeights, withNormalFont } from "./sheetPrint";

/** Shade of the cells a unit fills in. */
const INPUT_FILL = "FFFFF2CC";

function put(cell: ExcelJS.Cell, c: ReportCell): void {
  if (c.formula !== undefined) cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
  else if (c.value !== null) cell.value = c.value;
  const spec = styles[c.style];
  cell.font = { name: REPORT_FONT, size: spec.size ?? 11, bold: spec.bold, italic: spec.italic };
  cell.alignment = { horizontal: spec.align ?? "left", vertical: "middle", wrapText: spec.wrap };
  if (spec.border) cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  const fmt = c.numFmt ?? spec.numFmt;
  if (fmt) cell.numFmt = fmt;
}

/**
 * Write a unit's form: the layout, dropdowns for the connection status, input
 * cells unlocked and shaded, everything else (ratio formulas, names, header)
 * locked by sheet protection without a password. The template id and version
 * are in a caption cell and in the workbook's properties.
 */
export async function writeForm(form: FormLayout): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "BaoCao06";
  wb.title = `BC06-${FORM_CODES[form.template]} v${form.version}`;
  wb.subject = form.unit;
  const sheet = form.sheet;
  const ws = wb.addWorksheet(sheet.name, {
    views: sheet.freezeRows ? [{ state: "frozen", ySplit: sheet.freezeRows }] : [],
  });
  // Units print the form to sign it: printed like the report (A4 landscape, captions on every page, 11 pt).
  const plan = printPlan(sheet);
  applyPrint(ws, plan);
  ws.columns = plan.widths.map((width) => ({ width }));
  const heights = rowHeights(sheet, plan.widths);
  sheet.rows.forEach((row, r) => {
    row.forEach((c, col) => {
      if (!c) return;
      assertFinite(sheet.name, r, col, c.value);
      put(ws.getCell(r + 1, col + 1), c);
    });
    const height = heights[r];
    if (height) ws.getRow(r + 1).height = height;
  });
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const range of form.inputs) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        cell.protection = { locked: false };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL } };
      }
    }
  }
  for (const v of form.validations) {
    for (let r = v.range.top; r <= v.range.bottom; r++) {
      for (let c = v.range.left; c <= v.range.right; c++) {
        if ("whole" in v) {
          ws.getCell(r + 1, c + 1).dataValidation = {
            type: "whole",
            operator: "greaterThanOrEqual",
            allowBlank: true,
            formulae: [v.whole.min],
            showErrorMessage: true,
            errorTitle: "Giá trị không hợp lệ",
            error: `Ghi số hồ sơ là số nguyên từ ${v.whole.min} trở lên (ví dụ 1250); không phát sinh thì ghi 0.`,
          };
          continue;
        }
        ws.getCell(r + 1, c + 1).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`"${v.list.join(",")}"`],
          // A suggestion list (task status, then the unit's own words) must accept any text.
          showErrorMessage: v.strict !== false,
          errorTitle: "Giá trị không hợp lệ",
          error: `Chọn một trong: ${v.list.join(", ")}`,
          ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text } : {}),
        };
      }
    }
  }
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  const buf = await wb.xlsx.writeBuffer();
  return withNormalFont(new Uint8Array(buf as ArrayBuffer));
}
