// Browser journeys: Debian chromium driven by playwright-core against a real server (`npm run test:e2e`).
import { chromium, type Browser, type Page } from "playwright-core";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startServer, type RunningServer } from "./harness.ts";
import { journeys } from "./journeys.ts";

export interface JourneyContext {
  readonly server: RunningServer;
  readonly page: Page;
}
export interface Journey {
  readonly name: string;
  run(ctx: JourneyContext): Promise<void>;
}

const root = path.resolve(import.meta.dirname, "..");
const jsonOut = process.argv.includes("--json")
  ? process.argv[process.argv.indexOf("--json") + 1]
  : undefined;
// `npm run test:e2e -- --only <text>` runs the journeys whose name contains the text (one journey
// while it is written; the full run is the default).
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const chosen = only ? journeys.filter((j) => j.name.includes(only)) : journeys;
const shots = path.join(root, ".ci/out/screenshots");
mkdirSync(shots, { recursive: true });

let passed = 0;
let failed = 0;
let server: RunningServer | undefined;
let browser: Browser | undefined;
try {
  server = await startServer(root);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  for (const j of chosen) {
    const context = await browser.newContext({ acceptDownloads: true, locale: "en-US" });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const t0 = Date.now();
    try {
      await j.run({ server, page });
      passed += 1;
      console.log(`✓ ${j.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed += 1;
      console.log(`✗ ${j.name}: ${(e as Error).message}`);
      await page.screenshot({ path: path.join(shots, `${j.name.replace(/\W+/g, "-")}.png`) }).catch(() => {});
    } finally {
      await context.close();
    }
  }
} catch (e) {
  failed += 1;
  console.log(`✗ harness: ${(e as Error).message}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.stop().catch(() => {});
}
console.log(`${passed} passed, ${failed} failed`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ passed, failed }));
process.exit(failed === 0 ? 0 : 1);
