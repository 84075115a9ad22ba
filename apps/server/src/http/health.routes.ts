import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import type pg from "pg";
import { Health } from "@aldyn/contract";
import type { Db } from "../db/pool.ts";
import { migrationStatus } from "../db/migrate.ts";

/** `/api/health`: database reachable, migrations applied, version. 503 when degraded. */
export function healthRoutes(app: FastifyInstance, deps: { db: Db; pool: pg.Pool; version: string }): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      config: { access: "public" },
      schema: { tags: ["system"], summary: "Health", response: { 200: Health, 503: Health } },
    },
    async (_req, reply) => {
      const database = await sql`SELECT 1`.execute(deps.db).then(
        () => true,
        () => false,
      );
      const migrations = database ? await migrationStatus(deps.pool) : { applied: 0, pending: 0 };
      const ok = database && migrations.pending === 0;
      return reply
        .code(ok ? 200 : 503)
        .send({ status: ok ? "ok" : "degraded", database, migrations, version: deps.version });
    },
  );
}
