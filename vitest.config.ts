import { defineConfig } from "vitest/config";

// One run, three projects: the pure law (with branch coverage), the server against a real
// PostgreSQL (embedded unless DATABASE_URL is set), and small web unit tests (catalog keys).
export default defineConfig({
  test: {
    // Database tests wait on PostgreSQL most of their time: on a 2-core machine vitest's default
    // (cores - 1 = one worker) leaves both cores half idle. Three workers measured 271 s for the server
    // project against ~420 s with one; VITEST_MAX_WORKERS overrides it.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 3),
    minWorkers: 1,
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
