/**
 * The submission tracker tells the truth (Debian's Chromium, the page at 350 px): a file's arrival
 * is its own date, not the moment it was dropped; the clerk can give the e-mail's date instead;
 * the units step and the downloaded Đơn vị sheet judge every registry unit by that date.
 */
import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unitWorkbook } from "../../scripts/lib/unitWorkbook";
import { type Harness, freshPage, importDone, setPeriod, startHarness } from "./harness";

let h: Harness;
let file = "";

beforeAll(async () => {
  h = await startHarness("baocao06-tracker-");
  file = join(h.work, "cong-an-tinh-09-2026.xlsx");
  const bytes = await unitWorkbook({
    unit: "Công an tỉnh",
    periodText: "tháng 9/2026",
    layout: "official",
    tables: [
      {
        rows: [
          { no: "2", name: "Cấp lại, đổi thẻ căn cước công dân", connection: "Đã kết nối", total: "1.000", online: "700", onTime: "700" },
        ],
      },
    ],
  });
  writeFileSync(file, bytes);
  // Saved by the unit on 8 October, before the deadline of the 10th.
  const saved = new Date(2026, 9, 8, 9, 30);
  utimesSync(file, saved, saved);
}, 120_000);
afterAll(async () => h?.close());

test("on time by the file's date; late once the clerk gives the e-mail's date; the downloaded Đơn vị sheet agrees", async () => {
  const page = await freshPage(h, "index.html", 350, 900);
  await setPeriod(page, "9/2026");
  await page.getByTestId("file-input").setInputFiles(file);
  await importDone(page);
  const date = page.locator('[data-testid="received-item"] [data-testid="received-date"]');
  expect(await date.textContent()).toMatch(/^Nhận ngày 08\/10\/2026 \(ngày của tệp\)/);

  await page.getByRole("tab", { name: "Đơn vị" }).click();
  const police = page.locator('[data-testid="unit-row"][data-unit="Công an tỉnh"] [data-testid="unit-status"]');
  await expect(police.getAttribute("data-status")).resolves.toBe("on_time");

  // The mail actually came on the 14th: the clerk says so.
  await page.getByRole("tab", { name: "Nhận báo cáo" }).click();
  await page.getByTestId("received-date-change").click();
  await page.getByTestId("received-date-input").fill("2026-10-14");
  await page.getByTestId("received-date-save").click();
  await page.getByText("Nhận ngày 14/10/2026 (ngày bạn ghi)").waitFor();
  await page.getByRole("tab", { name: "Đơn vị" }).click();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('[data-testid="unit-row"][data-unit="Công an tỉnh"] [data-testid="unit-status"]')).some(
      (e) => e.getAttribute("data-status") === "late",
    ),
  );

  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("merge").click()]);
  const saved = join(h.work, "tong-hop.xlsx");
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("Đơn vị");
  const rows: string[][] = [];
  ws?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))));
  const police2 = rows.find((r) => r[1] === "Công an tỉnh" && r[7]?.startsWith("Nộp muộn"));
  expect(police2?.slice(2, 5)).toEqual(["cong-an-tinh-09-2026.xlsx", "14/10/2026", "10/10/2026"]);
  // Every unit of the default registry is there; those that sent nothing are "Chưa nộp".
  expect(rows.filter((r) => r[7] === "Chưa nộp").length).toBeGreaterThan(5);
  // A reload keeps the date the clerk gave.
  await page.reload();
  await page.getByTestId("panel-import").waitFor();
  await page.getByText("Nhận ngày 14/10/2026 (ngày bạn ghi)").waitFor();
  await page.close();
}, 180_000);
