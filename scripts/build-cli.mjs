// Bundles the command line into lib/cli.js (kept out of dist/, which is the web build to host)
// so `npx baocao06` runs without a TypeScript toolchain.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "lib/cli.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Runtime dependencies stay in node_modules.
  packages: "external",
  logLevel: "warning",
});
