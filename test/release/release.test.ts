/**
 * `npm run release` as a province's IT gets it: the URL refused unless it is an https:// folder;
 * then one folder and one zip with the pages, the manifest for that URL, the guide and SHA256SUMS.
 * The folder is served over HTTP on 127.0.0.1 and the pane the manifest points to is opened in
 * Chromium. The pages come from the test run's one production build (--from), which is the same
 * webpack build `npm run release` runs itself; only the manifest depends on the URL.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { webBuild } from "../support/webBuild";
import { type Harness, openPane, startHarness } from "../browser/harness";

const ROOT = join(__dirname, "../..");
const URL_PROD = "https://baocao.thanhhoa.example.gov.vn/da06/";
const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
let work = "";

function release(url: string | undefined, out: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (url === undefined) delete env.BAOCAO06_URL;
  else env.BAOCAO06_URL = url;
  return spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/release.ts"), "--from", webBuild().dir, "--out", out], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "baocao06-release-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.each([
  [undefined, /Thiếu địa chỉ máy chủ/],
  ["https://baocao.example.gov.vn/da06", /kết thúc bằng dấu "\/"/],
  ["http://baocao.example.gov.vn/da06/", /phải bắt đầu bằng https:\/\//],
  ["baocao.example.gov.vn/da06/", /không phải một địa chỉ web/],
])("BAOCAO06_URL=%s is refused in one line, nothing written", (url, message) => {
  const out = join(work, "refused");
  const r = release(url, out);
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  expect(existsSync(join(out, `baocao06-${version}`))).toBe(false);
});

describe("a release for an HTTPS URL", () => {
  let out = "";
  let dir = "";
  let h: Harness | null = null;
  beforeAll(() => {
    out = join(work, "release");
    dir = join(out, `baocao06-${version}`);
    const r = release(URL_PROD, out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
  afterAll(async () => h?.close());

  test("one folder and one zip: pages, manifest for the URL, guide, SHA256SUMS that verify", () => {
    for (const f of [
      "taskpane.html",
      "index.html",
      "commands.html",
      "taskpane.js",
      "manifest.xml",
      "SHA256SUMS",
      "HUONG-DAN-TRIEN-KHAI.md",
    ]) {
      expect(existsSync(join(dir, f))).toBe(true);
    }
    const manifest = readFileSync(join(dir, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${URL_PROD}taskpane.html"`);
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    expect(manifest).not.toMatch(/localhost|contoso/);

    const check = spawnSync("sha256sum", ["-c", "--strict", "SHA256SUMS"], { cwd: dir, encoding: "utf8" });
    expect(check.status).toBe(0);
    const sums = readFileSync(join(dir, "SHA256SUMS"), "utf8").trim().split("\n");
    expect(sums.map((l) => l.split("  ")[1])).toEqual(expect.arrayContaining(["manifest.xml", "taskpane.html", "HUONG-DAN-TRIEN-KHAI.md"]));

    const zip = unzipSync(readFileSync(`${dir}.zip`));
    const names = Object.keys(zip).sort();
    expect(names).toEqual(expect.arrayContaining([`baocao06-${version}/manifest.xml`, `baocao06-${version}/SHA256SUMS`]));
    expect(names).toHaveLength(sums.length + 1);
    expect(Buffer.from(zip[`baocao06-${version}/manifest.xml`]).toString("utf8")).toBe(manifest);
  });

  test("the guide is in Vietnamese, for this URL, and names each step IT takes", () => {
    const text = readFileSync(join(dir, "HUONG-DAN-TRIEN-KHAI.md"), "utf8");
    expect(text).toContain(URL_PROD);
    expect(text).toContain("location /da06/");
    expect(text).not.toMatch(/example\.gov\.vn\/baocao06|X\.Y\.Z|<!--/);
    for (const step of [
      "sha256sum -c SHA256SUMS",
      "nginx",
      "IIS",
      "web.config",
      "Cache-Control: no-cache",
      "text/javascript",
      "X-Frame-Options",
      "Trung tâm quản trị Microsoft 365",
      "Ứng dụng tích hợp",
      "Thư mục dùng chung",
      "Danh mục Phần bổ trợ Tin cậy",
      "Excel trên web",
      "Tải lên Phần bổ trợ của tôi",
      "Kiểm tra tương thích",
      "Mở bảng tổng hợp",
      "Cập nhật lên bản mới",
    ]) {
      expect(text).toContain(step);
    }
    expect(readFileSync(join(ROOT, "docs/HUONG-DAN-TRIEN-KHAI.md"), "utf8")).toContain("Hướng dẫn triển khai BaoCao06");
  });

  test("served from the folder, the pane the manifest points to opens in Chromium", async () => {
    h = await startHarness("baocao06-release-page-", dir);
    const manifest = readFileSync(join(dir, "manifest.xml"), "utf8");
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 350, height: 800 });
    // Outside Excel office.js is refused, so the pane comes up in browser mode, as the page does.
    await openPane(page, source.replace(URL_PROD, h.base));
    expect(await page.getByTestId("mode").textContent()).toBe("Chế độ trình duyệt (không cần Excel)");
    await openPane(page, `${h.base}index.html`);
    expect(await page.getByTestId("mode").textContent()).toBe("Chế độ trình duyệt (không cần Excel)");
    expect(h.outside.filter((u) => !u.startsWith("https://appsforoffice.microsoft.com/"))).toEqual([]);
  });
});
