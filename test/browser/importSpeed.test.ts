/**
 * The pane never freezes: 175 generated unit files and a 12 MB workbook are imported in the page
 * while a Long Tasks observer records the longest main-thread task. The figures (longest task,
 * import time in the page and with the CLI on the same files) are printed, never asserted; what is
 * asserted is what a clerk sees: parsing ran in workers, every file is listed, the cut is said.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { catalogues } from "../../src/core";
import { generatedRows, unitWorkbook } from "../../scripts/lib/unitWorkbook";
import { type Harness, freshPage, importDone, setPeriod, startHarness } from "./harness";

const UNITS = 175;
let h: Harness;
let unitDir = "";
const unitPaths: string[] = [];
let bigPath = "";

/** A service table followed by 220,000 rows of numbers: about 12 MB on disk, far past the row limit. */
async function bigWorkbook(path: string, rowCount: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("Báo cáo");
  ws.addRow(["UBND xã Lớn"]).commit();
  ws.addRow(["Báo cáo tháng 10/2026"]).commit();
  ws.addRow(["STT", "Tên dịch vụ công", "Tình trạng kết nối", "Tổng số hồ sơ", "Trực tuyến", "Tỷ lệ", "Đúng hạn", "Quá hạn"]).commit();
  let x = 12345;
  for (let i = 0; i < rowCount; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    ws.addRow([i + 1, `Dòng ${i + 1}`, "Đã kết nối", x % 100000, x % 77777, (x % 1000) / 1000, x % 5555, x % 13]).commit();
  }
  await ws.commit();
  await wb.commit();
}

beforeAll(async () => {
  h = await startHarness("baocao06-speed-");
  unitDir = join(h.work, "units");
  mkdirSync(unitDir);
  for (let i = 0; i < UNITS; i++) {
    const bytes = await unitWorkbook({
      unit: `UBND xã Số ${i + 1}`,
      periodText: "tháng 10/2026",
      layout: i % 2 ? "official" : "single",
      tables: [{ rows: generatedRows(i, catalogues[0].services) }, { rows: generatedRows(i, catalogues[1].services.slice(0, 5)) }],
    });
    const path = join(unitDir, `xa-${i + 1}.xlsx`);
    writeFileSync(path, bytes);
    unitPaths.push(path);
  }
  bigPath = join(h.work, "xa-lon-12mb.xlsx");
  await bigWorkbook(bigPath, 220_000);
}, 600_000);

afterAll(async () => {
  await h?.close();
});

/** Starts recording main-thread long tasks (over 50 ms) from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: "longtask" });
  });
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __long: number[] }).__long);

test("175 unit files and a 12 MB workbook are read in workers: the figures are printed", async () => {
  const page = await freshPage(h, "index.html", 350, 800);
  await setPeriod(page, "10/2026");
  await expect(page.getByTestId("panel-import").getAttribute("data-parsing")).resolves.toBe("workers");

  await watchLongTasks(page);
  const t0 = Date.now();
  await page.getByTestId("file-input").setInputFiles(unitPaths);
  await importDone(page);
  const pageMs = Date.now() - t0;
  await expect(page.getByTestId("received-item").count()).resolves.toBe(UNITS);
  const unitsLong = await longTasks(page);

  const c0 = Date.now();
  const cli = spawnSync(process.execPath, ["bin/baocao06.js", "validate", unitDir, "--period", "2026-10", "--json"], {
    cwd: join(__dirname, "..", ".."),
    maxBuffer: 256 * 1024 * 1024,
  });
  const cliMs = Date.now() - c0;
  expect(cli.status === 0 || cli.status === 1).toBe(true);

  await watchLongTasks(page);
  const b0 = Date.now();
  await page.getByTestId("file-input").setInputFiles(bigPath);
  await importDone(page);
  const bigMs = Date.now() - b0;
  const bigLong = await longTasks(page);
  // Only the first rows were read, and the pane says so.
  await expect(
    page.locator('[data-testid="received-item"][data-file="xa-lon-12mb.xlsx"] [data-testid="received-cut"]').textContent(),
  ).resolves.toMatch(/220\.00\d dòng/);

  const max = (xs: number[]) => (xs.length ? Math.round(Math.max(...xs)) : 0);
  console.log(
    [
      `import of ${UNITS} unit files in the page (2 workers): ${(pageMs / 1000).toFixed(1)} s; CLI validate on the same files: ${(cliMs / 1000).toFixed(1)} s; ratio ${(pageMs / cliMs).toFixed(1)}×`,
      `  longest main-thread task while importing them: ${max(unitsLong)} ms (${unitsLong.length} tasks over 50 ms)`,
      `12 MB workbook (${(statSync(bigPath).size / 1e6).toFixed(1)} MB, 220,000 rows): ${(bigMs / 1000).toFixed(1)} s; longest main-thread task ${max(bigLong)} ms (${bigLong.length} over 50 ms)`,
    ].join("\n"),
  );
  await page.close();
}, 600_000);
