/**
 * The standalone page in a real headless Chromium (Debian's), no network:
 * set the period, drop unit workbooks, read the findings, download the
 * consolidated workbook and check its numbers. Also the bundle budget, since
 * both need the production build.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import {
  type Period,
  buildReport,
  consolidate,
  defaultRegistry,
  drawTargetChart,
  parseVietnameseNumber,
  previousFigures,
  targetVerdict,
} from "../../src/core";
import { readXlsxSubmission, writeReport } from "../../src/io/xlsx";
import { webBuild } from "../support/webBuild";
import { compilePane } from "../../src/taskpane/backend/compile";
import { type RowSpec, unitWorkbook } from "../../scripts/lib/unitWorkbook";
import { seed2024Dvc25 } from "../fixtures/seedTables";
import { type Harness, dropFile, freshPage, importDone, startHarness } from "./harness";

let h: Harness;
let work = "";
let out = "";
/** Rows 1–8, 12–14, 20 go to the police; 9–11, 15, 16, 22 to the justice department (DOMAIN.md §2.1). */
const pick = (nums: number[]): RowSpec[] => seed2024Dvc25.filter((r) => nums.includes(Number.parseInt(r.no ?? "0", 10)));
const police = pick([1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 14, 20]);
const justice = pick([9, 10, 11, 15, 16, 22]);
const files: Record<string, Uint8Array> = {};
const files2026: Record<string, Uint8Array> = {};

function sum(rows: readonly RowSpec[], key: "total" | "online"): number {
  return rows.reduce((s, r) => s + (typeof r[key] === "string" ? (parseVietnameseNumber(r[key] as string) ?? 0) : 0), 0);
}

beforeAll(async () => {
  webBuild()
    .log.split("\n")
    .filter((l) => /Bundle sizes|initial JS|lazy chunks/.test(l))
    .forEach((l) => console.log(l));
  files["cong-an-tinh-09-2024.xlsx"] = await unitWorkbook({
    unit: "Công an tỉnh",
    periodText: "tháng 9/2024",
    layout: "single",
    tables: [{ rows: police }],
  });
  files["so-tu-phap-09-2024.xlsx"] = await unitWorkbook({
    unit: "Sở Tư pháp",
    periodText: "tháng 9/2024",
    layout: "official",
    tables: [{ title: ["PHỤ LỤC I"], rows: justice }],
  });
  h = await startHarness("baocao06-page-");
  work = h.work;
  out = h.out;
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(work, name), bytes);
  // September 2026 (a year the plan has targets for), and August's consolidated workbook made by the engine in Node.
  files2026["cong-an-tinh-09-2026.xlsx"] = await unitWorkbook({
    unit: "Công an tỉnh",
    periodText: "tháng 9/2026",
    layout: "single",
    tables: [{ rows: police }],
  });
  files2026["so-tu-phap-09-2026.xlsx"] = await unitWorkbook({
    unit: "Sở Tư pháp",
    periodText: "tháng 9/2026",
    layout: "official",
    tables: [{ title: ["PHỤ LỤC I"], rows: justice }],
  });
  const aug: Period = { year: 2026, month: 8 };
  const augPolice = await unitWorkbook({ unit: "Công an tỉnh", periodText: "tháng 8/2026", layout: "single", tables: [{ rows: police }] });
  const augC = consolidate([await readXlsxSubmission("cong-an-tinh-08-2026.xlsx", augPolice, { period: aug })], aug);
  files2026["Tong-hop-De-an-06-2026-08.xlsx"] = await writeReport(buildReport(augC, { province: "Thanh Hóa", period: aug }));
  for (const [name, bytes] of Object.entries(files2026)) writeFileSync(join(work, name), bytes);
}, 180_000);

afterAll(async () => {
  await h?.close();
});

/** Opens every collapsed unit, so all findings are in the page. */
async function expandAll(page: Page): Promise<void> {
  const closed = page.locator('[data-testid="unit-findings"] button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

test("the task pane outside Office runs in browser mode, checks dropped files and downloads the consolidated workbook", async () => {
  const page = await freshPage(h, "taskpane.html");
  expect(await page.getByTestId("mode").textContent()).toBe("Chế độ trình duyệt (không cần Excel)");
  expect(h.outside.some((u) => u.includes("appsforoffice.microsoft.com"))).toBe(true);

  // The period the clerk compiles.
  await page.getByRole("tab", { name: "Cài đặt" }).click();
  await page.getByTestId("period").fill("2024-09");
  await page.getByTestId("save-settings").click();
  await page.getByText("Đã lưu.").waitFor();

  await page.getByRole("tab", { name: "Nhận báo cáo" }).click();
  await page.getByTestId("file-input").setInputFiles(join(work, "cong-an-tinh-09-2024.xlsx"));
  await page.getByText("Đã xử lý 1/1 tệp").waitFor();
  await dropFile(page, "so-tu-phap-09-2024.xlsx", files["so-tu-phap-09-2024.xlsx"]);
  await page.locator('[data-testid="received-item"][data-file="so-tu-phap-09-2024.xlsx"]').waitFor();

  // Findings: the same as the engine finds in Node, per unit, with their cells.
  await page.getByRole("tab", { name: "Kiểm tra" }).click();
  const units = page.getByTestId("unit-findings");
  await expect(units.count()).resolves.toBe(2);
  await expandAll(page);
  const shown = await page
    .getByTestId("finding")
    .evaluateAll((rows) => rows.map((r) => `${r.getAttribute("data-code")}@${r.getAttribute("data-cell")}`));
  const expected: string[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    const s = await readXlsxSubmission(name, bytes, { period: { year: 2024, month: 9 } });
    expected.push(...s.findings.map((f) => `${f.code}@${f.cell ?? ""}`));
  }
  expect(shown.sort()).toEqual(expected.sort());
  // The seed's real mistakes: printed ratios of services 10, 11 and 22 that do not match their numbers.
  expect(shown.filter((s) => s.startsWith("RATIO_MISMATCH"))).toHaveLength(3);
  expect(shown.filter((s) => s.startsWith("PERIOD_MISMATCH"))).toEqual([]);
  const justiceText = await units.filter({ hasText: "Sở Tư pháp" }).textContent();
  expect(justiceText).toContain("so-tu-phap-09-2024.xlsx");

  // Consolidate and download.
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("merge").click()]);
  expect(download.suggestedFilename()).toBe("Tong-hop-De-an-06-2024-09.xlsx");
  const saved = join(work, "tong-hop.xlsx");
  await download.saveAs(saved);
  await page.getByTestId("summary").waitFor();

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("PL DVC 06");
  expect(ws).toBeDefined();
  let totalRow: ExcelJS.Row | undefined;
  ws?.eachRow((row) => {
    if (row.getCell(2).value === "Tổng cộng") totalRow = row;
  });
  expect(totalRow).toBeDefined();
  const all = [...police, ...justice];
  // The total row is a live SUM; its cached result is the consolidated sum.
  const cached = (c: ExcelJS.Cell | undefined) => (c?.value as ExcelJS.CellFormulaValue | undefined)?.result;
  expect((totalRow?.getCell(4).value as ExcelJS.CellFormulaValue).formula).toMatch(/^SUM\(/);
  expect(cached(totalRow?.getCell(4))).toBe(sum(all, "total"));
  expect(cached(totalRow?.getCell(5))).toBe(sum(all, "online"));
  expect(wb.getWorksheet("Kiểm tra")).toBeDefined();
  // The 2026–2030 plan has no target for 2024: no chart against a target, and the summary says why.
  expect(wb.getWorksheet("Biểu đồ tỷ lệ")).toBeUndefined();
  await page.getByText("Chưa có chỉ tiêu tỷ lệ trực tuyến cho năm 2024").waitFor();
  // The summary in the page shows the same total.
  const totalText = await page.locator('[data-testid="summary-total"][data-catalogue="dvc25"]').textContent();
  expect(totalText).toContain(sum(all, "total").toLocaleString("vi-VN"));
  await page.close();
}, 120_000);

test("a unit's two reports for the period: the newer is summed until the clerk picks the older, then the older is", async () => {
  // The unit sent its report, then a corrected one without service 20: same unit, same period, different figures.
  const older = { name: "cong-an-tinh-lan-1.xlsx", rows: police, date: Date.parse("2024-10-03T08:00:00Z") };
  const newer = { name: "cong-an-tinh-lan-2.xlsx", rows: police.slice(0, -1), date: Date.parse("2024-10-05T08:00:00Z") };
  expect(sum(older.rows, "total")).not.toBe(sum(newer.rows, "total"));
  const page = await freshPage(h, "index.html");
  await page.getByRole("tab", { name: "Cài đặt" }).click();
  await page.getByTestId("period").fill("2024-09");
  await page.getByTestId("save-settings").click();
  await page.getByText("Đã lưu.").waitFor();
  await page.getByRole("tab", { name: "Nhận báo cáo" }).click();
  for (const f of [older, newer]) {
    const bytes = await unitWorkbook({ unit: "Công an tỉnh", periodText: "tháng 9/2024", layout: "single", tables: [{ rows: f.rows }] });
    await dropFile(page, f.name, bytes, f.date);
    await page.locator(`[data-testid="received-item"][data-file="${f.name}"]`).waitFor();
  }

  /** The file the finding is on (the one left out) and the file its button would sum. */
  const duplicate = async () => {
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await expandAll(page);
    const findings = page.locator('[data-testid="finding"][data-code="DUPLICATE_SUBMISSION"]');
    await expect(findings.count()).resolves.toBe(1);
    return findings.getByTestId("pick-file").getAttribute("data-file");
  };
  /** Merges, and returns the dvc25 total of the summary and of the downloaded workbook, and how the file was chosen. */
  const merged = async (saveAs: string) => {
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("merge").click()]);
    await download.saveAs(join(work, saveAs));
    await page.getByTestId("summary").waitFor();
    const summary = (await page.locator('[data-testid="summary-total"][data-catalogue="dvc25"]').textContent()) ?? "";
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(work, saveAs)) as unknown as ExcelJS.Buffer);
    let total: unknown;
    wb.getWorksheet("PL DVC 06")?.eachRow((row) => {
      if (row.getCell(2).value === "Tổng cộng") total = (row.getCell(4).value as ExcelJS.CellFormulaValue).result;
    });
    const how: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => void (/^(Tệp mới hơn|Người tổng hợp chọn)$/.test(String(c.value)) && how.push(String(c.value)))),
      ),
    );
    return { summary, total, how };
  };

  // By default the newer file is summed; the finding is on the older, whose button picks it.
  await expect(duplicate()).resolves.toBe(older.name);
  const byDate = await merged("tong-hop-moi-hon.xlsx");
  expect(byDate.summary).toContain(sum(newer.rows, "total").toLocaleString("vi-VN"));
  expect(byDate.total).toBe(sum(newer.rows, "total"));
  expect(byDate.how).toEqual(["Tệp mới hơn"]);

  // The clerk picks the older file: the finding moves to the newer one, and the figures follow the pick.
  await page.getByRole("tab", { name: "Kiểm tra" }).click();
  await expandAll(page);
  await page.locator(`[data-testid="pick-file"][data-file="${older.name}"]`).click();
  await page.getByText(`Đã chọn tổng hợp tệp ${older.name}.`).waitFor();
  await expect(duplicate()).resolves.toBe(newer.name);
  const byClerk = await merged("tong-hop-da-chon.xlsx");
  expect(byClerk.summary).toContain(sum(older.rows, "total").toLocaleString("vi-VN"));
  expect(byClerk.total).toBe(sum(older.rows, "total"));
  expect(byClerk.how).toEqual(["Người tổng hợp chọn"]);
  await page.close();
}, 120_000);

test("the standalone page never asks for office.js and lists unit statuses", async () => {
  const before = h.outside.length;
  const page = await freshPage(h, "index.html");
  expect(await page.getByTestId("mode").textContent()).toBe("Chế độ trình duyệt (không cần Excel)");
  await page.getByTestId("file-input").setInputFiles(join(work, "cong-an-tinh-09-2024.xlsx"));
  await importDone(page);
  await page.getByRole("tab", { name: "Đơn vị" }).click();
  const police = page.locator('[data-testid="unit-row"][data-unit="Công an tỉnh"]');
  await expect(police.getByTestId("unit-status").getAttribute("data-status")).resolves.toMatch(/^(on_time|late|has_errors)$/);
  const missing = page.locator('[data-testid="unit-row"][data-unit="Sở Y tế"]');
  await expect(missing.getByTestId("unit-status").getAttribute("data-status")).resolves.toBe("missing");
  expect(h.outside.slice(before)).toEqual([]);
  await page.close();
}, 60_000);

test("the page compares with the year's target and last month, and makes every unit's form in one zip", async () => {
  const sep: Period = { year: 2026, month: 9 };
  const page = await freshPage(h, "index.html");
  await page.getByRole("tab", { name: "Cài đặt" }).click();
  await page.getByTestId("period").fill("2026-09");
  await page.getByTestId("save-settings").click();
  await page.getByText("Đã lưu.").waitFor();

  await page.getByRole("tab", { name: "Nhận báo cáo" }).click();
  await page.getByTestId("file-input").setInputFiles(["cong-an-tinh-09-2026.xlsx", "so-tu-phap-09-2026.xlsx"].map((f) => join(work, f)));
  await importDone(page);

  // What the engine says in Node for the same files.
  const subs = await Promise.all(
    ["cong-an-tinh-09-2026.xlsx", "so-tu-phap-09-2026.xlsx"].map((f) => readXlsxSubmission(f, files2026[f], { period: sep })),
  );
  const prevSub = await readXlsxSubmission("Tong-hop-De-an-06-2026-08.xlsx", files2026["Tong-hop-De-an-06-2026-08.xlsx"]);
  const expected = compilePane(subs, { province: "Thanh Hóa", period: sep, deadlineDay: 10 }, previousFigures(prevSub));
  const change = expected.changes!.rows.find((r) => r.catalogue === "dvc25" && r.id === "total")!.changes.total;
  expect(change.text).toBe(`tăng ${sum(justice, "total").toLocaleString("vi-VN")} so với tháng 8`);

  // (b) Last month's consolidated workbook, then merge.
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  await page.getByTestId("previous-input").setInputFiles(join(work, "Tong-hop-De-an-06-2026-08.xlsx"));
  await expect(page.getByTestId("previous-chosen").textContent()).resolves.toContain("tháng 8/2026");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("merge").click()]);
  expect(download.suggestedFilename()).toBe("Tong-hop-De-an-06-2026-09.xlsx");
  await page.getByTestId("summary").waitFor();

  // (a) The online ratio against the year's target (80% in 2026), first.
  const first = page.getByTestId("target-row").first();
  await expect(first.getAttribute("data-indicator")).resolves.toBe("I.5");
  const firstText = (await first.textContent()) ?? "";
  expect(firstText).toContain("80%");
  expect(firstText).toContain(targetVerdict(expected.targets[0]));
  expect(await page.getByTestId("target-row").count()).toBe(expected.targets.length);
  const changeLine = await page.locator('[data-testid="change"][data-catalogue="dvc25"]').textContent();
  expect(changeLine).toContain(change.text!);

  const saved = join(work, "tong-hop-2026-09.xlsx");
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
  expect(wb.getWorksheet("Biến động")).toBeDefined();
  // The chart the summary promises is in the file: a picture over its data sheet, one bar per service.
  const chartSheet = wb.getWorksheet("Biểu đồ tỷ lệ");
  expect(chartSheet?.getImages()).toHaveLength(1);
  const media = Object.entries(unzipSync(new Uint8Array(readFileSync(saved)))).filter(([n]) => /^xl\/media\/.+\.png$/.test(n));
  expect(media).toHaveLength(1);
  const png = media[0][1];
  if (process.env.BAOCAO06_CHART) writeFileSync(process.env.BAOCAO06_CHART, png);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  const pngWidth = new DataView(png.buffer, png.byteOffset).getUint32(16);
  const pngHeight = new DataView(png.buffer, png.byteOffset).getUint32(20);
  const drawing = drawTargetChart(expected.chart!);
  expect([pngWidth, pngHeight]).toEqual([drawing.width * 2, drawing.height * 2]);
  expect(drawing.shapes.filter((sh) => sh.kind === "rect")).toHaveLength(1 + expected.chart!.data.bottom - expected.chart!.data.top);

  // (c) Forms for every unit of the list, one zip.
  await page.getByRole("tab", { name: "Đơn vị" }).click();
  const [zipDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tạo mẫu báo cáo cho các đơn vị" }).click(),
  ]);
  expect(zipDownload.suggestedFilename()).toBe("Mau-bao-cao-dvc25-2026-09.zip");
  const zipPath = join(work, "mau.zip");
  await zipDownload.saveAs(zipPath);
  const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
  expect(Object.keys(entries)).toHaveLength(defaultRegistry.units.length);
  const justiceForm = Object.keys(entries).find((n) => n.endsWith("-so-tu-phap.xlsx"));
  expect(justiceForm).toBeDefined();
  const form = await readXlsxSubmission(justiceForm!, entries[justiceForm!], { period: sep });
  // Read back as made, the form is blank: that is its only error.
  expect(form.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(["FORM_BLANK"]);
  expect(form.unit.name).toBe("Sở Tư pháp");
  const ids = form.tables.flatMap((t) => t.rows.map((r) => r.service?.id));
  const own = defaultRegistry.units.find((u) => u.name === "Sở Tư pháp")!.services.filter((id) => id.startsWith("dvc25-"));
  expect(own.length).toBeGreaterThan(0);
  for (const id of own) expect(ids).toContain(id);
  await page.getByTestId("forms-done").waitFor();
  await page.close();
}, 120_000);

test("the pane's initial JavaScript stays within 300 KB gzip and the xlsx reader is a lazy chunk", () => {
  const sizes = JSON.parse(readFileSync(join(out, "bundle-sizes.json"), "utf8")) as {
    budgetGzip: number;
    entries: Record<string, { raw: number; gzip: number }>;
    lazyRaw: number;
  };
  console.log(
    `taskpane initial JS: ${(sizes.entries.taskpane.gzip / 1024).toFixed(1)} KB gzip; lazy: ${(sizes.lazyRaw / 1024).toFixed(0)} KB`,
  );
  expect(sizes.entries.taskpane.gzip).toBeLessThanOrEqual(300 * 1024);
  // exceljs alone is ~900 KB minified: if it were in the initial bundle the lazy part would be tiny.
  expect(sizes.lazyRaw).toBeGreaterThan(500 * 1024);
  const html = readFileSync(join(out, "index.html"), "utf8");
  expect(html).not.toContain("office.js");
  expect(readFileSync(join(out, "taskpane.html"), "utf8")).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
});
