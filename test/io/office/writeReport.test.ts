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
  styles,
} from "../../../src/core";
import { PAYLOAD_BUDGET, ProtectedSheetError, TEMP_PREFIX, conditionalFormula, writeReportSheets } from "../../../src/io/office";
import { readXlsxSubmission } from "../../../src/io/xlsx";
import { type RowSpec, unitWorkbook } from "../../../scripts/lib/unitWorkbook";
import { seed2024Dvc25, seed2024Dvc422 } from "../../fixtures/seedTables";
import { seed2023TaskTable } from "../../fixtures/seedTasks";
import { textWorkbook } from "../../fixtures/textTables";
import { compareVersions } from "../../support/officeApiSets";
import { ExcelDouble, HOST_MATRIX, type HostProfile, WEB_PAYLOAD_LIMIT } from "../../support/excelDouble";

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

const ctx = (d: ExcelDouble) => d.newContext() as unknown as Excel.RequestContext;

function compiled(subs: Submission[]) {
  return compileReport(subs, { province: "Thanh Hóa", period, deadlineDay: 10 }, { onlineTarget: 0.8 });
}

async function write(host: HostProfile, subs: Submission[], budget?: number, double = new ExcelDouble({ host, sheets: ["Công an tỉnh"] })) {
  double.install();
  const c = compiled(subs);
  const result = await writeReportSheets(ctx(double), c.report, {
    chart: c.chart ?? undefined,
    protectedSheets: ["Công an tỉnh"],
    ...(budget ? { payloadBudget: budget } : {}),
  });
  return { double, result, compiled: c };
}

let few: Submission[];
let many: Submission[];
beforeAll(async () => {
  few = await submissions(1);
  many = await submissions(40);
}, 60_000);

describe.each(HOST_MATRIX.map((h) => [h.label, h] as const))("writeReportSheets on %s", (_label, host) => {
  test("the number of round trips does not grow with the number of units or rows, and each stays under 5 MB", async () => {
    const small = await write(host, few);
    const large = await write(host, many);
    expect(large.compiled.report.sheets.reduce((n, s) => n + s.rows.length, 0)).toBeGreaterThan(
      small.compiled.report.sheets.reduce((n, s) => n + s.rows.length, 0) + 100,
    );
    expect(small.result.syncs).toBe(small.double.syncs);
    expect(large.double.syncs).toBe(small.double.syncs);
    expect(large.double.syncs).toBeLessThanOrEqual(3);
    for (const b of large.double.syncLog) expect(b.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(large.double.sheetNames().some((n) => n.startsWith(TEMP_PREFIX))).toBe(false);
  }, 30_000);

  test("replacing an earlier report keeps one sheet of each name, under the report's names", async () => {
    const { double, compiled: c } = await write(host, few);
    const before = double.sheetNames();
    await writeReportSheets(ctx(double), c.report, { chart: c.chart ?? undefined });
    expect(double.sheetNames().sort()).toEqual(before.sort());
    expect(double.sheetNames().filter((s) => s === "PL DVC 06")).toHaveLength(1);
  });

  test("names compare as Excel compares them: a report sheet typed in another case is replaced, not duplicated", async () => {
    const double = new ExcelDouble({ host, sheets: ["Công an tỉnh", "pl dvc 06"] });
    await write(host, few, undefined, double);
    expect(double.sheetNames().filter((n) => n.toLowerCase() === "pl dvc 06")).toEqual(["PL DVC 06"]);
  });

  test("the written cells are the report's: numbers, live ratio formulas, merges, and text that stays text", async () => {
    const { double, compiled: c } = await write(host, few);
    const layout = c.report.sheets.find((s) => s.name === "PL DVC 422")!;
    const ws = double.sheet("PL DVC 422");
    // Sub-items are printed "- Cấp giấy giới thiệu…": Excel would refuse them as formulas; they are text.
    const subItem = layout.rows.findIndex((r) => typeof r[1]?.value === "string" && (r[1]?.value as string).startsWith("- "));
    expect(subItem).toBeGreaterThan(0);
    expect(ws.at(subItem, 1).value).toBe(layout.rows[subItem][1]!.value);
    expect(ws.at(subItem, 1).numberFormat).toBe("@");
    const total = layout.rows.findIndex((r) => r[1]?.value === "Tổng cộng");
    // The total is a live SUM over the service rows; the engine's total is what it comes to.
    expect(ws.at(total, 3).formula).toBe(`=${layout.rows[total][3]!.formula}`);
    expect(ws.at(total, 3).value).toBe(c.consolidation.tables.dvc422.total.total);
    expect(ws.at(total, 5).formula).toBe(`=IF(D${total + 1}>0,E${total + 1}/D${total + 1},"")`);
    const d = c.consolidation.tables.dvc422.total;
    expect(ws.at(total, 5).value).toBeCloseTo((d.online ?? 0) / (d.total ?? 1), 10);
    expect(ws.merges).toEqual(expect.arrayContaining(layout.merges.map((m) => ({ ...m }))));
    expect(double.sheet("Công an tỉnh").state.cells.size).toBe(0);
  });

  test("the lists get filter buttons where the host has them (ExcelApi 1.9), and their links stay live HYPERLINK formulas", async () => {
    const { double, compiled: c } = await write(host, few);
    for (const name of ["Kiểm tra", "Nguồn số liệu"]) {
      const layout = c.report.sheets.find((s) => s.name === name)!;
      const filter = double.sheet(name).state.autoFilter;
      expect(filter).toEqual(compareVersions(host.excelApi, "1.9") >= 0 ? { ...layout.autoFilter } : null);
    }
    const layout = c.report.sheets.find((s) => s.name === "Nguồn số liệu")!;
    const r = layout.rows.findIndex((row) => row[0]?.formula?.startsWith("HYPERLINK"));
    expect(r).toBeGreaterThan(0);
    const ws = double.sheet("Nguồn số liệu");
    expect(ws.at(r, 0).formula).toBe(`=${layout.rows[r][0]!.formula}`);
    // The cell shows the service id, not the formula, and is not stored as text.
    expect(ws.at(r, 0).value).toBe(layout.rows[r][0]!.value);
    expect(ws.at(r, 0).numberFormat).not.toBe("@");
  });

  test("refuses to write over a submitted sheet, whatever its case, before touching the workbook", async () => {
    const double = new ExcelDouble({ host, sheets: ["Kiểm tra"] });
    double.install();
    const report = buildReport(consolidate(few, period), { province: "Thanh Hóa", period });
    await expect(writeReportSheets(ctx(double), report, { protectedSheets: ["KIỂM TRA"] })).rejects.toBeInstanceOf(ProtectedSheetError);
    expect(double.syncs).toBe(0);
  });

  test("a failure at any round trip leaves either the old report whole or the new one, and no stray sheet", async () => {
    const first = await write(host, few);
    const oldReport = first.double.sheetNames();
    const cellsOf = (d: ExcelDouble) => d.sheetNames().reduce((n, s) => n + d.sheet(s).state.cells.size, 0);
    const oldTotal = cellsOf(first.double);
    const c2 = compiled(many);
    // How many round trips a clean rewrite takes, to fail each one in turn.
    const probe = await write(host, few);
    const base = probe.double.syncs;
    await writeReportSheets(ctx(probe.double), c2.report, { chart: c2.chart ?? undefined });
    const trips = probe.double.syncs - base;
    expect(trips).toBeGreaterThan(2);
    for (let n = 1; n <= trips; n++) {
      for (const afterOps of [0, 3]) {
        const { double } = await write(host, few);
        double.failAt(n, "GeneralException", afterOps);
        const outcome = await writeReportSheets(ctx(double), c2.report, { chart: c2.chart ?? undefined }).then(
          () => "written",
          () => "failed",
        );
        const names = double.sheetNames();
        expect(names.filter((s) => s.startsWith(TEMP_PREFIX))).toEqual([]);
        expect(names.sort()).toEqual([...oldReport].sort());
        const cells = cellsOf(double);
        if (outcome === "failed") expect(cells).toBe(oldTotal);
        else expect(cells).toBeGreaterThan(oldTotal);
        // The next attempt succeeds.
        await writeReportSheets(ctx(double), c2.report, { chart: c2.chart ?? undefined });
        expect(cellsOf(double)).toBeGreaterThan(oldTotal);
        expect(double.sheetNames().filter((s) => s.startsWith(TEMP_PREFIX))).toEqual([]);
      }
    }
  }, 120_000);
});

test("a payload over the budget is split into several round trips, each under the budget (web)", async () => {
  const budget = 40 * 1024;
  const { double } = await write(HOST_MATRIX[3], many, budget);
  expect(double.syncs).toBeGreaterThan(4);
  for (const b of double.syncLog) expect(b.requestBytes).toBeLessThan(budget * 1.5);
  expect(PAYLOAD_BUDGET).toBeLessThan(WEB_PAYLOAD_LIMIT);
}, 30_000);

describe("conditional formats", () => {
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
    const double = new ExcelDouble({ host: HOST_MATRIX[0] });
    double.install();
    await writeReportSheets(ctx(double), report);
    const cfs = double.sheet("Trạng thái").state.conditionalFormats;
    expect(cfs.map((c) => [c.address, c.type, c.formula])).toEqual([
      ["G2:G41", "Custom", '=G2="Quá hạn"'],
      ["G2:G41", "Custom", '=G2="Ghi ""chú"""'],
    ]);
    expect(cfs[0].fill).toBe(`#${styles.taskOverdue.fill}`);
    expect(cfs[0].bold).toBe(true);
    expect(cfs[1].fill).toBe(`#${styles.taskDone.fill}`);
    expect(cfs[1].bold).toBeUndefined();
  });

  test("the task sheet gets one rule per on-time status, in the same number of round trips as a report without tasks", async () => {
    const tasks = await readXlsxSubmission(
      "vp.xlsx",
      await textWorkbook({ unit: "Văn phòng UBND tỉnh", periodText: "tháng 9/2024", tables: [seed2023TaskTable] }),
      { period },
    );
    const subs = await submissions(1);
    const plain = new ExcelDouble({ host: HOST_MATRIX[0] });
    const withTasks = new ExcelDouble({ host: HOST_MATRIX[0] });
    plain.install();
    await writeReportSheets(ctx(plain), compiled(subs).report);
    const c = compiled([...subs, tasks]);
    withTasks.install();
    await writeReportSheets(ctx(withTasks), c.report);
    expect(withTasks.syncs).toBe(plain.syncs);

    const layout = c.report.sheets.find((s) => s.name === TASK_SHEET_NAME)!;
    const cf = layout.conditionalFormats![0];
    const written = withTasks.sheet(TASK_SHEET_NAME).state.conditionalFormats;
    expect(written.map((w) => w.formula)).toEqual(ON_TIME_STATUSES.map((s) => conditionalFormula(cf, ON_TIME_TEXT[s])));
    expect(written.map((w) => w.fill)).toEqual(ON_TIME_STATUSES.map((s) => `#${styles[ON_TIME_STYLE[s]].fill}`));
    const overdueRow = layout.rows.findIndex((r) => r[6]?.value === ON_TIME_TEXT.overdue && r[6]?.style === "status");
    expect(overdueRow).toBeGreaterThan(0);
    expect(withTasks.sheet(TASK_SHEET_NAME).at(overdueRow, 6).value).toBe(ON_TIME_TEXT.overdue);
    expect(withTasks.sheet("PL DVC 06").state.conditionalFormats).toEqual([]);
  }, 30_000);
});
