// Lint for every source: src/, test/, scripts/, bench/ (office-addin-lint reads this file too).
// - TypeScript's recommended rules everywhere;
// - the Office.js rules of eslint-plugin-office-addins (load before read, sync before read,
//   isNullObject, no sync in loops) on the code that talks to Excel;
// - React's rules on the pane;
// - the engine's boundary: src/core imports nothing from adapters, front ends, React, exceljs,
//   fflate, Node or Office (the core-only type check in tsconfig.core.json backs this up for globals).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  // A warning in the plugin's preset; an error here: sync count must not grow with data.
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

const coreBoundary = {
  paths: [
    { name: "react", message: "src/core is pure: UI belongs in src/taskpane." },
    { name: "react-dom", message: "src/core is pure: UI belongs in src/taskpane." },
    { name: "exceljs", message: "src/core is pure: .xlsx belongs in src/io/xlsx." },
    { name: "fflate", message: "src/core is pure: zip belongs in src/io/xlsx." },
  ],
  patterns: [
    { group: ["node:*"], message: "src/core is pure: no Node modules." },
    {
      group: ["fs", "fs/*", "path", "os", "child_process", "crypto", "url", "util", "stream", "zlib", "buffer"],
      message: "src/core is pure: no Node modules.",
    },
    { group: ["@fluentui/*", "office-js", "@microsoft/office-js*", "office-addin-*"], message: "src/core is pure: no UI or Office." },
    {
      group: ["**/io/*", "**/io", "**/taskpane/*", "**/taskpane", "**/commands/*", "**/cli/*", "**/cli"],
      message: "src/core must not import adapters or front ends.",
    },
  ],
};

export default [
  { ignores: ["dist/**", "lib/**", "release/**", "out/**", "coverage/**", "node_modules/**", "samples/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,cts,mjs,js,cjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // Options spelled out: typescript-eslint 8.8 does not pass its defaults to ESLint 9.39's base rule.
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: false }],
    },
  },
  {
    // Node-run sources: the CLI, scripts, bench, tests and the build configuration.
    files: ["src/cli/**", "scripts/**", "bench/**", "test/**", "*.js", "*.mjs", "bin/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS configuration and launcher files.
    files: ["*.js", "bin/**/*.js", "test/support/*.js", "scripts/webpack/*.js", "scripts/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: {
      // These files are CommonJS by necessity (jest's config and globalSetup, the npm bin shim, webpack's
      // loader, the URL check webpack's config requires).
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["test/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    // Inlined into the pages and parsed by Internet Explorer 11: ES3 on purpose.
    files: ["src/taskpane/legacyNotice.js"],
    languageOptions: { ecmaVersion: 3, sourceType: "script", globals: { ...globals.browser } },
    rules: { "no-var": "off", "@typescript-eslint/no-unused-vars": "off" },
  },
  ...officeAddins.configs.react.map((config) => ({ ...config, files: ["src/taskpane/**/*.{ts,tsx}"] })),
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts", "src/io/office/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly" } },
    settings: { react: { version: "detect" } },
    rules: {
      ...officeRules,
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      // Formatting is checked by `prettier --check` in npm test, not by lint.
      "prettier/prettier": "off",
      // Types come from TypeScript (strict), not from runtime prop-types.
      "react/prop-types": "off",
      // TypeScript resolves globals and types; the core rule does not know `Excel.RequestContext`.
      "no-undef": "off",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "no-restricted-imports": ["error", coreBoundary] },
  },
];
