import { type Submission, buildReport, consolidate, parseA1, sheetFromValues } from "../../../src/core";
import { compileReport } from "../../../src/core/report/compile";
import { PAYLOAD_BUDGET, ProtectedSheetError, readWorksheets, sheetFromRange, writeReportSheets } from "../../../src/io/office";
import { readXlsxSubmission } from "../../../src/io/xlsx";
import { type RowSpec, unitWorkbook } from "../../../scripts/lib/unitWorkbook";
import { seed2024Dvc25, seed2024Dvc422 } from "../../fixtures/seedTables";
import { FakeBook, installOfficeGlobals } from "./fakeExcel";

const period = { year: 2024, month: 9 };
const communeRows = seed2024Dvc25.filter((r) => [9, 10, 11, 15, 16].includes(Number.parseInt(r.no ?? "0", 10)));

async function submissions(communes: number): Promise<Submission[]> {
  const out: Submission[] = [];
  const add = async (name: string, rows: readonly RowSpec[], title?: string[]) => {
    const bytes = await unitWorkbook({ unit: name, periodText: "tháng 9/2024", layout: "official", tables: [{ title, rows }] });
    out.push(await readXlsxSubmission(`${name}.xlsx`, bytes, { period }));
  };
  await add("Công an tỉnh", seed2024Dvc25.filter((r) => [1, 2, 3, 12].includes(Number.parseInt(r.no ?? "0", 10))));
  await add("Sở Nội vụ", seed2024Dvc422, ["PHỤ LỤC II", "TÌNH HÌNH TRIỂN KHAI DỊCH VỤ CÔNG THEO QUYẾT ĐỊNH SỐ 422/QĐ-TTg"]);
  for (let i = 0; i < communes; i++) await add(`UBND xã Thọ Xuân ${i + 1}`, communeRows);
  return out;
}

beforeAll(() => installOfficeGlobals());

async function write(subs: Submission[], budget?: number) {
  const book = new FakeBook(["Công an tỉnh"]);
  const compiled = compileReport(subs, { province: "Thanh Hóa", period, deadlineDay: 10 }, 0.8);
  const result = await writeReportSheets(book.context as unknown as Excel.RequestContext, compiled.report, {
    chart: compiled.chart,
    protectedSheets: ["Công an tỉnh"],
    ...(budget ? { payloadBudget: budget } : {}),
  });
  return { book, result, compiled };
}

describe("writeReportSheets", () => {
  let few: Submission[];
  let many: Submission[];
  beforeAll(async () => {
    few = await submissions(1);
    many = await submissions(40);
  }, 60_000);

  test("the number of context.sync() calls does not grow with the number of units or rows", async () => {
    const small = await write(few);
    const large = await write(many);
    expect(large.compiled.report.sheets.reduce((n, s) => n + s.rows.length, 0)).toBeGreaterThan(
      small.compiled.report.sheets.reduce((n, s) => n + s.rows.length, 0) + 100,
    );
    expect(small.result.syncs).toBe(small.book.syncs);
    expect(large.book.syncs).toBe(small.book.syncs);
    expect(large.book.syncs).toBeLessThanOrEqual(3);
    // Every batch stays under Excel on the web's 5 MB request limit.
    for (const b of large.book.batches) expect(b).toBeLessThan(5 * 1024 * 1024);
  }, 30_000);

  test("replacing an earlier report costs one more sync, still constant", async () => {
    const { book, compiled } = await write(few);
    await writeReportSheets(book.context as unknown as Excel.RequestContext, compiled.report, { chart: compiled.chart });
    const before = book.syncs;
    await writeReportSheets(book.context as unknown as Excel.RequestContext, compiled.report, { chart: compiled.chart });
    expect(book.syncs - before).toBe(3);
    expect(book.sheets.filter((s) => s.name === "PL DVC 06")).toHaveLength(1);
  });

  test("the written cells are the report's: numbers, live ratio formulas, merges, and text that cannot turn into a formula", async () => {
    const { book, compiled } = await write(few);
    const layout = compiled.report.sheets.find((s) => s.name === "PL DVC 422");
    const ws = book.sheet("PL DVC 422");
    expect(layout).toBeDefined();
    // Sub-items are printed "- Cấp giấy giới thiệu…": written with the quote prefix, in a text-formatted column.
    const subItem = layout!.rows.findIndex((r) => typeof r[1]?.value === "string" && (r[1]?.value as string).startsWith("- "));
    expect(subItem).toBeGreaterThan(0);
    const cell = ws.cell(subItem, 1);
    expect(cell.input).toBe(`'${layout!.rows[subItem][1]!.value}`);
    expect(cell.numberFormat).toBe("@");
    // The total row: the consolidated sums as numbers, the ratio as a live formula.
    const total = layout!.rows.findIndex((r) => r[1]?.value === "Tổng cộng");
    expect(ws.cell(total, 3).input).toBe(compiled.consolidation.tables.dvc422.total.total);
    expect(ws.cell(total, 5).input).toBe(`=IF(D${total + 1}>0,E${total + 1}/D${total + 1},"")`);
    expect(ws.merges).toEqual(expect.arrayContaining(layout!.merges.map((m) => ({ ...m }))));
    // The unit's own sheet is untouched.
    expect(book.sheet("Công an tỉnh").cells.size).toBe(0);
  });

  test("a payload over the budget is split into several syncs, each under the budget", async () => {
    const budget = 40 * 1024;
    const { book } = await write(many, budget);
    expect(book.syncs).toBeGreaterThan(3);
    // The first batch is the sheet list, then the deletes; the writes are the rest.
    for (const b of book.batches) expect(b).toBeLessThan(budget * 1.5);
    expect(PAYLOAD_BUDGET).toBeLessThan(5 * 1024 * 1024);
  }, 30_000);

  test("refuses to write over a submitted sheet", async () => {
    const book = new FakeBook(["Kiểm tra"]);
    const report = buildReport(consolidate(few, period), { province: "Thanh Hóa", period });
    await expect(writeReportSheets(book.context as unknown as Excel.RequestContext, report, { protectedSheets: ["Kiểm tra"] })).rejects.toBeInstanceOf(
      ProtectedSheetError,
    );
    expect(book.syncs).toBe(0);
  });
});

describe("reading worksheets", () => {
  test("a used range that starts below A1 keeps Excel's addresses; errors and formulas survive", () => {
    const sheet = sheetFromRange("Báo cáo", {
      rowIndex: 3,
      columnIndex: 1,
      values: [
        ["Tổng", 12, "#DIV/0!"],
        ["", "229.046", 0.5],
      ],
      valueTypes: [
        ["String", "Double", "Error"],
        ["Empty", "String", "Double"],
      ],
      formulas: [
        ["Tổng", 12, "=D4/0"],
        ["", "229.046", "=0.5"],
      ],
      numberFormat: [
        ["General", "#,##0", "0.00%"],
        ["General", "@", "0%"],
      ],
    });
    const { row, col } = parseA1("C4");
    expect(sheet.rows[row]?.[col]).toEqual({ value: 12, numFmt: "#,##0" });
    expect(sheet.rows[3]?.[3]).toEqual({ value: { error: "#DIV/0!" }, numFmt: "0.00%", formula: "D4/0" });
    expect(sheet.rows[4]?.[1]).toBeUndefined();
  });

  test("many sheets are read with one sync", async () => {
    const book = new FakeBook(["A", "B", "C"]);
    const loaded: string[] = [];
    for (const s of book.sheets) {
      (s as unknown as { getUsedRangeOrNullObject: () => unknown }).getUsedRangeOrNullObject = () => ({
        load: () => loaded.push(s.name),
        isNullObject: false,
        ...sheetValues(),
      });
    }
    const sheets = await readWorksheets(book.context as unknown as Excel.RequestContext, ["A", "B", "C"]);
    expect(book.syncs).toBe(1);
    expect(loaded).toEqual(["A", "B", "C"]);
    expect(sheets.map((s) => s.rows[0]?.[0]?.value)).toEqual(["STT", "STT", "STT"]);
  });
});

function sheetValues() {
  const s = sheetFromValues("x", [["STT"]]);
  return { values: [[s.rows[0]![0]!.value]], valueTypes: [["String"]], formulas: [["STT"]], numberFormat: [["General"]], rowIndex: 0, columnIndex: 0 };
}
