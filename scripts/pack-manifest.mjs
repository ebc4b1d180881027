// npm pack (prepack / postpack): the packed command line is lib/cli.js with its libraries bundled in,
// so the package.json inside the tarball lists no dependencies at all. npm would otherwise install the
// optional sideloading tool chain (hundreds of packages, a native build) for a clerk who only wants
// `baocao06 merge`. prepack builds the CLI and writes that package.json; postpack puts the
// repository's own back (also after an interrupted pack, on the next run).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

const KEPT = ["name", "version", "description", "license", "bin", "engines", "files"];
const SAVED = ".package.json.repo";
const step = process.argv[2];

if (existsSync(SAVED)) renameSync(SAVED, "package.json");
if (step === "prepack") {
  const built = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const repo = readFileSync("package.json", "utf8");
  const pkg = JSON.parse(repo);
  writeFileSync(SAVED, repo);
  writeFileSync("package.json", JSON.stringify(Object.fromEntries(KEPT.filter((k) => k in pkg).map((k) => [k, pkg[k]])), null, 2) + "\n");
} else if (step !== "postpack") {
  console.error("Cách dùng: node scripts/pack-manifest.mjs prepack|postpack");
  process.exit(2);
}
