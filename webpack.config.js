// Shape of the yo-office React template: one entry and one HtmlWebpackPlugin per page, HTTPS dev
// server through office-addin-dev-certs, production manifest derived from the localhost one.

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const { checkHostUrl } = require("./scripts/hostUrl.cjs");

const urlDev = "https://localhost:3000/";
/** Tests build into their own folder so they never race a developer's `dist/`. */
const outDir = process.env.BAOCAO06_OUT ? path.resolve(process.env.BAOCAO06_OUT) : path.resolve(__dirname, "dist");
/**
 * The oldest JavaScript the shipped bundles may contain: Excel 2019 and 2021 on Windows run
 * add-ins in EdgeHTML 18 (ES2017 plus a little), older Safari on the Mac. IE11 (Excel 2019
 * volume licence on old Windows) gets the message in the pages, not the app. A test parses
 * every dist/*.js at this level.
 */
const ES_FLOOR = "es2017";
/** The IE11-readable message shown where the app cannot start, inlined into every page. */
const legacyNotice = fs.readFileSync(path.resolve(__dirname, "src/taskpane/legacyNotice.js"), "utf8");
/** Initial JavaScript budget of the task pane, gzip (issue #3). */
const PANE_BUDGET_GZIP = 300 * 1024;

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** Replace the dev URL in the manifest; fail the build if there was nothing to replace. */
function productionManifest(content, urlProd) {
  const text = content.toString();
  if (!text.includes(urlDev)) throw new Error(`manifest.xml does not contain ${urlDev}`);
  const out = text.split(urlDev).join(urlProd).split(urlDev.replace(/\/$/, "")).join(new URL(urlProd).origin);
  if (out.includes("localhost")) throw new Error("manifest.xml still mentions localhost after the replacement");
  return out;
}

/** Prints the gzip size of each page's initial scripts and fails the build over budget. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleSizePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => report(compilation),
      );
    });
    const report = (compilation) => {
      const lines = [];
      const sizes = {};
      for (const [name, entry] of compilation.entrypoints) {
        let raw = 0;
        let gz = 0;
        for (const file of entry.getFiles().filter((f) => f.endsWith(".js"))) {
          const src = compilation.assets[file].source();
          raw += Buffer.byteLength(src);
          gz += zlib.gzipSync(src, { level: 9 }).length;
        }
        sizes[name] = { raw, gzip: gz };
        lines.push(`  ${name.padEnd(10)} initial JS ${(raw / 1024).toFixed(1)} KB, gzip ${(gz / 1024).toFixed(1)} KB`);
      }
      let lazy = 0;
      for (const chunk of compilation.chunks) {
        if (chunk.canBeInitial()) continue;
        for (const file of chunk.files) if (file.endsWith(".js")) lazy += Buffer.byteLength(compilation.assets[file].source());
      }
      lines.push(`  lazy chunks (xlsx reader/writer) ${(lazy / 1024).toFixed(1)} KB`);
      const json = JSON.stringify({ budgetGzip: PANE_BUDGET_GZIP, entries: sizes, lazyRaw: lazy }, null, 2);
      compilation.emitAsset("bundle-sizes.json", new compiler.webpack.sources.RawSource(json));
      console.log(`Bundle sizes (office.js excluded):\n${lines.join("\n")}`);
      if (compiler.options.mode === "production" && sizes.taskpane && sizes.taskpane.gzip > PANE_BUDGET_GZIP) {
        compilation.errors.push(new Error(`taskpane initial JS is ${sizes.taskpane.gzip} bytes gzip, over the ${PANE_BUDGET_GZIP} budget`));
      }
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // A production build is for a server: without its HTTPS folder address the manifest would point
  // nowhere, so the build stops here with the reason instead of writing a placeholder URL.
  let urlProd = null;
  try {
    if (!dev) urlProd = checkHostUrl(process.env.BAOCAO06_URL).href;
  } catch (e) {
    console.error(`Không dựng được bản chính thức: ${e.message}`);
    process.exit(2);
  }
  return {
    devtool: dev ? "source-map" : false,
    // Webpack's own runtime code, too, at the floor.
    target: ["web", ES_FLOOR],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: outDir,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // The CLI bundle (npm run build:cli) lives in dist/ too.
      clean: { keep: /^cli\.js/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx"],
    },
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]sx?$/,
          // Type checking is `npm run typecheck`; the bundle only strips types and lowers syntax,
          // for our code and the libraries alike (Fluent UI and others ship ES2020+).
          use: { loader: path.resolve(__dirname, "scripts/webpack/esbuild-loader.js"), options: { target: ES_FLOOR } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { mode: "auto", legacyNotice },
      }),
      // The same app as a standalone page for offices whose Excel cannot run add-ins.
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { mode: "browser", legacyNotice },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { legacyNotice },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/commands/dialog.html", to: "dialog.html" },
          {
            from: "manifest*.xml",
            to: "[name]" + "[ext]",
            transform(content) {
              return dev ? content : productionManifest(content, urlProd);
            },
          },
        ],
      }),
      new BundleSizePlugin(),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
