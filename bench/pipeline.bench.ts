/**
 * npm run bench — speed of the whole pipeline against a bare parse.
 * Generates 200 unit workbooks (~30 service rows each), then times, in one run:
 *   bare:     exceljs loading every file (the floor: what any reader must pay);
 *   pipeline: guard + read + recognise + validate + merge + write the consolidated workbook.
 * Prints the figures; asserts nothing (benchmarks are not tests).
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { buildReport, catalogues, consolidate } from "../src/core";
import { readXlsxSubmission, writeReport } from "../src/io/xlsx";
import { type RowSpec, unitWorkbook } from "../scripts/lib/unitWorkbook";

const UNITS = Number(process.env.BENCH_UNITS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function rows(seed: number, services: (typeof catalogues)[number]["services"]): RowSpec[] {
  const out: RowSpec[] = [];
  for (const s of services) {
    const total = 100 + ((seed * 7919 + Number(s.no.replace(".", "")) * 104729) % 5000);
    const online = Math.floor(total * 0.8);
    out.push({
      no: s.no,
      name: s.name,
      connection: "Đã kết nối",
      total: total.toLocaleString("vi-VN"),
      online: online.toLocaleString("vi-VN"),
      ratio: `${((online / total) * 100).toFixed(2).replace(".", ",")}%`,
      onTime: String(online),
      overdue: "0",
    });
  }
  return out;
}

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
      tables: [{ rows: rows(i, catalogues[0].services) }, { rows: rows(i, catalogues[1].services.slice(0, 5)) }],
    });
    files.push({ name: `xa-${i + 1}.xlsx`, bytes });
  }
  const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);

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

  // Warm up the JIT on both paths before measuring.
  await bare();
  await pipeline();
  const bareTimes: number[] = [];
  const pipeTimes: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    bareTimes.push((await time(bare))[0]);
    pipeTimes.push((await time(pipeline))[0]);
  }
  const best = (xs: number[]) => Math.min(...xs);
  const b = best(bareTimes);
  const p = best(pipeTimes);
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`BaoCao06 bench: ${UNITS} unit workbooks, ${(totalBytes / 1024).toFixed(0)} KB in all, ${rowsRead} service rows read`);
  console.log(`  bare parse (exceljs load only):             ${fmt(b)}  (best of ${ROUNDS})`);
  console.log(`  pipeline (guard+read+validate+merge+write): ${fmt(p)}  (best of ${ROUNDS})`);
  console.log(`  ratio pipeline / bare parse:                ${(p / b).toFixed(2)}×   (goal ≤ 1.5×)`);
  console.log(
    `  stages of the last run: read ${fmt(stages.read)}, merge ${fmt(stages.merge)}, layout ${fmt(stages.layout)}, write ${fmt(stages.write)}`,
  );
  console.log(`  consolidated workbook:                      ${(outBytes / 1024).toFixed(0)} KB`);
  console.log(`  per file:                                   ${(p / UNITS).toFixed(1)} ms   (goal: ${UNITS} files < 5 s)`);
}

void main();
