/**
 * Writes test/fixtures/saved/: workbooks as another spreadsheet program saves them, each with
 * a JSON of what reading it must give. Needs LibreOffice (`soffice`) only when regenerating;
 * the tests read the committed files.
 *
 *   lo-xlsx/      an exceljs workbook opened and saved as .xlsx by LibreOffice Calc
 *   lo-via-ods/   the same, saved as .ods first and then as .xlsx again
 *   lo-from-ods/  an .ods original (written as flat ODF, never an .xlsx) saved as "Excel 2007-365"
 *
 * Expectations: for the samples and forms, what the engine reads from the file exceljs wrote
 * (the file LibreOffice started from); for drifted layouts, what the corpus generator planted.
 * `gap` marks an expectation the engine does not meet yet (the test expects it to fail).
 *
 *   npx tsx scripts/make-saved-fixtures.ts
 */
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import {
  type Cell,
  type Submission,
  type WorkbookGrid,
  buildForm,
  consolidate,
  defaultRegistry,
  findUnit,
  formatPeriod,
  isCellError,
  numberColumns,
} from "../src/core";
import { readGrid, readXlsxSubmission, writeForm } from "../src/io/xlsx";
import { buildCorpus } from "./lib/corpus";

const OUT = "test/fixtures/saved";
const PERIOD = { year: 2026, month: 10 };

export interface SavedExpectation {
  readonly source: string;
  readonly saved: string;
  readonly period: string;
  readonly unit: string;
  /** Finding codes, sorted, one per finding. */
  readonly findings: readonly string[];
  /** Figures per service id, as merged from this file alone. */
  readonly figures: Readonly<Record<string, Record<string, number | null>>>;
  /** Services whose figures are not compared (a planted mistake sits in their row). */
  readonly unchecked?: readonly string[];
  readonly gap?: string;
}

function soffice(profile: string, args: readonly string[]): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], { stdio: "ignore", timeout: 300_000 });
}

function expectationOf(s: Submission, source: string): Omit<SavedExpectation, "saved"> {
  const merged = consolidate([s], PERIOD);
  const figures: Record<string, Record<string, number | null>> = {};
  for (const table of Object.values(merged.tables)) {
    for (const row of table.rows) {
      if (numberColumns.every((c) => row[c] === null)) continue;
      figures[row.service.id] = Object.fromEntries(numberColumns.map((c) => [c, row[c]]));
    }
  }
  return {
    source,
    period: s.period ? formatPeriod(s.period) : "",
    unit: s.unit.id,
    findings: s.findings.map((f) => f.code).sort(),
    figures,
  };
}

/** A filled form, as a unit sends it back: the numbers typed into the form BaoCao06 gave it. */
async function filledForm(unit: string, template: "dvc25" | "dvc422", seed: number): Promise<Uint8Array> {
  const form = buildForm(unit, template, PERIOD);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeForm(form)) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  let n = seed;
  for (const range of form.inputs) {
    const r = range.top + 1;
    if (range.left === 2) {
      n = (n * 7919 + 13) % 1000;
      const total = 20 + n;
      const online = Math.round(total * 0.8);
      ws.getCell(r, 3).value = "Đã kết nối";
      ws.getCell(r, 4).value = total;
      ws.getCell(r, 5).value = online;
      ws.getCell(r, 7).value = online - (n % 3);
      ws.getCell(r, 8).value = n % 3;
    }
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An OpenFormula expression from an Excel one: [.A1] references, ";" between arguments. */
function openFormula(f: string): string {
  let out = "";
  let inString = false;
  for (const part of f.split(/("[^"]*")/)) {
    inString = part.startsWith('"');
    out += inString ? part : part.replace(/\$?\b([A-Z]{1,2})\$?(\d+)\b/g, "[.$1$2]").replace(/,/g, ";");
  }
  return `of:=${out}`;
}

function odsCell(cell: Cell | null | undefined, span: { cols: number; rows: number } | null): string {
  const spanAttr = span ? ` table:number-columns-spanned="${span.cols}" table:number-rows-spanned="${span.rows}"` : "";
  if (!cell || cell.value === null) return `<table:table-cell${spanAttr}/>`;
  const formula = cell.formula ? ` table:formula="${esc(openFormula(cell.formula))}"` : "";
  const v = cell.value;
  if (typeof v === "number") {
    const pct = cell.numFmt?.includes("%");
    return `<table:table-cell${spanAttr}${formula} office:value-type="${pct ? "percentage" : "float"}" office:value="${v}"${pct ? ' table:style-name="pct"' : ""}/>`;
  }
  if (isCellError(v)) return `<table:table-cell${spanAttr}${formula}><text:p>${esc(v.error)}</text:p></table:table-cell>`;
  const text = String(v instanceof Date ? v.toISOString() : v);
  const paras = text
    .split("\n")
    .map((p) => `<text:p>${esc(p)}</text:p>`)
    .join("");
  return `<table:table-cell${spanAttr}${formula} office:value-type="string" office:string-value="${esc(text)}">${paras}</table:table-cell>`;
}

/** A flat ODF spreadsheet of a grid: what a workbook made in Calc from the start looks like. */
function fods(grid: WorkbookGrid): string {
  const tables = grid.sheets.map((sheet) => {
    const width = Math.max(1, ...Array.from(sheet.rows, (r) => r?.length ?? 0), ...sheet.merges.map((m) => m.right + 1));
    const height = Math.max(sheet.rows.length, ...sheet.merges.map((m) => m.bottom + 1));
    const rows: string[] = [];
    for (let r = 0; r < height; r++) {
      const cells: string[] = [];
      for (let c = 0; c < width; c++) {
        const m = sheet.merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
        if (m && (m.top !== r || m.left !== c)) {
          cells.push("<table:covered-table-cell/>");
          continue;
        }
        cells.push(odsCell(sheet.rows[r]?.[c], m ? { cols: m.right - m.left + 1, rows: m.bottom - m.top + 1 } : null));
      }
      rows.push(`<table:table-row>${cells.join("")}</table:table-row>`);
    }
    return `<table:table table:name="${esc(sheet.name)}"><table:table-column table:number-columns-repeated="${width}"/>${rows.join("\n")}</table:table>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles><number:percentage-style style:name="pctfmt"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style><style:style style:name="pct" style:family="table-cell" style:data-style-name="pctfmt"/></office:automatic-styles>
<office:body><office:spreadsheet>
${tables.join("\n")}
</office:spreadsheet></office:body></office:document>
`;
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "baocao06-saved-"));
  const profile = join(work, "profile");
  const src = join(work, "src");
  const odsSrc = join(work, "ods-src");
  await mkdir(src, { recursive: true });
  await mkdir(odsSrc, { recursive: true });
  await rm(OUT, { recursive: true, force: true });

  /** Expected reading per source file name, and a gap note where the engine falls short. */
  const expected = new Map<string, Omit<SavedExpectation, "saved">>();

  // Samples and filled forms: the engine's reading of the exceljs original is the expectation.
  for (const name of await readdir("samples")) {
    const bytes = new Uint8Array(await readFile(join("samples", name)));
    const s = await readXlsxSubmission(name, bytes, { period: PERIOD });
    if (!s.readable) continue;
    await copyFile(join("samples", name), join(src, name));
    expected.set(name, expectationOf(s, `samples/${name}`));
  }
  const forms: Array<[string, string, "dvc25" | "dvc422"]> = [
    ["mau-ubnd-xa-quang-phu.xlsx", "UBND xã Quảng Phú", "dvc25"],
    ["mau-so-y-te.xlsx", "Sở Y tế", "dvc422"],
    ["mau-cong-an-tinh.xlsx", "Công an tỉnh", "dvc25"],
  ];
  for (const [i, [name, unit, template]] of forms.entries()) {
    const bytes = await filledForm(unit, template, i + 1);
    await writeFile(join(src, name), bytes);
    expected.set(name, expectationOf(await readXlsxSubmission(name, bytes, { period: PERIOD }), `form ${template} ${unit}`));
  }

  // Drifted layouts: the generator's truth, whatever the engine reads today.
  const corpus = await buildCorpus({
    seed: 4711,
    drifts: [
      "signingDate",
      "wordings",
      "groupRow",
      "mixedCatalogue",
      "extraColumns",
      "cachedZero",
      "shortNames",
      "unitInHeader",
      "unitWithPeriod",
      "periodInSheet",
    ],
    communes: 12,
  });
  const drifted = corpus.files.filter((f, i) => i % 2 === 0 || f.plant).slice(0, 12);
  for (const f of drifted) {
    const name = `drift-${basename(f.name, ".xlsx").slice(0, 40)}.xlsx`;
    await writeFile(join(src, name), f.bytes);
    const reading = await readXlsxSubmission(f.name, f.bytes, { period: PERIOD });
    const own = corpus.byFile.get(f.name)!;
    const figures: Record<string, Record<string, number | null>> = {};
    for (const [id, fig] of own.sums) if (!own.touched.has(id)) figures[id] = { ...fig };
    const planted = corpus.planted.filter((p) => p.file === f.name).map((p) => p.code);
    const e = {
      source: `corpus seed 4711: ${f.name} [${f.drifts.join(", ")}${f.plant ? `; planted ${f.plant}` : ""}]`,
      period: formatPeriod(f.plant === "PERIOD_MISMATCH" ? { ...PERIOD, month: PERIOD.month - 1 } : PERIOD),
      unit: findUnit(defaultRegistry, f.unit)!.unit.id,
      findings: [...planted].sort(),
      figures,
      ...(own.touched.size > 0 ? { unchecked: [...own.touched].sort() } : {}),
    };
    const actual = expectationOf(reading, "");
    for (const id of e.unchecked ?? []) delete (actual.figures as Record<string, unknown>)[id];
    const agrees =
      actual.unit === e.unit &&
      actual.period === e.period &&
      JSON.stringify(actual.findings) === JSON.stringify(e.findings) &&
      JSON.stringify(sortKeys(actual.figures)) === JSON.stringify(sortKeys(e.figures));
    expected.set(name, agrees ? e : { ...e, gap: "the engine does not read this layout right yet" });
  }

  // The .ods originals: grids written as flat ODF, then saved by Calc as .ods like a clerk's file.
  for (const f of drifted.slice(0, 6)) {
    const name = `drift-${basename(f.name, ".xlsx").slice(0, 40)}.xlsx`;
    const g = await readGrid(name, f.bytes);
    if (!g.ok) continue;
    await writeFile(join(odsSrc, name.replace(/\.xlsx$/, ".fods")), fods(g.grid));
  }

  const sources = (await readdir(src)).map((n) => join(src, n));
  const loXlsx = join(work, "lo-xlsx");
  soffice(profile, ["--convert-to", "xlsx", "--outdir", loXlsx, ...sources]);
  const ods = join(work, "ods");
  const viaOds = join(work, "lo-via-ods");
  const roundTrip = sources.filter((p) =>
    /mau-|drift-|so-tu-phap|ubnd-xa-quang-phu|cong-an-tinh|so-noi-vu|cong-ty-dien-luc|nhiem-vu-van-phong/.test(p),
  );
  soffice(profile, ["--convert-to", "ods", "--outdir", ods, ...roundTrip]);
  soffice(profile, ["--convert-to", "xlsx", "--outdir", viaOds, ...(await readdir(ods)).map((n) => join(ods, n))]);
  const fromOds = join(work, "lo-from-ods");
  const odsOriginals = join(work, "ods-originals");
  const fodsFiles = (await readdir(odsSrc)).map((n) => join(odsSrc, n));
  soffice(profile, ["--convert-to", "ods", "--outdir", odsOriginals, ...fodsFiles]);
  soffice(profile, [
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    fromOds,
    ...(await readdir(odsOriginals)).map((n) => join(odsOriginals, n)),
  ]);

  let count = 0;
  for (const [dir, how] of [
    [loXlsx, "LibreOffice Calc: .xlsx opened and saved as .xlsx"],
    [viaOds, "LibreOffice Calc: .xlsx saved as .ods, then as .xlsx"],
    [fromOds, "LibreOffice Calc: .ods original saved as Excel 2007-365 (.xlsx)"],
  ] as const) {
    const target = join(OUT, basename(dir));
    await mkdir(target, { recursive: true });
    for (const name of await readdir(dir)) {
      const e = expected.get(name);
      if (!e) continue;
      await copyFile(join(dir, name), join(target, name));
      const saved: SavedExpectation = { ...e, saved: how };
      await writeFile(join(target, name.replace(/\.xlsx$/, ".json")), `${JSON.stringify(orderKeys(saved), null, 2)}\n`);
      count++;
    }
  }
  await rm(work, { recursive: true, force: true });
  // The JSON files are read by people too: in the repository's format.
  execFileSync("npx", ["prettier", "--write", OUT], { stdio: "ignore" });
  process.stdout.write(`Đã tạo ${count} tệp mẫu do LibreOffice lưu trong ${OUT}/\n`);
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

function orderKeys(e: SavedExpectation): SavedExpectation {
  return {
    source: e.source,
    saved: e.saved,
    ...(e.gap ? { gap: e.gap } : {}),
    unit: e.unit,
    period: e.period,
    findings: e.findings,
    figures: sortKeys(e.figures),
    ...(e.unchecked ? { unchecked: e.unchecked } : {}),
  };
}

void main();
