import type { FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.ts";
import type { DbHandle } from "../db/pool.ts";
import { attachReplica } from "../db/replica.ts";
import { buildApp } from "../http/app.ts";

export interface HttpServer {
  readonly app: FastifyInstance;
  /** Stops taking connections, answers the requests in flight, then closes the replica's pool. */
  close(): Promise<void>;
}

/** The name of the header that tells which process answered (SERVER_PROCESS_HEADER). */
export const WORKER_HEADER = "x-aldyn-worker";

/**
 * The API and the web app on `handle`'s pool, listening on PORT/HOST. In a cluster worker the
 * listening socket is the primary's, shared by every worker (node:cluster hands out connections in
 * turn). Reports read from DATABASE_REPLICA_URL when it is set (docs/scaling.md); everything else from
 * the primary database. `worker`: this process's number, told in a header when SERVER_PROCESS_HEADER
 * is on (a number, not the pid: nothing about the host goes to clients).
 */
export async function serveHttp(
  config: Config,
  handle: DbHandle,
  opts: { replicaPoolSize?: number; rateLimitStore?: FastifyRateLimitStoreCtor; worker?: number } = {},
): Promise<HttpServer> {
  const replica = attachReplica(handle.db, config.databaseReplicaUrl, opts.replicaPoolSize);
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({
      db: handle.db,
      pool: handle.pool,
      config,
      serveWeb: true,
      rateLimitStore: opts.rateLimitStore,
    });
    if (config.processHeader) {
      const worker = String(opts.worker ?? 0);
      app.addHook("onSend", async (_req, reply) => void reply.header(WORKER_HEADER, worker));
    }
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await app?.close().catch(() => {});
    await replica?.close().catch(() => {});
    throw e;
  }
  const served = app;
  return {
    app: served,
    async close() {
      await served.close().catch(() => {});
      await replica?.close().catch(() => {});
    },
  };
}
