/**
 * npm run bench — round trips to Excel for a province's month: 175 unit files imported into the
 * strict Excel double on each simulated host, then the report written. A round trip on Excel on
 * the web costs tens of milliseconds or more, so the count (and the bytes per request, under the
 * web's 5 MB) is what matters; the double counts them as Excel would receive them.
 * Prints the figures; asserts nothing (benchmarks are not tests).
 */
import { performance } from "node:perf_hooks";
import { catalogues, defaultRegistry } from "../src/core";
import { defaultPaneSettings } from "../src/taskpane/backend/common";
import { compilePane } from "../src/taskpane/backend/compile";
import { ExcelBackend } from "../src/taskpane/backend/excelBackend";
import type { ImportOptions, InputFile } from "../src/taskpane/backend/types";
import { generatedRows, unitWorkbook } from "../scripts/lib/unitWorkbook";
import { ExcelDouble, HOST_MATRIX } from "../test/support/excelDouble";

const UNITS = Number(process.env.BENCH_UNITS ?? 175);

async function main(): Promise<void> {
  const files: InputFile[] = [];
  for (let i = 0; i < UNITS; i++)
    files.push({
      name: `xa-${i + 1}.xlsx`,
      bytes: await unitWorkbook({
        unit: `UBND xã Số ${i + 1}`,
        periodText: "tháng 10/2026",
        layout: i % 2 ? "official" : "single",
        tables: [{ rows: generatedRows(i, catalogues[0].services) }],
      }),
    });
  const settings = { ...defaultPaneSettings(), period: { year: 2026, month: 10 } };
  const options: ImportOptions = { settings, registry: defaultRegistry, onStage: () => undefined, confirmReplace: async () => true };
  console.log(`${UNITS} unit files, one service table each (${catalogues[0].services.length} rows)`);
  console.log("host | import: round trips, largest request, time | report: round trips, largest request");
  for (const host of HOST_MATRIX) {
    const double = new ExcelDouble({ host });
    double.install();
    const backend = new ExcelBackend();
    const t0 = performance.now();
    await backend.importFiles(files, options);
    const importMs = performance.now() - t0;
    const importLog = [...double.syncLog];
    const state = await backend.load();
    const compiled = compilePane(
      state.received.map((r) => r.submission),
      state.settings,
    );
    const before = double.syncLog.length;
    await backend.produce(compiled.report, compiled.chart, state.received);
    const reportLog = double.syncLog.slice(before);
    const mb = (log: typeof importLog) => (Math.max(0, ...log.map((s) => s.requestBytes)) / 1024 / 1024).toFixed(2);
    console.log(
      `${host.label} | ${importLog.length} (${(importLog.length / UNITS).toFixed(3)} per file; about 3 per file before batching), ${mb(importLog)} MB, ${(importMs / 1000).toFixed(1)} s in the double | ${reportLog.length}, ${mb(reportLog)} MB`,
    );
  }
}

void main();
