// Webpack loader: our TypeScript and every library's JavaScript, lowered by esbuild to the
// ECMAScript level of the oldest webview the manifest admits (ES_FLOOR in webpack.config.js).
const { transform } = require("esbuild");

module.exports = function esbuildLoader(source) {
  const done = this.async();
  const { target } = this.getOptions();
  const file = this.resourcePath;
  const loader = file.endsWith(".tsx") ? "tsx" : file.endsWith(".ts") ? "ts" : file.endsWith(".jsx") ? "jsx" : "js";
  transform(source, {
    loader,
    target,
    // Webpack resolves these at build time (chunks, the parser worker's URL): keep them for it,
    // or esbuild would empty import.meta at ES2017 and the worker would never be bundled.
    supported: { "dynamic-import": true, "import-meta": true },
    jsx: "automatic",
    sourcefile: file,
    sourcemap: this.sourceMap ? "external" : false,
  })
    .then((r) => done(null, r.code, r.map || undefined))
    .catch(done);
};
