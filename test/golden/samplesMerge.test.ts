import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The whole `merge --json` of the bundled samples — every figure, finding, task, model, target and
// change — must stay what it was when the baseline was taken. A change on purpose regenerates
// test/golden/samples-merge.json and says in its commit message what changed and why.
const ROOT = join(__dirname, "../..");

beforeAll(() => {
  if (!existsSync(join(ROOT, "lib/cli.js"))) spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
});

test("merge --json of samples/ equals the golden file", () => {
  const out = join(mkdtempSync(join(tmpdir(), "baocao06-golden-")), "tong-hop.xlsx");
  const r = spawnSync(process.execPath, [join(ROOT, "bin/baocao06.js"), "merge", join(ROOT, "samples"), "--out", out, "--json"], {
    encoding: "utf8",
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.stderr).toBe("");
  const actual = JSON.parse(r.stdout);
  expect(actual.out).toBe(out);
  delete actual.out;
  const golden = JSON.parse(readFileSync(join(ROOT, "test/golden/samples-merge.json"), "utf8"));
  expect(actual).toEqual(golden);
  expect(existsSync(out)).toBe(true);
});
