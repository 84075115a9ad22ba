// `npm start`: builds the web app when its sources are newer than the build, then runs the server.
// The terminal keeps what a person starting the demo needs (the URL, the logins, warnings and errors);
// the server's log lines (JSON, one a line) go whole to DATA_DIR/logs/server.log.
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

const launched = Date.now();
const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, "apps/web/dist/index.html");

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(dist) || newest(path.join(root, "apps/web/src")) > statSync(dist).mtimeMs) {
  process.stdout.write("building the web app… ");
  // Vite's list of assets is of no use here: shown only when the build fails.
  const r = spawnSync("npm", ["run", "build", "-w", "@aldyn/web"], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) {
    process.stdout.write("failed\n");
    process.stderr.write(`${r.stdout ?? ""}${r.stderr ?? ""}`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`done in ${((Date.now() - launched) / 1000).toFixed(1)} s\n`);
}

const logDir = path.resolve(root, process.env.DATA_DIR ?? "data", "logs");
mkdirSync(logDir, { recursive: true });
const logFile = path.join(logDir, "server.log");
// pino's levels: 40 warn, 50 error, 60 fatal.
const LEVELS = { 40: "warn", 50: "error", 60: "fatal" };

const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
  cwd: root,
  // The banner reports the time from here, the web app's build included.
  env: { ...process.env, ALDYN_LAUNCHED_AT: String(launched) },
  stdio: ["inherit", "pipe", "inherit"],
});
let told = false;
createInterface({ input: child.stdout }).on("line", (line) => {
  const entry = line.startsWith("{") ? parsed(line) : null;
  if (!entry) return void process.stdout.write(`${line}\n`);
  appendFileSync(logFile, `${line}\n`);
  const level = LEVELS[entry.level];
  if (!level) return;
  const why = entry.err?.message && entry.err.message !== entry.msg ? `: ${entry.err.message}` : "";
  process.stdout.write(`[${level}] ${entry.msg ?? ""}${why}\n`);
  if (!told) process.stdout.write(`        (the server's log: ${path.relative(process.cwd(), logFile)})\n`);
  told = true;
});

function parsed(line) {
  try {
    const v = JSON.parse(line);
    return typeof v === "object" && v !== null && typeof v.level === "number" ? v : null;
  } catch {
    return null;
  }
}

// Ctrl-C reaches the child through the process group; forward SIGTERM explicitly.
process.on("SIGTERM", () => child.kill("SIGTERM"));
process.on("SIGINT", () => {});
// "close": after the last line of its output, not only its exit.
child.on("close", (code) => process.exit(code ?? 0));
