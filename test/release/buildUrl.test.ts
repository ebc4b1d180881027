/**
 * `npm run build` (webpack, production) refuses to write a manifest for a missing, plain-HTTP or
 * non-folder address: such a manifest would install an add-in that Excel cannot load.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

test.each([
  [undefined, /Thiếu địa chỉ máy chủ/],
  ["http://baocao.example.gov.vn/da06/", /phải bắt đầu bằng https:\/\//],
  ["https://baocao.example.gov.vn/da06", /kết thúc bằng dấu "\/"/],
])("a production build with BAOCAO06_URL=%s stops with the reason and writes nothing", (url, message) => {
  const out = join(mkdtempSync(join(tmpdir(), "baocao06-build-")), "web");
  const env: NodeJS.ProcessEnv = { ...process.env, BAOCAO06_OUT: out };
  if (url === undefined) delete env.BAOCAO06_URL;
  else env.BAOCAO06_URL = url;
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  try {
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    expect(existsSync(join(out, "manifest.xml"))).toBe(false);
  } finally {
    rmSync(join(out, ".."), { recursive: true, force: true });
  }
});
