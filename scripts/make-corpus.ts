/**
 * Writes a drifted corpus of unit workbooks (see scripts/lib/corpus.ts) to a folder, with
 * expected.json beside it: the sums and the planted findings a correct merge must give.
 *   npx tsx scripts/make-corpus.ts out/corpus [seed] [communes]
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DRIFTS, buildCorpus } from "./lib/corpus";

async function main(): Promise<void> {
  const out = process.argv[2] ?? "out/corpus";
  const seed = Number(process.argv[3] ?? 2026);
  const communes = Number(process.argv[4] ?? 67);
  const corpus = await buildCorpus({ seed, drifts: DRIFTS, communes });
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const f of corpus.files) await writeFile(join(out, f.name), f.bytes);
  const expected = {
    period: corpus.period,
    files: corpus.files.map((f) => ({ file: f.name, unit: f.unit, drifts: f.drifts, plant: f.plant })),
    sums: Object.fromEntries([...corpus.sums].filter(([id]) => !corpus.touched.has(id))),
    planted: corpus.planted,
  };
  await writeFile(join(out, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
  process.stdout.write(`Đã tạo ${corpus.files.length} tệp (hạt giống ${seed}) trong ${out}/\n`);
}

void main();
