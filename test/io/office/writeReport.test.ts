import {
  ON_TIME_STATUSES,
  ON_TIME_STYLE,
  ON_TIME_TEXT,
  type ReportWorkbook,
  type Submission,
  TASK_SHEET_NAME,
  buildReport,
  compileReport,
  consolidate,
  parseA1,
  sheetFromValues,
  styles,
} from "../../../src/core";
import {
  PAYLOAD_BUDGET,
  ProtectedSheetError,
  conditionalFormula,
  readWorksheets,
  sheetFromRange,
  writeReportSheets,
} from "../../../src/io/office";
import { readXlsxSubmission } from "../../../src/io/xlsx";
import { type RowSpec, unitWorkbook } from "../../../scripts/lib/unitWorkbook";
import { seed2024Dvc25, seed2024Dvc422 } from "../../fixtures/seedTables";
import { seed2023TaskTable } from "../../fixtures/seedTasks";
import { textWorkbook } from "../../fixtures/textTables";
import { FakeBook, installOfficeGlobals } from "./fakeExcel";

const period = { year: 2024, month: 9 };
const communeRows = seed2024Dvc25.filter((r) => [9, 10, 11, 15, 16].includes(Number.parseInt(r.no ?? "0", 10)));

async function submissions(communes: number): Promise<Submission[]> {
  const out: Submission[] = [];
  const add = async (name: string, rows: readonly RowSpec[], title?: string[]) => {
    const bytes = await unitWorkbook({ unit: name, periodText: "tháng 9/2024", layout: "official", tables: [{ title, rows }] });
    out.push(await readXlsxSubmission(`${name}.xlsx`, bytes, { period }));
  };
  await add(
    "Công an tỉnh",
    seed2024Dvc25.filter((r) => [1, 2, 3, 12].includes(Number.parseInt(r.no ?? "0", 10))),
  );
  await add("Sở Nội vụ", seed2024Dvc422, ["PHỤ LỤC II", "TÌNH HÌNH TRIỂN KHAI DỊCH VỤ CÔNG THEO QUYẾT ĐỊNH SỐ 422/QĐ-TTg"]);
  for (let i = 0; i < communes; i++) await add(`UBND xã Thọ Xuân ${i + 1}`, communeRows);
  return out;
}

beforeAll(() => installOfficeGlobals());

async function write(subs: Submission[], budget?: number) {
  const book = new FakeBook(["Công an tỉnh"]);
  const compiled = compileReport(subs, { province: "Thanh Hóa", period, deadlineDay: 10 }, { onlineTarget: 0.8 });
  const result = await writeReportSheets(book.context as unknown as Excel.RequestContext, compiled.report, {
    chart: compiled.chart ?? undefined,
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
    await writeReportSheets(book.context as unknown as Excel.RequestContext, compiled.report, { chart: compiled.chart ?? undefined });
    const before = book.syncs;
    await writeReportSheets(book.context as unknown as Excel.RequestContext, compiled.report, { chart: compiled.chart ?? undefined });
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
    // The total is a live SUM over the service rows (its cached value is the engine's total).
    expect(ws.cell(total, 3).input).toBe(`=${layout!.rows[total][3]!.formula}`);
    expect(layout!.rows[total][3]!.value).toBe(compiled.consolidation.tables.dvc422.total.total);
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
    await expect(
      writeReportSheets(book.context as unknown as Excel.RequestContext, report, { protectedSheets: ["Kiểm tra"] }),
    ).rejects.toBeInstanceOf(ProtectedSheetError);
    expect(book.syncs).toBe(0);
  });
});

describe("conditional formats", () => {
  const ctx = (book: FakeBook) => book.context as unknown as Excel.RequestContext;

  test("each rule becomes a custom conditional format on its range, relative to the top-left cell, with the style's fill and font", async () => {
    const report: ReportWorkbook = {
      sheets: [
        {
          name: "Trạng thái",
          rows: [
            [{ value: "Tình trạng", style: "header" }],
            [{ value: "Quá hạn", style: "status" }],
            [{ value: 'Ghi "chú"', style: "status" }],
          ],
          merges: [],
          widths: [20],
          conditionalFormats: [
            {
              range: { top: 1, left: 6, bottom: 40, right: 6 },
              rules: [
                { equals: "Quá hạn", style: "taskOverdue" },
                { equals: 'Ghi "chú"', style: "taskDone" },
              ],
            },
          ],
        },
      ],
    };
    const book = new FakeBook();
    await writeReportSheets(ctx(book), report);
    const cfs = book.sheet("Trạng thái").conditionalFormats;
    expect(cfs.map((c) => [c.address, c.type, c.custom.rule.formula])).toEqual([
      ["G2:G41", "Custom", '=G2="Quá hạn"'],
      ["G2:G41", "Custom", '=G2="Ghi ""chú"""'],
    ]);
    expect(cfs[0].custom.format.fill.color).toBe(`#${styles.taskOverdue.fill}`);
    expect(cfs[0].custom.format.font.bold).toBe(true);
    expect(cfs[1].custom.format.fill.color).toBe(`#${styles.taskDone.fill}`);
    expect(cfs[1].custom.format.font.bold).toBeUndefined();
  });

  test("the task sheet gets one rule per on-time status, in the same number of syncs as a report without tasks", async () => {
    const tasks = await readXlsxSubmission(
      "vp.xlsx",
      await textWorkbook({ unit: "Văn phòng UBND tỉnh", periodText: "tháng 9/2024", tables: [seed2023TaskTable] }),
      { period },
    );
    const subs = await submissions(1);
    const plain = new FakeBook();
    const withTasks = new FakeBook();
    const settings = { province: "Thanh Hóa", period, deadlineDay: 10 };
    await writeReportSheets(ctx(plain), compileReport(subs, settings, { onlineTarget: 0.8 }).report);
    const compiled = compileReport([...subs, tasks], settings, { onlineTarget: 0.8 });
    await writeReportSheets(ctx(withTasks), compiled.report);
    expect(withTasks.syncs).toBe(plain.syncs);

    const layout = compiled.report.sheets.find((s) => s.name === TASK_SHEET_NAME);
    expect(layout?.conditionalFormats?.length).toBeGreaterThan(0);
    const cf = layout!.conditionalFormats![0];
    const written = withTasks.sheet(TASK_SHEET_NAME).conditionalFormats;
    expect(written.map((c) => c.custom.rule.formula)).toEqual(ON_TIME_STATUSES.map((s) => conditionalFormula(cf, ON_TIME_TEXT[s])));
    expect(written.map((c) => c.custom.format.fill.color)).toEqual(ON_TIME_STATUSES.map((s) => `#${styles[ON_TIME_STYLE[s]].fill}`));
    // The status column's own cells: the live rule and the written value agree.
    const overdueRow = layout!.rows.findIndex((r) => r[6]?.value === ON_TIME_TEXT.overdue && r[6]?.style === "status");
    expect(overdueRow).toBeGreaterThan(0);
    expect(withTasks.sheet(TASK_SHEET_NAME).cell(overdueRow, 6).input).toBe(ON_TIME_TEXT.overdue);
    // Sheets without rules get none.
    expect(withTasks.sheet("PL DVC 06").conditionalFormats).toEqual([]);
  }, 30_000);
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
  return {
    values: [[s.rows[0]![0]!.value]],
    valueTypes: [["String"]],
    formulas: [["STT"]],
    numberFormat: [["General"]],
    rowIndex: 0,
    columnIndex: 0,
  };
}
