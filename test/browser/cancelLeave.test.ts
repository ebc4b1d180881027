/**
 * Nothing is lost without a word: a batch can be stopped midway (what was read stays, what was not
 * is said), and leaving the page while files are being read asks first. Debian's Chromium, the
 * standalone page at 350 px, generated unit files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalogues } from "../../src/core";
import { type RowSpec, unitWorkbook } from "../../scripts/lib/unitWorkbook";
import { type Harness, freshPage, importDone, setPeriod, startHarness } from "./harness";

const UNITS = 120;
let h: Harness;
const paths: string[] = [];

function rows(seed: number): RowSpec[] {
  return catalogues[0].services.map((s, i) => ({
    no: s.no,
    name: s.name,
    connection: "Đã kết nối",
    total: String(100 + ((seed * 31 + i * 7) % 900)),
    online: String(50 + ((seed * 17 + i) % 50)),
    onTime: "40",
    overdue: "0",
  }));
}

beforeAll(async () => {
  h = await startHarness("baocao06-cancel-");
  const dir = join(h.work, "units");
  mkdirSync(dir);
  for (let i = 0; i < UNITS; i++) {
    const path = join(dir, `xa-${i + 1}.xlsx`);
    writeFileSync(
      path,
      await unitWorkbook({ unit: `UBND xã Thử ${i + 1}`, periodText: "tháng 10/2026", layout: "single", tables: [{ rows: rows(i) }] }),
    );
    paths.push(path);
  }
}, 300_000);
afterAll(async () => h?.close());

test("Dừng stops a batch: the files read so far stay, the rest are counted as not processed, and the next batch reads them", async () => {
  const page = await freshPage(h, "index.html", 350, 800);
  await setPeriod(page, "10/2026");
  await page.getByTestId("file-input").setInputFiles(paths);
  await page.getByTestId("cancel-import").click();
  await importDone(page);
  const message = await page.getByTestId("import-result").textContent();
  const notDone = Number(/Đã dừng nhận tệp; (\d+) tệp chưa được xử lý/.exec(message ?? "")?.[1] ?? "NaN");
  const kept = await page.getByTestId("received-item").count();
  expect(notDone).toBeGreaterThan(0);
  expect(kept + notDone).toBe(UNITS);
  expect(await page.locator('[data-testid="import-item"][data-stage="cancelled"]').count()).toBeGreaterThan(0);

  const received = new Set(await page.getByTestId("received-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-file") ?? "")));
  await page.getByTestId("file-input").setInputFiles(paths.filter((p) => !received.has(p.split("/").pop() ?? "")));
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="received-item"]').length === n, UNITS, { timeout: 120_000 });
  await page.close();
}, 300_000);

test("leaving the page while files are being read asks first; staying keeps the batch going", async () => {
  const page = await freshPage(h, "index.html", 350, 800);
  await setPeriod(page, "10/2026");
  // A click first: browsers ask "leave this page?" only on a page the user has interacted with.
  await page.getByTestId("panel-import").click({ position: { x: 5, y: 5 } });
  await page.getByTestId("file-input").setInputFiles(paths);
  await page.getByTestId("cancel-import").waitFor();
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
  expect(page.isClosed()).toBe(false);
  await importDone(page);
  expect(await page.getByTestId("received-item").count()).toBe(UNITS);
  await page.close();
}, 300_000);
