import cluster from "node:cluster";
import type { Config } from "../config.ts";
import { connect } from "../db/pool.ts";
import { serveHttp } from "./http.ts";
import { sharedRateStore } from "./shared-rate-limit.ts";
import { ASK_SETTINGS, SETTINGS, type WorkerSettings } from "./workers.ts";

/**
 * An HTTP worker of the cluster (SERVER_PROCESSES > 1): it only serves the API and the web app on the
 * port all workers share, with its own pool to the database the primary opened. Everything that must
 * happen once (migrations, seeding, secrets, jobs, audit sealing and anchoring) is the primary's.
 * SIGINT (Ctrl-C reaches every process of the terminal's group) or SIGTERM (from the primary) stops it
 * gracefully: no new connections, the requests in flight answered, then the pool closed.
 * If the primary dies, node:cluster ends its workers.
 */
export async function runWorker(config: Config): Promise<void> {
  const settings = await new Promise<WorkerSettings>((resolve) => {
    const take = (m: unknown) => {
      if ((m as { type?: unknown } | null)?.type !== SETTINGS) return;
      process.off("message", take);
      resolve(m as WorkerSettings);
    };
    process.on("message", take);
    process.send?.({ type: ASK_SETTINGS });
  });
  const h = connect(
    settings.databaseUrl,
    settings.poolSize,
    config.auditReadsSynchronous ? "all-sync" : "reads-async",
  );
  let closing: Promise<void> | undefined;
  let server: Awaited<ReturnType<typeof serveHttp>> | undefined;
  const close = (code: number) =>
    (closing ??= (async () => {
      await server?.close();
      await h.close().catch(() => {});
      process.exit(code);
    })());
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void close(0));
  }
  try {
    server = await serveHttp(config, h, {
      replicaPoolSize: settings.replicaPoolSize,
      rateLimitStore: sharedRateStore(),
      worker: cluster.worker?.id,
    });
  } catch (e) {
    process.stderr.write(`worker ${cluster.worker?.id} failed to start: ${(e as Error).message}\n`);
    await close(1);
  }
}
