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
 * mode: a slow CDN or a slow Excel is waited for, and only the clerk can choose to stop waiting.
 */
export function boot(mode: PageMode, office: Promise<OfficeLike | undefined> = officeScript()): Boot {
  if (mode === "browser") return { backend: Promise.resolve(new BrowserBackend()), useBrowser: () => undefined };
  let choose: (b: Backend) => void = () => undefined;
  const chosen = new Promise<Backend>((resolve) => (choose = resolve));
  const ready = office.then((o): Promise<Backend> | Backend => {
    if (!o || typeof o.onReady !== "function") return new BrowserBackend({ notice: "office-missing" });
    return o
      .onReady()
      .then((info): Backend => (info?.host === o.HostType.Excel ? new ExcelBackend() : new BrowserBackend()))
      .catch((): Backend => new BrowserBackend({ notice: "office-missing" }));
  });
  return { backend: Promise.race([ready, chosen]), useBrowser: () => choose(new BrowserBackend({ notice: "chosen" })) };
}

declare global {
  interface Window {
    /** Set by taskpane.html's office.js tag: "loading", then "loaded" or "failed". */
    baocao06Office?: "loading" | "loaded" | "failed";
  }
}

/** office.js, once its async script has run; undefined when it failed or the page has none. */
export function officeScript(win: Window = window): Promise<OfficeLike | undefined> {
  const current = () => (typeof Office === "undefined" ? undefined : Office);
  if (current() || win.baocao06Office !== "loading") return Promise.resolve(current());
  const tag = win.document.getElementById("office-js");
  if (!tag) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    tag.addEventListener("load", () => resolve(current()));
    tag.addEventListener("error", () => resolve(undefined));
  });
}
