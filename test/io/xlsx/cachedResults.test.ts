import ExcelJS from "exceljs";
import { readGrid } from "../../../src/io/xlsx";

/** A formula's cached result is what Excel shows: 0, "" and FALSE included (exceljs drops them from `cell.value`). */
test("formulas whose cached result is 0, an empty text or FALSE keep that value and their formula", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = 0;
  ws.getCell("B1").value = 0;
  ws.getCell("C1").value = { formula: "A1+B1", result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell("D1").value = { formula: "A1+B1", result: 5 } as ExcelJS.CellFormulaValue;
  ws.getCell("E1").value = { formula: 'IF(A1>0,B1/A1,"")', result: "" } as ExcelJS.CellFormulaValue;
  ws.getCell("F1").value = { formula: "A1>0", result: false } as ExcelJS.CellFormulaValue;
  const g = await readGrid("x.xlsx", new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  if (!g.ok) throw new Error(g.reason);
  const row = g.grid.sheets[0].rows[0]!;
  expect(row[2]).toEqual({ value: 0, formula: "A1+B1" });
  expect(row[3]).toEqual({ value: 5, formula: "A1+B1" });
  expect(row[5]).toEqual({ value: false, formula: "A1>0" });
});
