import { BrowserBackend } from "./backend/browserBackend";
import { ExcelBackend } from "./backend/excelBackend";
import type { Backend } from "./backend/types";

/** "browser" on the standalone page (no office.js at all), "auto" in the task pane. */
export type PageMode = "auto" | "browser";

export function pageMode(doc: Document = document): PageMode {
  return doc.querySelector('meta[name="baocao06-mode"]')?.getAttribute("content") === "browser" ? "browser" : "auto";
}

export interface Boot {
  readonly backend: Promise<Backend>;
  /** The clerk's way out while Excel does not answer: browser mode, with the notice. */
  readonly useBrowser: () => void;
}

type OfficeLike = Pick<typeof Office, "onReady" | "HostType">;

/**
 * The one place that decides where we run. Inside Excel when office.js loaded and Excel answers;
 * the plain browser when office.js loaded but no Office host is around (the page opened in a
 * browser); when office.js is missing, browser mode with a notice. There is no timeout to browser
 * mode: a slow Excel is waited for, and only the clerk can choose to stop waiting.
 */
export function boot(mode: PageMode, office: OfficeLike | undefined = typeof Office === "undefined" ? undefined : Office): Boot {
  if (mode === "browser") return { backend: Promise.resolve(new BrowserBackend()), useBrowser: () => undefined };
  if (!office || typeof office.onReady !== "function")
    return { backend: Promise.resolve(new BrowserBackend({ notice: "office-missing" })), useBrowser: () => undefined };
  let choose: (b: Backend) => void = () => undefined;
  const chosen = new Promise<Backend>((resolve) => (choose = resolve));
  const ready = office
    .onReady()
    .then((info): Backend => (info?.host === office.HostType.Excel ? new ExcelBackend() : new BrowserBackend()))
    .catch((): Backend => new BrowserBackend({ notice: "office-missing" }));
  return { backend: Promise.race([ready, chosen]), useBrowser: () => choose(new BrowserBackend({ notice: "chosen" })) };
}
