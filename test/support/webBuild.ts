/** The production web build, shared by the suites of one test run (see test/support/webBuildSetup.js). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the jest globalSetup is plain CommonJS
const { buildWeb } = require("./webBuildSetup.js") as { buildWeb: () => { dir: string; log: string } };

export function webBuild(): { dir: string; log: string } {
  const dir = process.env.BAOCAO06_TEST_DIST;
  return dir ? { dir, log: process.env.BAOCAO06_TEST_BUILD_LOG ?? "" } : buildWeb();
}
