// Bundles the command line into dist/cli.js so `npx baocao06` runs without a TypeScript toolchain.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Runtime dependencies stay in node_modules.
  packages: "external",
  logLevel: "warning",
});
