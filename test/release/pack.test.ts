/**
 * The command line as a clerk without the repository gets it: `npm pack`, then the tarball installed
 * into an empty folder with the network cut off, then `baocao06 merge` on the samples. The pack runs
 * in a copy of the package's own files (sources linked), so the repository's package.json and lib/
 * are never rewritten under the suites running beside this one.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";

const ROOT = join(__dirname, "../..");
let work = "";

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "baocao06-pack-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string) {
  // No registry reachable: an install that needed any package would fail rather than download it.
  const env = {
    ...process.env,
    npm_config_registry: "http://127.0.0.1:9/",
    npm_config_offline: "true",
    npm_config_cache: join(work, "npm-cache"),
  };
  return spawnSync(cmd, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

test("the packed command line installs alone into an empty folder and merges the samples", () => {
  const src = join(work, "repo");
  mkdirSync(src);
  for (const f of ["package.json", "README.md"]) copyFileSync(join(ROOT, f), join(src, f));
  cpSync(join(ROOT, "bin"), join(src, "bin"), { recursive: true });
  for (const d of ["scripts", "src", "node_modules"]) symlinkSync(join(ROOT, d), join(src, d));

  const packed = run("npm", ["pack", "--json", "--pack-destination", work], src);
  expect(packed.status).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  expect(info.files.map((f) => f.path).sort()).toEqual(["README.md", "bin/baocao06.js", "lib/cli.js", "package.json"]);
  // The copy's package.json is its own again after the pack.
  expect(readFileSync(join(src, "package.json"), "utf8")).toBe(readFileSync(join(ROOT, "package.json"), "utf8"));

  const tarball = join(work, info.filename);
  const inner = JSON.parse(run("tar", ["-xzOf", tarball, "package/package.json"], work).stdout) as Record<string, unknown>;
  for (const key of ["dependencies", "optionalDependencies", "devDependencies", "peerDependencies", "scripts"])
    expect(inner[key]).toBeUndefined();

  const clerk = join(work, "clerk");
  mkdirSync(clerk);
  const installed = run("npm", ["install", "--no-audit", "--no-fund", tarball], clerk);
  expect(installed.stderr).not.toMatch(/ERR!/);
  expect(installed.status).toBe(0);
  expect(readdirSync(join(clerk, "node_modules")).filter((n) => !n.startsWith("."))).toEqual(["baocao06"]);

  const out = join(clerk, "tong-hop.xlsx");
  const merged = run(join(clerk, "node_modules", ".bin", "baocao06"), ["merge", join(ROOT, "samples"), "--out", out, "--json"], clerk);
  expect(merged.stderr).toBe("");
  // The samples carry planted errors: the report is written and flagged incomplete (exit 1).
  expect(merged.status).toBe(1);
  const json = JSON.parse(merged.stdout);
  delete json.out;
  expect(json).toEqual(JSON.parse(readFileSync(join(ROOT, "test/golden/samples-merge.json"), "utf8")));
  expect(existsSync(out)).toBe(true);
  expect(Object.keys(unzipSync(readFileSync(out))).some((p) => p.startsWith("xl/worksheets/"))).toBe(true);
});
