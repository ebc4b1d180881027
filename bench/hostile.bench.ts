/**
 * npm run bench — the worst hostile inputs through the command line, each in its own process:
 * `baocao06 validate FILE --json`, timed from spawn to exit, with the process's peak resident
 * memory (getrusage's maximum RSS, read as the command ends). Goals: under 300 MB for any input,
 * under 5 s to refuse. The files are generated in a temporary folder (the same generators as the
 * reader's hostile tests, at the worst sizes) and deleted afterwards. Prints; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { unzipSync } from "fflate";
import { SHEET, goodUnit } from "../test/support/packages";
import {
  deflateBomb,
  giantMerges,
  manySharedStrings,
  numberSheet,
  smallMerges,
  taglessText,
  textSheet,
  withMerges,
} from "../test/support/hostileWorkbooks";

const ROOT = join(__dirname, "..");
const GOAL_RSS_MB = 300;
const GOAL_REFUSE_S = 5;

interface Case {
  readonly name: string;
  readonly make: () => Promise<Uint8Array>;
}

const CASES: readonly Case[] = [
  { name: "good unit workbook (Node + CLI alone)", make: goodUnit },
  { name: "deflate bomb just under the 200× ratio", make: () => deflateBomb(14_000, 5) },
  { name: "text bomb under the part limit (99 MB)", make: () => deflateBomb(7_200, 5) },
  { name: "most text accepted (5 M chars, 125,000 cells)", make: () => textSheet(2_495, 50, 40) },
  { name: "legal sheet, ~150 MB inflated", make: () => numberSheet(187_000, 40) },
  { name: "3,000,040 cells in 57 MB", make: () => numberSheet(75_001, 40) },
  { name: "largest sheet accepted (2.94 M cells)", make: () => numberSheet(49_000, 60) },
  { name: "9,990 giant merges, odd spellings", make: () => withMerges(giantMerges(9_990)) },
  { name: "50,000 small merges", make: () => withMerges(smallMerges(50_000)) },
  { name: "1,000,001 shared strings", make: () => manySharedStrings(1_000_001) },
  { name: "16 M letters without a tag", make: () => taglessText(16_000_000) },
];

/** Runs the built command line and prints its peak RSS (KB) on stderr's last line as it ends. */
const WRAP =
  "require(process.argv[1]).run(process.argv.slice(2)).then((code) => {" +
  "process.exitCode = code; process.stderr.write(`\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`); })";

/** What the sheet part inflates to, from the zip's directory (never inflating it). */
function inflatedSize(bytes: Uint8Array): number {
  let size = 0;
  unzipSync(bytes, {
    filter: (e) => {
      if (e.name === SHEET || e.name === "xl/sharedStrings.xml") size = Math.max(size, e.originalSize);
      return false;
    },
  });
  return size;
}

interface Issue {
  code: string;
  message?: string;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("the command line did not build");
  const cli = join(ROOT, "lib/cli.js");
  const dir = mkdtempSync(join(tmpdir(), "baocao06-hostile-"));
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const rows: string[][] = [];
  let missed = 0;
  try {
    for (const c of CASES) {
      const bytes = await c.make();
      const file = join(dir, "don-vi.xlsx");
      writeFileSync(file, bytes);
      const t = performance.now();
      const r = spawnSync(process.execPath, ["-e", WRAP, cli, "validate", file, "--json"], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      const seconds = (performance.now() - t) / 1000;
      const rss = Number(/maxRSS (\d+)\s*$/.exec(r.stderr)?.[1] ?? NaN) * 1024;
      let outcome: string;
      let refused = false;
      try {
        const json = JSON.parse(r.stdout) as { files: { readable: boolean; error: string | null; issues: Issue[] }[] };
        const f = json.files[0];
        refused = !f.readable;
        outcome = refused ? `${f.issues[0]?.code ?? "?"}: ${(f.error ?? "").slice(0, 70)}` : `read, exit ${r.status}`;
      } catch {
        outcome = `no JSON (exit ${r.status}, ${r.signal ?? "no signal"}): ${r.stderr.slice(0, 120)}`;
      }
      const rssOk = rss < GOAL_RSS_MB * 1024 * 1024;
      const timeOk = !refused || seconds < GOAL_REFUSE_S;
      if (!rssOk || !timeOk) missed++;
      rows.push([
        c.name,
        mb(bytes.length),
        mb(inflatedSize(bytes)),
        `${seconds.toFixed(2)} s${refused ? (timeOk ? "" : " MISSED") : ""}`,
        `${mb(rss)}${rssOk ? "" : " MISSED"}`,
        outcome,
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const head = ["input", "file", "inflated", "time", "peak RSS", "outcome"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((s, i) => (i === cells.length - 1 ? s : s.padEnd(widths[i]))).join("  ");
  console.log(`Hostile inputs through \`baocao06 validate FILE --json\`, one process each (Node ${process.version}):`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log(
    missed
      ? `${missed} input(s) MISSED a goal (peak RSS < ${GOAL_RSS_MB} MB, refusal < ${GOAL_REFUSE_S} s).`
      : `Every input met the goals: peak RSS < ${GOAL_RSS_MB} MB, refusal < ${GOAL_REFUSE_S} s.`,
  );
}

void main();
