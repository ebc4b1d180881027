// Bundles the command line and the libraries it runs on into lib/cli.js (kept out of dist/, which is
// the web build to host): `npx baocao06` runs without a TypeScript toolchain, and the package that
// `npm pack` makes has no dependencies to download, so a clerk installs one file without the network.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "lib/cli.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
