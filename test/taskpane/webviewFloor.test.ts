/**
 * Excel 2019 and 2021 run the pane in EdgeHTML (ES2017) and Internet Explorer 11 on older
 * Windows; Excel for Mac in the system's Safari. What ships must parse there, and where the app
 * cannot start (IE11) the pages must say so instead of staying blank.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { webBuild } from "../support/webBuild";

const dist = () => webBuild().dir;

test("every shipped script parses as ES2017, the level of Excel 2019's webview", () => {
  const scripts = readdirSync(dist()).filter((f) => f.endsWith(".js") && !f.startsWith("cli"));
  expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "commands.js"]));
  const failures = scripts.flatMap((f) => {
    try {
      parse(readFileSync(join(dist(), f), "utf8"), { ecmaVersion: 2017, sourceType: "script" });
      return [];
    } catch (e) {
      return [`${f}: ${(e as Error).message}`];
    }
  });
  expect(failures).toEqual([]);
});

test("the pane, the browser page and the ribbon page carry the IE11-readable message with the browser page's address", () => {
  for (const page of ["taskpane.html", "index.html", "commands.html"]) {
    const html = readFileSync(join(dist(), page), "utf8");
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const notice = inline.find((s) => s.includes("Excel này chưa chạy được BaoCao06"));
    expect({ page, found: Boolean(notice) }).toEqual({ page, found: true });
    // It runs before any other script and parses as ES3, which IE11 reads.
    expect(html.indexOf(notice!)).toBeLessThan(html.search(/<script[^>]*src=/));
    expect(() => parse(notice!, { ecmaVersion: 3, sourceType: "script" })).not.toThrow();
    expect(notice).toContain("index.html");
  }
});
