import { BrowserBackend } from "./backend/browserBackend";
import { ExcelBackend } from "./backend/excelBackend";
import type { Backend } from "./backend/types";

/** "browser" on the standalone page (no office.js at all), "auto" in the task pane. */
export type PageMode = "auto" | "browser";

export function pageMode(doc: Document = document): PageMode {
  return doc.querySelector('meta[name="baocao06-mode"]')?.getAttribute("content") === "browser" ? "browser" : "auto";
}

/**
 * The one place that decides where we run: inside Excel when office.js loaded
 * and reports an Excel host; otherwise the in-memory browser workbook. A
 * missing or blocked office.js (offline office, old Excel) is browser mode.
 */
export async function detectBackend(mode: PageMode, waitMs = 5000): Promise<Backend> {
  if (mode === "browser" || typeof Office === "undefined" || typeof Office.onReady !== "function") return new BrowserBackend();
  const info = await Promise.race([
    Office.onReady().catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs)),
  ]);
  return info?.host === Office.HostType.Excel ? new ExcelBackend() : new BrowserBackend();
}
