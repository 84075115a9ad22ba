// Runs the browser journeys with tsx (TypeScript) — `npm run test:e2e`.
import { spawnSync } from "node:child_process";
import path from "node:path";
const root = path.resolve(import.meta.dirname, "..");
const r = spawnSync(process.execPath, ["--import", "tsx", "e2e/run.ts", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
process.exit(r.status ?? 1);
