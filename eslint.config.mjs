// Lint for the add-in code (office-addin-lint reads this file too): the Office.js rules of
// eslint-plugin-office-addins (load before read, sync before read, isNullObject, no sync in loops).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";

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

export default [
  { ignores: ["dist/**", "out/**", "node_modules/**", "**/*.js", "!webpack.config.js"] },
  ...officeAddins.configs.react,
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts", "src/io/office/**/*.ts"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        Office: "readonly",
        Excel: "readonly",
        window: "readonly",
        document: "readonly",
        console: "readonly",
        setTimeout: "readonly",
        URL: "readonly",
        URLSearchParams: "readonly",
        Blob: "readonly",
        File: "readonly",
        HTMLInputElement: "readonly",
        performance: "readonly",
        globalThis: "readonly",
      },
    },
    settings: { react: { version: "detect" } },
    rules: {
      ...officeRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // The core rule flags parameter names inside function types; the TypeScript rule above is the one that counts.
      "no-unused-vars": "off",
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      // The code base keeps a 150-column width that predates prettier; formatting is not a lint error.
      "prettier/prettier": "off",
      // Types come from TypeScript (strict), not from runtime prop-types.
      "react/prop-types": "off",
      // TypeScript resolves globals and types; the core rule does not know `Excel.RequestContext`.
      "no-undef": "off",
    },
  },
];
