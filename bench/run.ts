/**
 * npm run bench — runs every bench/*.bench.ts in turn, each in its own process so that one
 * bench's memory and warm caches do not colour the next. Prints figures; asserts nothing.
 * BENCH=name runs only the benches whose file name contains it.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const only = process.env.BENCH ?? "";
const benches = readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts") && f.includes(only))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, file)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
