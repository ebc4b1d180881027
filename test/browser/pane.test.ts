/**
 * The pane as a clerk uses it at the widths Excel gives it (350 px on the web, 270 px on the Mac)
 * and on a desktop browser: the whole flow by keyboard and pointer, with no sideways scrolling.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { consolidate, formatNumber } from "../../src/core";
import { readXlsxSubmission } from "../../src/io/xlsx";
import { type RowSpec, unitWorkbook } from "../../scripts/lib/unitWorkbook";
import { seed2024Dvc25 } from "../fixtures/seedTables";
import { type Harness, freshPage, importDone, layoutProblems, setPeriod, startHarness } from "./harness";

const pick = (nums: number[]): RowSpec[] => seed2024Dvc25.filter((r) => nums.includes(Number.parseInt(r.no ?? "0", 10)));
let h: Harness;
const paths: Record<string, string> = {};
const bytes: Record<string, Uint8Array> = {};

beforeAll(async () => {
  h = await startHarness("baocao06-pane-");
  bytes["cong-an-tinh-09-2024.xlsx"] = await unitWorkbook({
    unit: "Công an tỉnh",
    periodText: "tháng 9/2024",
    layout: "single",
    tables: [{ rows: pick([1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 14, 20]) }],
  });
  bytes["so-tu-phap-09-2024.xlsx"] = await unitWorkbook({
    unit: "Sở Tư pháp",
    periodText: "tháng 9/2024",
    layout: "official",
    tables: [{ title: ["PHỤ LỤC I"], rows: pick([9, 10, 11, 15, 16, 22]) }],
  });
  // A file that says .xlsx but is not one, and a legacy .xls.
  bytes["hong.xlsx"] = new Uint8Array([80, 75, 3, 4, 20, 0, 0, 0, 1, 2, 3, 4]);
  bytes["so-y-te.xls"] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (const [name, b] of Object.entries(bytes)) writeFileSync((paths[name] = join(h.work, name)), b);
}, 180_000);

afterAll(async () => {
  await h?.close();
});

async function expectFits(page: Page, where: string): Promise<void> {
  expect({ where, problems: await layoutProblems(page) }).toEqual({ where, problems: [] });
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid") ?? null);

async function flow(width: number): Promise<void> {
  const page = await freshPage(h, "index.html", width, 800);
  await expectFits(page, `${width}px start`);

  // The period in the header, written the way a clerk writes it.
  await setPeriod(page, "T9/2024");
  await expect(page.getByTestId("header-period").inputValue()).resolves.toBe("tháng 9/2024");

  await page
    .getByTestId("file-input")
    .setInputFiles([paths["cong-an-tinh-09-2024.xlsx"], paths["so-tu-phap-09-2024.xlsx"], paths["hong.xlsx"], paths["so-y-te.xls"]]);
  await importDone(page);
  // Focus lands on the result of the import.
  await expect(focusedTestId(page)).resolves.toBe("import-result");
  // The .xls gets a message with what to do; the broken file ends red with its reason.
  const xls = page.locator('[data-testid="import-item"][data-file="so-y-te.xls"]');
  await expect(xls.getAttribute("data-stage")).resolves.toBe("rejected");
  await expect(xls.textContent()).resolves.toContain(".xlsx");
  const broken = page.locator('[data-testid="received-item"][data-file="hong.xlsx"]');
  await expect(broken.getAttribute("data-status")).resolves.toBe("unreadable");
  expect((await broken.getByTestId("received-reason").textContent())?.length).toBeGreaterThan(10);
  await expect(page.getByTestId("received-item").first().getAttribute("data-file")).resolves.toBe("hong.xlsx");
  const total = (await page.getByTestId("total-line").textContent()) ?? "";
  expect(total).toMatch(/^3 đơn vị: 2 hợp lệ, 0 có lỗi, 1 không đọc được; còn thiếu \d+$/);
  await expectFits(page, `${width}px received`);

  // Findings: the same as the engine's, file-level findings say what to do.
  await page.getByRole("tab", { name: "Kiểm tra" }).click();
  await page.getByTestId("findings-summary").waitFor();
  const expected: string[] = [];
  for (const name of ["cong-an-tinh-09-2024.xlsx", "so-tu-phap-09-2024.xlsx", "hong.xlsx"]) {
    const s = await readXlsxSubmission(name, bytes[name], { period: { year: 2024, month: 9 } });
    expected.push(...s.findings.map((f) => `${f.code}@${f.cell ?? ""}`));
  }
  const shown = await page
    .locator('[data-testid="panel-validate"] [data-testid="finding"]')
    .evaluateAll((rows) => rows.map((r) => `${r.getAttribute("data-code")}@${r.getAttribute("data-cell")}`));
  // Clean units are collapsed: their findings are not in the page until opened.
  expect(expected).toEqual(expect.arrayContaining(shown));
  expect(shown).toContain("FILE_UNREADABLE@");
  await expect(
    page.locator('[data-testid="finding"][data-code="FILE_UNREADABLE"] [data-testid="finding-help"]').textContent(),
  ).resolves.toMatch(/Cần làm/);
  await page.getByTestId("filter-errors").click();
  const errorsOnly = await page
    .locator('[data-testid="panel-validate"] [data-testid="finding"]')
    .evaluateAll((r) => r.map((x) => x.getAttribute("data-severity")));
  expect(new Set(errorsOnly)).toEqual(new Set(["error"]));
  await expectFits(page, `${width}px findings`);

  // Merge by keyboard only: focus the button, Enter; the focus lands on the summary.
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  await page.getByTestId("merge").focus();
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toBe("Tong-hop-De-an-06-2024-09.xlsx");
  await page.getByTestId("summary").waitFor();
  await expect(focusedTestId(page)).resolves.toBe("summary-heading");
  await expectFits(page, `${width}px summary`);

  // The report's draft from the same figures, as a Word document.
  const [draft] = await Promise.all([page.waitForEvent("download"), page.getByTestId("draft").click()]);
  expect(draft.suggestedFilename()).toBe("Du-thao-bao-cao-De-an-06-2024-09.docx");
  const docxPath = join(h.work, `du-thao-${width}.docx`);
  await draft.saveAs(docxPath);
  const xml = Buffer.from(unzipSync(new Uint8Array(readFileSync(docxPath)))["word/document.xml"]).toString("utf8");
  // The records the engine sums in Node for the same two readable files.
  const sept = { year: 2024, month: 9 };
  const read = ["cong-an-tinh-09-2024.xlsx", "so-tu-phap-09-2024.xlsx"].map((n) => readXlsxSubmission(n, bytes[n], { period: sept }));
  const records = formatNumber(consolidate(await Promise.all(read), sept).tables.dvc25.total.total!);
  expect(xml).toContain("Kết quả triển khai thực hiện Đề án 06 trên địa bàn tỉnh Thanh Hóa tháng 9/2024");
  expect(xml).toContain(`tổng số hồ sơ tiếp nhận là ${records} hồ sơ`);
  expect(xml).toContain("(Phần này do cán bộ soạn thảo)");
  await expect(page.getByTestId("draft-done").textContent()).resolves.toContain("Du-thao-bao-cao-De-an-06-2024-09.docx");
  await expectFits(page, `${width}px draft`);

  for (const step of ["Đơn vị", "Cài đặt"]) {
    await page.getByRole("tab", { name: step }).click();
    await expectFits(page, `${width}px ${step}`);
  }

  // A reload keeps the received files (IndexedDB) and the period.
  await page.reload();
  await page.getByTestId("received-item").first().waitFor();
  await expect(page.getByTestId("received-item").count()).resolves.toBe(3);
  await expect(page.getByTestId("header-period").inputValue()).resolves.toBe("tháng 9/2024");
  if (width === 350) {
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByTestId("findings-summary").waitFor();
    await page.screenshot({ path: join(h.work, "pane-350.png"), fullPage: false });
    if (process.env.BAOCAO06_SCREENSHOT) await page.screenshot({ path: process.env.BAOCAO06_SCREENSHOT, fullPage: false });
  }
  await page.close();
}

test(
  "at 350 px (Excel on the web) the whole flow fits, a broken file is red with its reason and a reload keeps the files",
  () => flow(350),
  180_000,
);
test("at 270 px (Excel on the Mac) nothing scrolls sideways and no badge is clipped", () => flow(270), 180_000);
test("at 1366 px the same flow works", () => flow(1366), 180_000);

test("a second file of the same name is asked about, and keeping both keeps both", async () => {
  const page = await freshPage(h, "index.html", 350, 800);
  await page.getByTestId("file-input").setInputFiles(paths["so-tu-phap-09-2024.xlsx"]);
  await importDone(page);
  await page.getByTestId("file-input").setInputFiles(paths["so-tu-phap-09-2024.xlsx"]);
  await page.getByTestId("answer-keep").click();
  await page.locator('[data-testid="received-item"][data-file="so-tu-phap-09-2024 (2).xlsx"]').waitFor();
  await expect(page.getByTestId("received-item").count()).resolves.toBe(2);
  await page.close();
}, 60_000);

test("a file of another period offers to switch the period", async () => {
  const page = await freshPage(h, "index.html", 350, 800);
  await setPeriod(page, "10/2024");
  await page.getByTestId("file-input").setInputFiles(paths["cong-an-tinh-09-2024.xlsx"]);
  await importDone(page);
  await page.getByRole("tab", { name: "Kiểm tra" }).click();
  const switcher = page.getByTestId("switch-period");
  await expect(switcher.getAttribute("data-period")).resolves.toBe("2024-09");
  await switcher.click();
  await expect(page.getByTestId("header-period").inputValue()).resolves.toBe("tháng 9/2024");
  const unit = page.locator('[data-testid="unit-findings"]');
  await page.locator('[data-testid="unit-findings"]:not([data-status="errors"])').waitFor();
  await expect(unit.getAttribute("data-status")).resolves.not.toBe("errors");
  await page.close();
}, 60_000);

test("in English the findings and statuses are English too, from the engine's message table", async () => {
  const page = await freshPage(h, "index.html", 350, 800);
  await setPeriod(page, "9/2024");
  await page.getByTestId("file-input").setInputFiles([paths["so-tu-phap-09-2024.xlsx"], paths["hong.xlsx"]]);
  await importDone(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("total-line").textContent()).resolves.toMatch(/^2 units: 1 valid, 0 with errors, 1 unreadable/);
  const reason =
    (await page.locator('[data-testid="received-item"][data-file="hong.xlsx"] [data-testid="received-reason"]').textContent()) ?? "";
  expect(reason).toMatch(/^Cannot read the file: /);
  await page.getByRole("tab", { name: "Check" }).click();
  await page.getByTestId("findings-summary").waitFor();
  const opener = page.locator('[data-testid="unit-findings"] button[aria-expanded="false"]');
  while ((await opener.count()) > 0) await opener.first().click();
  // The seed's printed ratios that do not match their numbers (services 10, 11, 22).
  const ratio = page.locator('[data-testid="finding"][data-code="RATIO_MISMATCH"]');
  await expect(ratio.count()).resolves.toBe(3);
  for (const text of await ratio.allTextContents()) {
    expect(text).toMatch(/The ratio reads .+ but recomputes to .+; the consolidated table uses the recomputed ratio\./);
    expect(text).not.toMatch(/Tỷ lệ ghi|tính lại/);
  }
  await expectFits(page, "350px English findings");
  await page.close();
}, 60_000);
