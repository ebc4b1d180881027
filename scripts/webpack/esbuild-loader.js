// Webpack loader: our TypeScript and every library's JavaScript, lowered by esbuild to the
// ECMAScript level of the oldest webview the manifest admits (ES_FLOOR in webpack.config.js).
const { transform } = require("esbuild");

module.exports = function esbuildLoader(source) {
  const done = this.async();
  const { target } = this.getOptions();
  const file = this.resourcePath;
  const loader = file.endsWith(".tsx") ? "tsx" : file.endsWith(".ts") ? "ts" : file.endsWith(".jsx") ? "jsx" : "js";
  transform(source, { loader, target, jsx: "automatic", sourcefile: file, sourcemap: this.sourceMap ? "external" : false })
    .then((r) => done(null, r.code, r.map || undefined))
    .catch(done);
};
