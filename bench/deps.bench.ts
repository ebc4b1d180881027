/**
 * Dependency weight: installed size and package count of the development install (this checkout's
 * node_modules, as `npm ci` left it) and of the packed command line installed into an empty folder.
 * Prints figures; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";

const ROOT = join(__dirname, "..");

/** Apparent size of every file, attributed to the package folder it sits in (the deepest node_modules/<name>). */
function weigh(modules: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p);
      else {
        const parts = relative(modules, p).split(sep);
        let at = -1;
        parts.forEach((s, i) => {
          if (i === 0 || s === "node_modules") at = i === 0 ? 0 : i + 1;
        });
        const key = parts.slice(0, at + (parts[at]?.startsWith("@") ? 2 : 1)).join("/");
        sizes.set(key, (sizes.get(key) ?? 0) + st.size);
      }
    }
  };
  walk(modules);
  return sizes;
}

/** Packages npm installed (its hidden lockfile), with npm's optional flag. */
function installed(modules: string): Map<string, { optional: boolean }> {
  const lock = JSON.parse(readFileSync(join(modules, ".package-lock.json"), "utf8")) as {
    packages: Record<string, { optional?: boolean; link?: boolean }>;
  };
  return new Map(
    Object.entries(lock.packages)
      .filter(([k, v]) => k.startsWith("node_modules/") && !v.link)
      .map(([k, v]) => [k.replace(/^node_modules\//, ""), { optional: v.optional === true }]),
  );
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function report(label: string, modules: string) {
  const sizes = weigh(modules);
  const pkgs = installed(modules);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  // du counts the disk blocks the files take, which is what a full disk feels (many small files).
  const du = spawnSync("du", ["-sk", modules], { encoding: "utf8" });
  const onDisk = du.status === 0 ? `, ${mb(Number.parseInt(du.stdout, 10) * 1024)} on disk` : "";
  console.log(`${label}: ${pkgs.size} packages, ${mb(total)} of files${onDisk}`);
  const optional = [...pkgs].filter(([, v]) => v.optional).map(([k]) => k);
  if (optional.length) {
    const size = optional.reduce((s, k) => s + (sizes.get(k) ?? 0), 0);
    console.log(
      `  of which the optional sideloading chain (office-addin-debugging): ${optional.length} packages, ${mb(size)} of files;` +
        ` without it (no libsecret): ${pkgs.size - optional.length} packages, ${mb(total - size)}`,
    );
  } else console.log("  the optional sideloading chain (office-addin-debugging) is not installed here");
  const top = new Map<string, number>();
  for (const [k, v] of sizes) {
    if (k.startsWith(".")) continue;
    const name = k.split("/node_modules/").pop() ?? k;
    const group = name.startsWith("@") ? name.split("/")[0] : name;
    top.set(group, (top.get(group) ?? 0) + v);
  }
  const heaviest = [...top].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`  heaviest: ${heaviest.map(([k, v]) => `${k} ${mb(v)}`).join(", ")}`);
}

report("development install (npm ci)", join(ROOT, "node_modules"));

const work = mkdtempSync(join(tmpdir(), "baocao06-deps-"));
try {
  // Packed from a copy with the sources linked, so this checkout's package.json is never rewritten.
  const src = join(work, "repo");
  mkdirSync(src);
  for (const f of ["package.json", "README.md"]) copyFileSync(join(ROOT, f), join(src, f));
  cpSync(join(ROOT, "bin"), join(src, "bin"), { recursive: true });
  for (const d of ["scripts", "src", "node_modules"]) symlinkSync(join(ROOT, d), join(src, d));
  const packed = spawnSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: src, encoding: "utf8" });
  if (packed.status !== 0) throw new Error(packed.stderr);
  const [info] = JSON.parse(packed.stdout) as { filename: string; size: number; unpackedSize: number }[];
  console.log(`packed command line: ${info.filename}, ${mb(info.size)} tarball, ${mb(info.unpackedSize)} unpacked`);
  const clerk = join(work, "clerk");
  mkdirSync(clerk);
  const inst = spawnSync("npm", ["install", "--offline", "--no-audit", "--no-fund", join(work, info.filename)], {
    cwd: clerk,
    encoding: "utf8",
  });
  if (inst.status !== 0) throw new Error(inst.stderr);
  report("packed command line installed into an empty folder", join(clerk, "node_modules"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
