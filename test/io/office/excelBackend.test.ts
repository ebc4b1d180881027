/**
 * The add-in's Excel paths against the strict double, on each simulated host: import (the
 * contract: a sample imported into Excel reads back as the file itself), marks, the report,
 * the registry, and failures at every round trip.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Submission, defaultRegistry, readSubmission } from "../../../src/core";
import { COMMENT_PREFIX, TEMP_PREFIX, parseAreas, submissionSheetName } from "../../../src/io/office";
import { readGrid } from "../../../src/io/xlsx";
import { defaultPaneSettings } from "../../../src/taskpane/backend/common";
import { compilePane } from "../../../src/taskpane/backend/compile";
import { ExcelBackend } from "../../../src/taskpane/backend/excelBackend";
import type { ImportOptions, InputFile } from "../../../src/taskpane/backend/types";
import { ExcelDouble, HOST_MATRIX, HOSTS, type HostProfile, type Locale } from "../../support/excelDouble";

const SAMPLES = join(__dirname, "..", "..", "..", "samples");
const sampleFiles: InputFile[] = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SAMPLES, name))) }));

const settings = { ...defaultPaneSettings(), period: { year: 2026, month: 9 } };
const options = (confirm = true): ImportOptions => ({
  settings,
  registry: defaultRegistry,
  onStage: () => undefined,
  confirmReplace: async () => confirm,
});

function setup(host: HostProfile, locale: Locale = "en-US", sheets?: string[]): ExcelDouble {
  const d = new ExcelDouble({ host, locale, ...(sheets ? { sheets } : {}) });
  d.install();
  return d;
}

/** The submission read straight from the file, with its table sheets under the names the import gives them. */
async function direct(file: InputFile): Promise<{ submission: Submission; rename: Map<string, string> } | null> {
  const r = await readGrid(file.name, file.bytes);
  if (!r.ok) return null;
  const first = readSubmission(r.grid, { period: settings.period, registry: defaultRegistry });
  const withTables = [...new Set(first.tables.map((t) => t.sheet))];
  const sources = r.grid.sheets.filter((s) => withTables.includes(s.name));
  if (sources.length === 0) sources.push(r.grid.sheets[0]);
  const rename = new Map(sources.map((s, i) => [s.name, submissionSheetName(first.unit.name, i)]));
  const sheets = sources.map((s) => ({ ...s, name: rename.get(s.name) as string }));
  return { submission: readSubmission({ fileName: file.name, sheets }, { period: settings.period, registry: defaultRegistry }), rename };
}

/** Everything a clerk sees of a submission: unit, period, every figure of every table, every finding. */
const view = (s: Submission) =>
  JSON.parse(
    JSON.stringify({
      file: s.file,
      unit: s.unit,
      period: s.period,
      tables: s.tables,
      tasks: s.taskTables,
      models: s.modelTables,
      findings: s.findings,
    }),
  );

describe.each([...HOST_MATRIX.map((h) => [h.label, h, "en-US"] as const), [`${HOSTS.m365.label}, vi-VN`, HOSTS.m365, "vi-VN"] as const])(
  "ExcelBackend on %s",
  (_label, host, locale) => {
    test("contract: every sample imported into Excel reads back as the file itself (every figure and finding)", async () => {
      const double = setup(host, locale as Locale);
      const backend = new ExcelBackend();
      const imported = await backend.importFiles(sampleFiles, options());
      const back = await backend.refresh(settings, defaultRegistry);
      let compared = 0;
      for (const file of sampleFiles) {
        const expected = await direct(file);
        const got = back.find((r) => r.receipt.file === file.name);
        if (!expected) {
          expect(got).toBeUndefined();
          expect(imported.find((r) => r?.receipt.file === file.name)?.submission.readable).toBe(false);
          continue;
        }
        expect(got).toBeDefined();
        expect(view(got!.submission)).toEqual(view(expected.submission));
        // What the import reported is what Excel holds.
        expect(view(imported.find((r) => r?.receipt.file === file.name)!.submission)).toEqual(view(expected.submission));
        compared++;
      }
      expect(compared).toBeGreaterThanOrEqual(34);
      // Text stayed text: no text cell of the samples became a number in Excel.
      const textNumbers = double
        .sheetNames()
        .flatMap((n) =>
          [...double.sheet(n).state.cells.values()].filter((c) => c.stored.kind === "text" && /^\d{1,3}(\.\d{3})+$/.test(c.stored.value)),
        );
      expect(textNumbers.length).toBeGreaterThan(20);
    }, 180_000);

    test("import: the round trips grow with the payload, not with the number of files", async () => {
      setup(host, locale as Locale);
      const one = await countImport(host, sampleFiles.slice(0, 3));
      const all = await countImport(host, sampleFiles);
      expect(one).toBeLessThanOrEqual(3);
      expect(all).toBeLessThanOrEqual(one + 1);
    }, 120_000);

    test("produce → validate → produce → validate → clear leaves no marks and no errors", async () => {
      const double = setup(host, locale as Locale);
      const backend = new ExcelBackend();
      await backend.importFiles(sampleFiles.slice(0, 8), options());
      for (let round = 0; round < 2; round++) {
        const state = await backend.load();
        const compiled = compilePane(
          state.received.map((r) => r.submission),
          state.settings,
        );
        await backend.produce(compiled.report, compiled.chart, state.received);
        const marked = await backend.markFindings(state.received);
        expect(marked).toBeGreaterThan(0);
      }
      const cleared = await backend.clearMarks();
      expect(cleared).toBeGreaterThan(0);
      const fills = double.sheetNames().flatMap((n) => [...double.sheet(n).state.formats].filter((f) => f.path === "fill.color"));
      const received = (await backend.load()).received.flatMap((r) => r.sheets);
      for (const name of received) {
        const view = double.sheet(name);
        for (const f of fills) expect(f).toBeDefined();
        for (const [key] of view.state.cells) {
          const [r, c] = key.split(",").map(Number);
          expect(view.state.formatValue(r, c, "fill.color")).toBeUndefined();
        }
      }
      expect(double.book.comments.filter((c) => c.content.startsWith(COMMENT_PREFIX))).toEqual([]);
      expect(double.sheetNames().filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
    }, 120_000);

    test("the findings list links each finding to its cell on the imported sheet, which holds what the finding says", async () => {
      const double = setup(host, locale as Locale);
      const backend = new ExcelBackend();
      await backend.importFiles(sampleFiles, options());
      const state = await backend.load();
      const compiled = compilePane(
        state.received.map((r) => r.submission),
        state.settings,
        null,
        null,
        backend.sheetsInWorkbook(state.received),
      );
      await backend.produce(compiled.report, compiled.chart, state.received);
      const layout = compiled.report.sheets.find((s) => s.name === "Kiểm tra")!;
      const ws = double.sheet("Kiểm tra");
      const linked: string[] = [];
      layout.rows.forEach((_row, r) => {
        const f = ws.at(r, 4).formula;
        if (!f) return;
        const [, sheet, cell] = /^=HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+\d+)"/.exec(f) ?? [];
        expect(double.sheetNames()).toContain(sheet.replace(/''/g, "'"));
        // The finding's own sheet and cell, and the cell shows its address.
        expect([ws.at(r, 3).value, ws.at(r, 4).value]).toEqual([sheet.replace(/''/g, "'"), cell]);
        if (ws.at(r, 8).value === "NOT_A_NUMBER") linked.push(String(double.sheet(sheet.replace(/''/g, "'")).cell(cell).value));
      });
      // The samples' "12a" in a total cell: the link lands on it.
      expect(linked).toContain("12a");
    }, 120_000);

    test("marks never wedge: a sheet re-imported, a comment deleted by hand, and marking again all work", async () => {
      const double = setup(host, locale as Locale);
      const backend = new ExcelBackend();
      await backend.importFiles(sampleFiles, options());
      let state = await backend.load();
      expect(await backend.markFindings(state.received)).toBeGreaterThan(0);
      // The clerk deletes one of our comments by hand and re-imports a unit whose cells were marked.
      double.book.comments.splice(0, 1);
      const flagged = state.received.find((r) => r.submission.findings.some((f) => f.cell))!;
      await backend.importFiles(
        sampleFiles.filter((f) => f.name === flagged.receipt.file),
        options(true),
      );
      state = await backend.load();
      expect(await backend.markFindings(state.received)).toBeGreaterThan(0);
      expect(await backend.clearMarks()).toBeGreaterThan(0);
      expect(double.book.comments.filter((c) => c.content.startsWith(COMMENT_PREFIX))).toEqual([]);
    }, 60_000);
  },
);

async function countImport(host: HostProfile, files: InputFile[]): Promise<number> {
  const double = setup(host);
  await new ExcelBackend().importFiles(files, options());
  return double.syncs;
}

test("a workbook marked in Microsoft 365 can be cleared in Excel 2019: fills restored, comments kept for later, no error", async () => {
  const double = setup(HOSTS.m365);
  const backend = new ExcelBackend();
  await backend.importFiles(sampleFiles, options());
  const state = await backend.load();
  expect(await backend.markFindings(state.received)).toBeGreaterThan(0);
  const comments = double.book.comments.length;
  expect(comments).toBeGreaterThan(0);
  // The same workbook opened in Excel 2019.
  const old = new ExcelDouble({ host: HOSTS.excel2019 });
  (old as unknown as { book: unknown }).book = double.book;
  old.install();
  expect(await backend.clearMarks()).toBeGreaterThan(0);
  expect(double.book.comments.length).toBe(comments);
  // Back in Microsoft 365 the comments go too.
  double.install();
  await backend.clearMarks();
  expect(double.book.comments.filter((c) => c.content.startsWith(COMMENT_PREFIX))).toEqual([]);
}, 60_000);

test("a comment the clerk wrote on a flagged cell stays, and marking does not fail on it", async () => {
  const double = setup(HOSTS.m365);
  const backend = new ExcelBackend();
  await backend.importFiles(sampleFiles, options());
  const state = await backend.load();
  const f = state.received.flatMap((r) => r.submission.findings).find((x) => x.sheet && x.cell)!;
  const sheet = double.book.find(f.sheet!)!;
  const { row, col } = { row: Number(/\d+/.exec(f.cell!)![0]) - 1, col: f.cell!.charCodeAt(0) - 65 };
  double.book.comments.push({ id: "{clerk}", sheet, row, col, content: "Đã gọi điện cho xã" });
  expect(await backend.markFindings(state.received)).toBeGreaterThan(0);
  await backend.clearMarks();
  expect(double.book.comments.map((c) => c.content)).toEqual(["Đã gọi điện cho xã"]);
}, 60_000);

test("saveRegistry rewrites its sheet in place: works when it is the only visible sheet and keeps the clerk's formatting", async () => {
  const double = setup(HOSTS.excel2019, "en-US", ["Đơn vị báo cáo"]);
  double
    .sheet("Đơn vị báo cáo")
    .state.formats.push({ area: { top: 0, left: 0, bottom: 0, right: 0 }, path: "fill.color", value: "#FFFF00" });
  const id = double.book.sheets[0].id;
  await new ExcelBackend().saveRegistry(defaultRegistry);
  expect(double.book.sheets[0].id).toBe(id);
  expect(double.sheet("Đơn vị báo cáo").at(0, 0).fill).toBe("#FFFF00");
  const state = await new ExcelBackend().load();
  expect(state.registry).toEqual(defaultRegistry);
});

test("failure at each round trip of an import: no orphan sheet, receipts unchanged, the next try works", async () => {
  const files = sampleFiles.slice(0, 5);
  const probe = setup(HOSTS.web);
  await new ExcelBackend().importFiles(files, options());
  const trips = probe.syncs;
  for (let n = 1; n <= trips; n++) {
    const double = setup(HOSTS.web);
    double.failAt(n, "GeneralException", 2);
    await expect(new ExcelBackend().importFiles(files, options())).rejects.toMatchObject({ code: "GeneralException" });
    expect(double.sheetNames()).toEqual(["Sheet1"]);
    expect(double.book.settings.has("baocao06.receipts")).toBe(false);
    await new ExcelBackend().importFiles(files, options());
    expect((await new ExcelBackend().refresh(settings, defaultRegistry)).length).toBe(files.length);
  }
}, 120_000);

test("cell-edit mode: Excel 2019 refuses and the error names it; Excel 2021 and later wait until the clerk leaves the cell", async () => {
  const old = setup(HOSTS.excel2019);
  old.cellEditMode = true;
  await expect(new ExcelBackend().load()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  const { officeErrorMessage } = await import("../../../src/io/office");
  await new ExcelBackend().load().catch((e) => expect(officeErrorMessage(e)).toMatch(/chế độ sửa ô.*thử lại/));
  const recent = setup(HOSTS.m365);
  recent.cellEditMode = true;
  const pending = new ExcelBackend().load();
  setTimeout(() => recent.leaveCellEdit(), 20);
  await expect(pending).resolves.toMatchObject({ received: [] });
});

describe("the double is strict where the old fake was lenient", () => {
  test('"9.857" written the old way (General cell, through formulas) becomes a number in Excel', async () => {
    for (const [locale, expected] of [
      ["en-US", 9.857],
      ["vi-VN", 9857],
    ] as const) {
      const d = setup(HOSTS.m365, locale);
      const ctx = d.newContext() as unknown as Excel.RequestContext;
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      r.formulas = [["9.857", "67%", "'9.857"]];
      await ctx.sync();
      expect(d.sheet("Sheet1").cell("A1").value).toBe(expected);
      expect(d.sheet("Sheet1").cell("B1").value).toBe(0.67);
      expect(d.sheet("Sheet1").cell("C1")).toMatchObject({ value: "9.857", quotePrefix: true });
    }
  });

  test("the text format is honoured only when set before the value; + - @ text is refused as a formula", async () => {
    const d = setup(HOSTS.m365);
    const ctx = d.newContext() as unknown as Excel.RequestContext;
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    const before = ws.getRange("A1");
    before.numberFormat = [["@"]];
    before.values = [["9.857"]];
    const after = ws.getRange("B1");
    after.values = [["9.857"]];
    after.numberFormat = [["@"]];
    await ctx.sync();
    expect(d.sheet("Sheet1").cell("A1").value).toBe("9.857");
    expect(d.sheet("Sheet1").cell("B1").value).toBe(9.857);
    ws.getRange("C1").values = [["- Khó khăn"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("properties need load and sync; the batch stops at the first failure and keeps what ran", async () => {
    const d = setup(HOSTS.excel2019);
    const ctx = d.newContext() as unknown as Excel.RequestContext;
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    r.values = [[1]];
    ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[2]];
    ctx.workbook.worksheets.add("Later");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(d.sheet("Sheet1").cell("A1").value).toBe(1);
    expect(d.sheetNames()).toEqual(["Sheet1"]);
  });

  test("sheet names: Excel's rules, case-insensitive, and the last visible sheet stays", async () => {
    const d = setup(HOSTS.excel2019);
    const ctx = d.newContext() as unknown as Excel.RequestContext;
    for (const bad of ["a/b", "'quoted'", "x".repeat(32), ""]) {
      ctx.workbook.worksheets.add(bad);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    ctx.workbook.worksheets.add("SHEET1");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    ctx.workbook.worksheets.getItem("sheet1").delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
  });

  test("a member above the host's API set fails with ApiNotFound (merged areas need ExcelApi 1.13)", async () => {
    const d = setup(HOSTS.excel2019);
    const ctx = d.newContext() as unknown as Excel.RequestContext;
    ctx.workbook.worksheets.getItem("Sheet1").getRange().getMergedAreasOrNullObject().load("address");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    ctx.workbook.comments.load("items");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("merged areas come back with quoted sheet names, which parseAreas reads even with commas inside", async () => {
    const d = setup(HOSTS.m365, "en-US", ["Báo cáo, tháng 9"]);
    const ctx = d.newContext() as unknown as Excel.RequestContext;
    const ws = ctx.workbook.worksheets.getItem("Báo cáo, tháng 9");
    ws.getRange("A1:B2").merge(false);
    ws.getRange("C3:D3").merge(false);
    const m = ws.getRange().getMergedAreasOrNullObject();
    m.load("address");
    await ctx.sync();
    expect(m.address).toBe("'Báo cáo, tháng 9'!A1:B2,'Báo cáo, tháng 9'!C3:D3");
    expect(parseAreas(m.address)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 3 },
    ]);
    expect(parseAreas("'It''s, here'!$A$1:$B$2, Sheet1!C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });

  test("Excel on the web refuses a request over 5 MB", async () => {
    const d = setup(HOSTS.web);
    const ctx = d.newContext() as unknown as Excel.RequestContext;
    const rows = Array.from({ length: 5000 }, () => Array.from({ length: 60 }, () => "Cấp đổi thẻ căn cước"));
    ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 5000, 60).values = rows;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

test("Excel for Mac, where the pane cannot download, opens each unit's form as a new workbook; other hosts download", async () => {
  const { formFiles } = await import("../../../src/taskpane/backend/forms");
  for (const host of HOST_MATRIX) {
    setup(host);
    expect(new ExcelBackend().openWorkbook).toBeUndefined();
  }
  const mac = setup(HOSTS.mac);
  const backend = new ExcelBackend();
  expect(backend.openWorkbook).toBeDefined();
  const [form] = await formFiles([defaultRegistry.units[0].name], "dvc25", { year: 2026, month: 9 }, defaultRegistry);
  await backend.openWorkbook?.(form.bytes);
  expect(mac.openedWorkbooks).toHaveLength(1);
  expect(mac.openedWorkbooks[0]).toEqual(form.bytes);
  const read = await readGrid(form.fileName, mac.openedWorkbooks[0]);
  expect(read.ok).toBe(true);
});

test("a unit sheet of 5,000 rows × 60 columns of text (about 7 MB to send) is imported on Excel on the web in requests under 5 MB", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Báo cáo");
  ws.addRow(["Công an tỉnh"]);
  ws.addRow(["Báo cáo tháng 9/2026"]);
  ws.addRow(["STT", "Tên dịch vụ công", "Tình trạng kết nối", "Tổng số hồ sơ", "Trực tuyến", "Tỷ lệ", "Đúng hạn", "Quá hạn"]);
  for (let r = 0; r < 4997; r++) ws.addRow(Array.from({ length: 60 }, (_, c) => `Căn cước ${r}-${c}`));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const double = setup(HOSTS.web);
  const [received] = await new ExcelBackend().importFiles([{ name: "lon.xlsx", bytes }], options());
  expect(received?.submission.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(received?.sheets).toHaveLength(1);
  expect(double.syncLog.every((s) => !s.failed)).toBe(true);
  expect(Math.max(...double.syncLog.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
  const copied = double.sheet(received?.sheets[0] ?? "");
  expect(copied.cell("BH5000").value).toBe("Căn cước 4996-59");
}, 120_000);
