/**
 * npm run bench — speed of the whole pipeline against the floor of any reader.
 * Generates 200 unit workbooks (~30 service rows each), then times, in one run:
 *   floor:    inflating (fflate) and SAX-tokenising (saxes, no handlers' work) the parts a reader
 *             needs — workbook, relationships, styles, shared strings, worksheets — nothing else;
 *   floor, every part: the same over every part of every file (what "merely inflating and
 *             tokenising the files" costs, whatever a reader skips);
 *   exceljs:  exceljs loading every file (the reader used before, for reference);
 *   read:     the streaming reader + recognise + validate, every file;
 *   pipeline: read + merge + layout + write the consolidated workbook (what `baocao06 merge` does);
 *   cli:      `baocao06 merge` itself on the 200 files written to a folder, in a child process
 *             (Node start-up, reading the files from disk, writing the workbook included).
 * Prints the figures and their ratios to the floors; asserts nothing (benchmarks are not tests).
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildReport, catalogues, consolidate } from "../src/core";
import { readXlsxSubmission, writeReport } from "../src/io/xlsx";
import { generatedRows, unitWorkbook } from "../scripts/lib/unitWorkbook";

const UNITS = Number(process.env.BENCH_UNITS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function time<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await f();
  return [performance.now() - t, r];
}

async function main(): Promise<void> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < UNITS; i++) {
    const bytes = await unitWorkbook({
      unit: `UBND xã Số ${i + 1}`,
      periodText: "tháng 10/2026",
      layout: i % 2 ? "official" : "single",
      tables: [{ rows: generatedRows(i, catalogues[0].services) }, { rows: generatedRows(i, catalogues[1].services.slice(0, 5)) }],
    });
    files.push({ name: `xa-${i + 1}.xlsx`, bytes });
  }
  const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);

  const needed = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml|styles\.xml|workbook\.xml)$|\.rels$/;
  const decoder = new TextDecoder();
  let tags = 0;
  const floor = async () => {
    for (const f of files) {
      const parts = unzipSync(f.bytes, { filter: (e) => needed.test(e.name) });
      for (const data of Object.values(parts)) {
        const sax = new SaxesParser({ position: false });
        sax.on("opentag", () => void tags++);
        sax.write(decoder.decode(data)).close();
      }
    }
  };
  const floorAll = async () => {
    for (const f of files) {
      // Folder entries ("xl/") hold nothing.
      for (const data of Object.values(unzipSync(f.bytes, { filter: (e) => !e.name.endsWith("/") }))) {
        const sax = new SaxesParser({ position: false });
        sax.on("opentag", () => void tags++);
        sax.write(decoder.decode(data)).close();
      }
    }
  };
  const readOnly = async () => {
    for (const f of files) await readXlsxSubmission(f.name, f.bytes);
  };
  const bare = async () => {
    for (const f of files) await new ExcelJS.Workbook().xlsx.load(Buffer.from(f.bytes) as unknown as ExcelJS.Buffer);
  };
  let outBytes = 0;
  let rowsRead = 0;
  const stages = { read: 0, merge: 0, layout: 0, write: 0 };
  const pipeline = async () => {
    let t = performance.now();
    const lap = (k: keyof typeof stages) => {
      const now = performance.now();
      stages[k] = now - t;
      t = now;
    };
    const subs = [];
    for (const f of files) subs.push(await readXlsxSubmission(f.name, f.bytes));
    lap("read");
    rowsRead = subs.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length, 0), 0);
    const c = consolidate(subs);
    lap("merge");
    const report = buildReport(c);
    lap("layout");
    const out = await writeReport(report);
    lap("write");
    outBytes = out.length;
  };

  const ROOT = join(__dirname, "..");
  if (spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { stdio: "inherit" }).status !== 0) {
    throw new Error("the command line did not build");
  }
  const dir = mkdtempSync(join(tmpdir(), "baocao06-bench-"));
  const inputs = join(dir, "don-vi");
  mkdirSync(inputs);
  for (const f of files) writeFileSync(join(inputs, f.name), f.bytes);
  let cliStatus: number | null = null;
  const cli = async () => {
    const args = [join(ROOT, "bin/baocao06.js"), "merge", inputs, "--out", join(dir, "tong-hop.xlsx"), "--period", "2026-10"];
    cliStatus = spawnSync(process.execPath, args, { stdio: "ignore" }).status;
  };

  // Warm up the JIT on every path before measuring; rounds interleave so that load on the machine hits all alike.
  const paths = { floor, floorAll, bare, readOnly, pipeline, cli };
  const times: Record<keyof typeof paths, number[]> = { floor: [], floorAll: [], bare: [], readOnly: [], pipeline: [], cli: [] };
  for (const f of Object.values(paths)) await f();
  for (let r = 0; r < ROUNDS; r++) for (const [k, f] of Object.entries(paths)) times[k as keyof typeof paths].push((await time(f))[0]);
  rmSync(dir, { recursive: true, force: true });
  const best = (xs: number[]) => Math.min(...xs);
  const fl = best(times.floor);
  const fa = best(times.floorAll);
  const b = best(times.bare);
  const rd = best(times.readOnly);
  const p = best(times.pipeline);
  const c = best(times.cli);
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const x = (ms: number) => `${(ms / fl).toFixed(2)}× the floor, ${(ms / fa).toFixed(2)}× every part`;
  console.log(`BaoCao06 bench: ${UNITS} unit workbooks, ${(totalBytes / 1024).toFixed(0)} KB in all, ${rowsRead} service rows read`);
  console.log(`  floor (fflate inflate + saxes tokenise):    ${fmt(fl)}  (best of ${ROUNDS}; parts a reader needs)`);
  console.log(`  floor over every part of every file:        ${fmt(fa)}`);
  console.log(`  exceljs load only (for reference):          ${fmt(b)}`);
  console.log(`  read (reader+recognise+validate):           ${fmt(rd)}  ${x(rd)}`);
  console.log(`  pipeline (read+merge+layout+write):         ${fmt(p)}  ${x(p)}`);
  console.log(`  cli (\`baocao06 merge\`, own process):        ${fmt(c)}  ${x(c)}   (goal ≤ 2×; exit ${cliStatus})`);
  console.log(
    `  stages of the last run: read ${fmt(stages.read)}, merge ${fmt(stages.merge)}, layout ${fmt(stages.layout)}, write ${fmt(stages.write)}`,
  );
  console.log(`  consolidated workbook:                      ${(outBytes / 1024).toFixed(0)} KB`);
  console.log(`  per file:                                   ${(p / UNITS).toFixed(1)} ms   (goal: ${UNITS} files < 5 s)`);
}

void main();
