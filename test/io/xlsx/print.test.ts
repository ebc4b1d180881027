import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SERVICE_SHEET_NAMES } from "../../../src/core";
import { writeReport } from "../../../src/io/xlsx";

/**
 * The consolidated workbook of the samples as LibreOffice prints it: one
 * render of the workbook (and of a one-cell reference sheet that calibrates
 * font sizes) in a single soffice run, then the PDF read back with poppler.
 */
const ROOT = join(__dirname, "../../..");
const tmp = mkdtempSync(join(tmpdir(), "baocao06-print-"));

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", cwd: tmp, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr || r.error}`);
  return r.stdout;
}

interface Word {
  readonly text: string;
  readonly height: number;
}
interface Page {
  readonly text: string;
  readonly words: readonly Word[];
}

/** Words of every page with their box heights (pdftotext -bbox). */
function readPdf(pdf: string): Page[] {
  const xml = run("pdftotext", ["-bbox", pdf, "-"]);
  return xml
    .split("<page ")
    .slice(1)
    .map((chunk) => {
      const words = [...chunk.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        text: m[3]
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'"),
        height: Number(m[2]) - Number(m[1]),
      }));
      return { words, text: words.map((w) => w.text).join(" ") };
    });
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

interface SheetPrint {
  readonly name: string;
  /** The line that opens the sheet's first page. */
  readonly title: string;
  /** Texts of the first and last column captions (the repeated rows), if the sheet has any. */
  readonly captions: readonly string[];
  readonly pages: Page[];
}

let sheets: SheetPrint[];
let pageCount: number;
/** Box height of a word printed at 11 pt, from the reference render. */
let height11: number;

beforeAll(async () => {
  if (!existsSync(join(ROOT, "lib/cli.js"))) run(process.execPath, [join(ROOT, "scripts/build-cli.mjs")]);
  const out = join(tmp, "tong-hop.xlsx");
  const merge = spawnSync(process.execPath, [join(ROOT, "bin/baocao06.js"), "merge", join(ROOT, "samples"), "--out", out], { cwd: tmp });
  expect(existsSync(out)).toBe(true);
  expect(merge.error).toBeUndefined();
  const ref = join(tmp, "co-chu.xlsx");
  writeFileSync(
    ref,
    await writeReport({ sheets: [{ name: "x", rows: [[{ value: "Mẫu cỡ chữ", style: "text" }]], merges: [], widths: [20] }] }),
  );
  // A private profile, so that a LibreOffice running elsewhere on the machine does not take the job.
  run("soffice", [`-env:UserInstallation=file://${tmp}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", tmp, out, ref]);
  height11 = Math.min(...readPdf(join(tmp, "co-chu.pdf"))[0].words.map((w) => w.height));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
  const pages = readPdf(join(tmp, "tong-hop.pdf"));
  pageCount = pages.length;
  const described = wb.worksheets.map((ws) => {
    const title = squash(String(ws.getCell(1, 1).value ?? ""));
    const [from] = (ws.pageSetup.printTitlesRow ?? "").split(":").map(Number);
    const captions: string[] = [];
    if (from) {
      const texts: string[] = [];
      // A merged caption reads the same from each of its cells: keep each text once, in column order.
      ws.getRow(from).eachCell((c) => {
        if (typeof c.value === "string" && c.value.trim() && !texts.includes(c.value)) texts.push(c.value);
      });
      captions.push(texts[0], texts[texts.length - 1]);
    }
    return { name: ws.name, title, captions: captions.filter(Boolean).map(squash), pages: [] as Page[] };
  });
  // Sheets print in order, each from a new page: a page opening with the next sheet's title starts it.
  let s = -1;
  for (const page of pages) {
    const next = described[s + 1];
    if (next && squash(page.text).includes(next.title)) s++;
    described[Math.max(s, 0)].pages.push(page);
  }
  sheets = described;
}, 180000);

const sheet = (name: string) => sheets.find((s) => s.name === name)!;
const serviceSheets = () => Object.values(SERVICE_SHEET_NAMES).map(sheet);
/** Printed size (pt) of a word, calibrated on the 11 pt reference. */
const sizeOf = (w: Word) => (11 * w.height) / height11;

describe("the consolidated workbook printed by LibreOffice", () => {
  test("every sheet starts on its own page; the appendices fit a sensible number of A4 pages", () => {
    for (const s of sheets) expect({ sheet: s.name, pages: s.pages.length > 0 }).toEqual({ sheet: s.name, pages: true });
    // 25 services and 27 Decision 422 rows, with the units' difficulties, in the province's layout.
    for (const s of serviceSheets()) expect(s.pages.length).toBeLessThanOrEqual(6);
    expect(pageCount).toBe(sheets.reduce((n, s) => n + s.pages.length, 0));
    expect(pageCount).toBeLessThan(60);
  });

  test("the column captions repeat on every page of every multi-page table, and every page holds the full width", () => {
    for (const s of serviceSheets()) expect(s.captions).toEqual(["STT", "Khó khăn, vướng mắc"]);
    const checked: string[] = [];
    for (const s of sheets) {
      if (s.captions.length === 0) continue;
      s.pages.forEach((page, i) => {
        // Word by word: a caption wraps inside its cell, and its lines interleave with the next cell's.
        const words = new Set(page.words.map((w) => w.text));
        for (const caption of s.captions) {
          const missing = caption.split(" ").filter((w) => !words.has(w));
          expect({ sheet: s.name, page: i + 1, caption, missing }).toEqual({ sheet: s.name, page: i + 1, caption, missing: [] });
        }
      });
      if (s.pages.length > 1) checked.push(s.name);
    }
    // The appendices and the long lists do run over several pages with the samples.
    expect(checked).toEqual(expect.arrayContaining([...Object.values(SERVICE_SHEET_NAMES), "Nguồn số liệu"]));
  });

  test("nothing on the service appendices prints below 11 pt", () => {
    const sizes = serviceSheets().flatMap((s) => s.pages.flatMap((p) => p.words.map(sizeOf)));
    expect(sizes.length).toBeGreaterThan(500);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10.95);
  });

  test("pages are numbered in the footer", () => {
    const all = sheets.flatMap((s) => s.pages);
    all.forEach((page, i) => expect(squash(page.text)).toContain(`Trang ${i + 1}/${all.length}`));
  });
});
