import type { FastifyInstance } from "fastify";
import type { Db } from "../db/pool.ts";
import { AppError } from "../errors/app-error.ts";

/**
 * `Idempotency-Key` on POST (ARCHITECTURE.md): the first response (status and body) is kept for the
 * user and key; a retry with the same key gets that response again and changes nothing. Errors of
 * the server (5xx) are not kept, so a retry after one really runs again.
 */
export function installIdempotency(app: FastifyInstance, db: Db): void {
  app.addHook("preHandler", async (req, reply) => {
    const key = req.headers["idempotency-key"];
    if (req.method !== "POST" || typeof key !== "string" || !req.auth) return;
    if (key.length < 8 || key.length > 200) {
      throw new AppError("validation.failed", "Idempotency-Key must be 8 to 200 characters.", {
        field: "Idempotency-Key",
      });
    }
    const prior = await db
      .selectFrom("idempotency_key")
      .select(["status", "response", "route"])
      .where("user_id", "=", req.auth.user.id)
      .where("key", "=", key)
      .executeTakeFirst();
    if (!prior) return;
    if (prior.route !== `${req.method} ${req.url}`) {
      throw new AppError("conflict.duplicate", "This Idempotency-Key was used for another request.", {
        field: "Idempotency-Key",
      });
    }
    void reply.header("idempotent-replay", "true");
    await reply
      .code(prior.status)
      .type("application/json; charset=utf-8")
      .send(prior.response === null ? "" : JSON.stringify(prior.response));
    return reply;
  });
  app.addHook("onSend", async (req, reply, payload) => {
    const key = req.headers["idempotency-key"];
    if (req.method !== "POST" || typeof key !== "string" || !req.auth || reply.getHeader("idempotent-replay"))
      return payload;
    if (reply.statusCode >= 500 || key.length < 8 || key.length > 200) return payload;
    let response: unknown = null;
    if (typeof payload === "string" && payload.length > 0) {
      try {
        response = JSON.parse(payload);
      } catch {
        return payload; // not JSON (a file download): nothing to replay
      }
    }
    const row = {
      user_id: req.auth.user.id,
      key,
      route: `${req.method} ${req.url}`,
      status: reply.statusCode,
      response: JSON.stringify(response),
    };
    // In a transaction so that it commits synchronously (db/pool.ts CommitMode): the key must survive
    // whatever the write it guards survives, or a retry after a database crash would repeat the write.
    await db.transaction().execute((trx) =>
      trx
        .insertInto("idempotency_key")
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
    return payload;
  });
}
