/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type checking runs once in `npm run typecheck`; here we only strip types.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true } }],
  },
  testTimeout: 60000,
  globalSetup: "<rootDir>/test/support/webBuildSetup.js",
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
};
