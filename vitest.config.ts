import { defineConfig } from "vitest/config";

// One run, three projects: the pure law (with branch coverage), the server against a real
// PostgreSQL (embedded unless DATABASE_URL is set), and small web unit tests (catalog keys).
export default defineConfig({
  test: {
    projects: [
      { test: { name: "law", include: ["packages/law/src/**/*.test.ts"] } },
      { test: { name: "contract", include: ["packages/contract/src/**/*.test.ts"] } },
      {
        test: {
          name: "server",
          include: ["apps/server/src/**/*.test.ts"],
          globalSetup: ["apps/server/src/test/global-setup.ts"],
          testTimeout: 30000,
          hookTimeout: 60000,
        },
      },
      { test: { name: "web", include: ["apps/web/src/**/*.test.ts"] } },
    ],
    coverage: {
      provider: "v8",
      include: ["packages/law/src/**/*.ts"],
      exclude: ["**/*.test.ts", "**/index.ts"],
      reporter: ["text-summary", "json-summary"],
    },
  },
});
