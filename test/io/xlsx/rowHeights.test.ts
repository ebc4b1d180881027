import ExcelJS from "exceljs";
import { writeReport } from "../../../src/io/xlsx";
import { wrappedLines } from "../../../src/io/xlsx/sheetPrint";

describe("row heights of wrapped text", () => {
  test("a file name breaks after its hyphens, as Excel and LibreOffice break it, not only where it overflows", () => {
    // "ubnd-xa-" / "hoang-" / "hoa.xlsx" in a column ten digits wide: three lines, not two.
    expect(wrappedLines("ubnd-xa-hoang-hoa.xlsx", 9.7)).toBe(3);
    expect(wrappedLines("ubnd-xa-hoang-hoa.xlsx", 30)).toBe(1);
    // Words without hyphens wrap as before.
    expect(wrappedLines("UBND xã Hoằng Hóa", 9.7)).toBe(2);
  });

  test("the written row is tall enough for the file name's three lines", async () => {
    const bytes = await writeReport({
      sheets: [{ name: "x", rows: [[{ value: "ubnd-xa-hoang-hoa.xlsx", style: "text" }]], merges: [], widths: [10.5] }],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("x")!.getRow(1).height).toBeGreaterThanOrEqual(3 * 11 * 1.2);
  });
});
