/**
 * npm run release — the package a province's IT hosts: BAOCAO06_URL=https://host/path/ npm run release
 * writes release/baocao06-<version>/ (the production pages and assets, manifest.xml for that URL,
 * HUONG-DAN-TRIEN-KHAI.md, SHA256SUMS) and release/baocao06-<version>.zip with that folder inside.
 * --from <dir> packages an existing production web build instead of running webpack (the pages do
 * not depend on the URL; only the manifest does, and it is written here); --out <dir> moves release/.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { zipSync } from "fflate";
import { checkHostUrl, HostUrlError } from "./hostUrl.cjs";

const ROOT = resolve(__dirname, "..");
const URL_DEV = "https://localhost:3000/";
/** The example address docs/HUONG-DAN-TRIEN-KHAI.md is written with; the release fills in the real one. */
const GUIDE_URL = "https://intranet.example.gov.vn/baocao06/";

class Refusal extends Error {}

function checkUrl(raw: string | undefined): URL {
  try {
    return checkHostUrl(raw);
  } catch (e) {
    throw e instanceof HostUrlError ? new Refusal(e.message) : e;
  }
}

/** The same replacement as webpack.config.js, plus the manifest version taken from package.json. */
function productionManifest(text: string, url: string, version: string): string {
  if (!text.includes(URL_DEV)) throw new Error(`manifest.xml does not contain ${URL_DEV}`);
  const out = text
    .split(URL_DEV)
    .join(url)
    .split(URL_DEV.replace(/\/$/, ""))
    .join(new URL(url).origin)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`);
  if (out.includes("localhost")) throw new Error("manifest.xml still mentions localhost after the replacement");
  return out;
}

function guide(url: URL, version: string): string {
  const text = readFileSync(join(ROOT, "docs/HUONG-DAN-TRIEN-KHAI.md"), "utf8");
  const example = new URL(GUIDE_URL);
  const path = url.pathname;
  return text
    .replace(/^<!--.*-->\n\n/m, "")
    .split(GUIDE_URL)
    .join(url.href)
    .split(example.host)
    .join(url.host)
    .split(`location ${example.pathname}`)
    .join(`location ${path}`)
    .replace(/\/var\/www\/baocao06(?=[\s`])/g, `/var/www${path.replace(/\/$/, "")}`)
    .split("X.Y.Z")
    .join(version);
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : [p];
    })
    .sort();
}

function main(): number {
  const { values } = parseArgs({ options: { from: { type: "string" }, out: { type: "string" } } });
  const url = checkUrl(process.env.BAOCAO06_URL);
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  const name = `baocao06-${version}`;
  const outRoot = resolve(values.out ?? join(ROOT, "release"));
  const dir = join(outRoot, name);
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.zip`, { force: true });
  mkdirSync(outRoot, { recursive: true });

  if (values.from) {
    const from = resolve(values.from);
    if (!existsSync(join(from, "taskpane.html"))) throw new Refusal(`"${from}" không phải một bản dựng web (không có taskpane.html).`);
    cpSync(from, dir, { recursive: true });
  } else {
    const built = spawnSync(process.execPath, [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], {
      cwd: ROOT,
      env: { ...process.env, BAOCAO06_URL: url.href, BAOCAO06_OUT: dir },
      stdio: "inherit",
    });
    if (built.status !== 0) throw new Refusal("Dựng bản phát hành (webpack) không thành công: xem thông báo ở trên.");
  }
  // The build's size report is for developers, not for the server.
  rmSync(join(dir, "bundle-sizes.json"), { force: true });
  writeFileSync(join(dir, "manifest.xml"), productionManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"), url.href, version));
  writeFileSync(join(dir, "HUONG-DAN-TRIEN-KHAI.md"), guide(url, version));

  const listed = files(dir).map((p) => ({ path: p, rel: relative(dir, p).split(sep).join("/") }));
  const sums = listed.map(({ path, rel }) => `${createHash("sha256").update(readFileSync(path)).digest("hex")}  ${rel}\n`).join("");
  writeFileSync(join(dir, "SHA256SUMS"), sums);

  const entries: Record<string, Uint8Array> = {};
  for (const p of files(dir)) entries[`${name}/${relative(dir, p).split(sep).join("/")}`] = readFileSync(p);
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(`${dir}.zip`, zip);

  const bytes = listed.reduce((s, { path }) => s + statSync(path).size, 0);
  console.log(`Bản phát hành ${version} cho ${url.href}:`);
  console.log(`  ${relative(process.cwd(), dir) || dir}/  ${listed.length + 1} tệp, ${(bytes / 1024).toFixed(0)} KB`);
  console.log(`  ${relative(process.cwd(), `${dir}.zip`)}  ${(zip.length / 1024).toFixed(0)} KB`);
  console.log(`  sha256 ${createHash("sha256").update(zip).digest("hex")}`);
  console.log(`Hướng dẫn cho bộ phận CNTT: ${join(relative(process.cwd(), dir), "HUONG-DAN-TRIEN-KHAI.md")}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(e instanceof Refusal ? e.message : `Không tạo được bản phát hành: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
}
