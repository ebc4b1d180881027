// The production web build (task pane, commands, browser page), made once per test run and shared
// by every suite that needs it instead of each paying for its own webpack build.
// As jest globalSetup it builds on a full run; a targeted run (`npx jest test/core`) skips it and a
// suite that needs the bundle builds it on first use (test/support/webBuild.ts).
const { execFileSync } = require("node:child_process");
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

function buildWeb() {
  const root = join(__dirname, "..", "..");
  const out = join(mkdtempSync(join(tmpdir(), "baocao06-web-")), "web");
  const log = execFileSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
    cwd: root,
    // The pages do not depend on the address; the manifest gets this one (a release writes its own).
    env: { BAOCAO06_URL: "https://baocao06.example.gov.vn/", ...process.env, BAOCAO06_OUT: out },
    stdio: ["ignore", "pipe", "inherit"],
  }).toString();
  process.env.BAOCAO06_TEST_DIST = out;
  process.env.BAOCAO06_TEST_BUILD_LOG = log;
  return { dir: out, log };
}

module.exports = async function globalSetup(globalConfig) {
  if (!globalConfig.testPathPattern) buildWeb();
};
module.exports.buildWeb = buildWeb;
