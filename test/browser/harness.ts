/**
 * Shared by the Chromium suites: the production build (webBuild(), never a build of its own)
 * served on 127.0.0.1, Debian's Chromium through playwright-core, every outside request refused.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { type Server, createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import { webBuild } from "../support/webBuild";

const CHROMIUM = "/usr/bin/chromium";

export interface Harness {
  readonly base: string;
  readonly work: string;
  readonly out: string;
  readonly context: BrowserContext;
  /** Every outside URL the pages asked for (all refused). */
  readonly outside: string[];
  close(): Promise<void>;
}

function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".png": "image/png",
    ".xml": "application/xml",
    ".json": "application/json",
  };
  const s = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path === "/" ? "index.html" : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/html" }).end("<!doctype html><title>404</title>");
      return;
    }
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

/** Serves `dir` (by default the test run's production build). */
export async function startHarness(prefix: string, dir?: string): Promise<Harness> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const out = dir ?? webBuild().dir;
  const server = await serve(out);
  const addr = server.address();
  const base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}/`;
  const context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const outside: string[] = [];
  // No network: office.js (the one outside script) and anything else not ours is refused.
  await context.route(/.*/, (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return {
    base,
    work,
    out,
    context,
    outside,
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** A page of the pane with nothing kept from an earlier test (received files, settings). */
export async function freshPage(h: Harness, path: string, width = 1366, height = 900): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(h.base + "__blank");
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        localStorage.clear();
        const r = indexedDB.deleteDatabase("baocao06");
        r.onsuccess = r.onerror = r.onblocked = () => resolve();
      }),
  );
  await openPane(page, h.base + path);
  return page;
}

export async function openPane(page: Page, url: string): Promise<void> {
  page.on("console", (m) => {
    if (m.text().startsWith("BaoCao06 first render")) console.log(`${new URL(url).pathname}: ${m.text()}`);
  });
  await page.goto(url);
  await page.getByTestId("mode").waitFor();
  await page.getByTestId("panel-import").waitFor();
}

/** Drops one file on the pane; `lastModified` is the file's own date (ms), by default now. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array, lastModified?: number): Promise<void> {
  await page.getByTestId("drop-zone").evaluate(
    (el, { name, data, lastModified }) => {
      const dt = new DataTransfer();
      const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      dt.items.add(new File([new Uint8Array(data)], name, { type, ...(lastModified === undefined ? {} : { lastModified }) }));
      el.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, data: [...bytes], lastModified },
  );
}

/** Sets the period in the pane's header, typed as a clerk would. */
export async function setPeriod(page: Page, text: string): Promise<void> {
  const input = page.getByTestId("header-period");
  await input.fill(text);
  await input.press("Enter");
}

/** Waits until the current batch is over and its result has the focus. */
export async function importDone(page: Page): Promise<void> {
  await page.getByTestId("import-result").waitFor();
}

/** No horizontal scrolling, and no badge whose text is cut. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) problems.push(`page ${doc.scrollWidth}px wide in a ${window.innerWidth}px viewport`);
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="count-badge"]')) {
      if (el.offsetParent === null) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) problems.push(`badge "${el.textContent}" clipped`);
    }
    for (const el of document.querySelectorAll<HTMLElement>("main *")) {
      if (el.offsetParent === null) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > window.innerWidth + 1) {
        problems.push(
          `${el.tagName.toLowerCase()}.${el.className.toString().slice(0, 40)} "${(el.textContent ?? "").slice(0, 30)}" ends at ${Math.round(r.right)}px`,
        );
        if (problems.length > 8) break;
      }
    }
    return problems;
  });
}
