/**
 * How the task pane page starts, in Debian's Chromium: it runs inside Excel only when Excel
 * answers, and it never turns into browser mode without saying so. office.js is Microsoft's
 * (the one outside script); here it is either refused (no network), or replaced by a stand-in
 * that answers `Office.onReady` as a plain browser does, or never answers, as a busy Excel.
 */
import type { Page } from "playwright-core";
import { type Harness, startHarness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness("baocao06-boot-");
}, 120_000);
afterAll(async () => h?.close());

const OFFICE_JS = /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/;

/** office.js stand-ins: what `Office.onReady` does, and nothing else. */
const STANDINS = {
  // office.js loaded in a plain browser: onReady resolves with no host.
  outsideOffice:
    "window.Office = { HostType: { Excel: 'Excel' }, onReady: function () { return Promise.resolve({ host: null, platform: null }); } };",
  // A host that never answers (Excel busy, or the clerk editing a cell on an old build).
  silentExcel: "window.Office = { HostType: { Excel: 'Excel' }, onReady: function () { return new Promise(function () {}); } };",
};

async function open(standin: keyof typeof STANDINS | null, delayMs = 0): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 320, height: 800 });
  if (standin)
    await page.route(OFFICE_JS, async (route) => {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      await route.fulfill({ contentType: "text/javascript", body: STANDINS[standin] }).catch(() => undefined);
    });
  await page.goto(h.base + "taskpane.html", { waitUntil: "domcontentloaded" });
  return page;
}

test("office.js refused: browser mode, and the pane says that nothing goes into Excel", async () => {
  const page = await open(null);
  await page.getByTestId("panel-import").waitFor();
  expect(await page.getByTestId("mode").textContent()).toBe("Chế độ trình duyệt (không cần Excel)");
  const notice = page.getByTestId("start-notice");
  expect(await notice.textContent()).toMatch(/Không tải được thư viện Office \(office\.js\).*không ghi vào sổ làm việc Excel/);
  expect(await notice.getByRole("button", { name: "Tải lại" }).isVisible()).toBe(true);
  await page.close();
});

test("office.js in a plain browser: browser mode without a warning", async () => {
  const page = await open("outsideOffice");
  await page.getByTestId("panel-import").waitFor();
  expect(await page.getByTestId("mode").textContent()).toBe("Chế độ trình duyệt (không cần Excel)");
  expect(await page.getByTestId("start-notice").count()).toBe(0);
  await page.close();
});

test("a slow CDN never keeps the pane blank: it says it is waiting, then starts when office.js arrives", async () => {
  const page = await open("outsideOffice", 4000);
  // office.js still on its way: the pane is drawn and says what it waits for.
  await page.getByText("Đang chờ Excel sẵn sàng…").waitFor({ timeout: 3000 });
  expect(await page.getByTestId("panel-import").count()).toBe(0);
  await page.getByTestId("panel-import").waitFor({ timeout: 15_000 });
  expect(await page.getByTestId("start-notice").count()).toBe(0);
  await page.close();
}, 30_000);

test("Excel that does not answer is waited for; browser mode only when the clerk chooses it, and then it says so", async () => {
  const page = await open("silentExcel");
  await page.getByText("Đang chờ Excel sẵn sàng…").waitFor();
  // Well past the old silent 5 s fallback: still waiting, now offering the way out.
  await page.getByTestId("excel-slow").waitFor({ timeout: 20_000 });
  expect(await page.getByTestId("panel-import").count()).toBe(0);
  expect(await page.getByTestId("mode").count()).toBe(0);
  await page.getByTestId("use-browser").click();
  await page.getByTestId("panel-import").waitFor();
  expect(await page.getByTestId("start-notice").textContent()).toMatch(/Bạn đã chọn chế độ trình duyệt/);
  expect(await page.getByTestId("excel-slow").count()).toBe(0);
  await page.close();
}, 60_000);
