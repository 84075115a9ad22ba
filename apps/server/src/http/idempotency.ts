import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type pg from "pg";
import { AppError } from "../errors/app-error.ts";
import {
  beginRequestTransaction,
  endRequestTransaction,
  runInRequestTransaction,
  type RequestTransaction,
} from "../db/request-transaction.ts";

/** How long a retry waits for the first request with its key before it is told to come back. */
const WAIT_FOR_FIRST = "10s";

interface StoredResponse {
  readonly status: number;
  readonly response: string | null;
  readonly route: string;
  readonly request_hash: string | null;
}

type Reservation = { kind: "run"; trx: RequestTransaction } | { kind: "replay"; row: StoredResponse };

const open = new WeakMap<FastifyRequest, RequestTransaction>();

function keyOf(req: FastifyRequest): string | null {
  const key = req.headers["idempotency-key"];
  if (req.method !== "POST" || typeof key !== "string" || !req.auth) return null;
  if (key.length < 8 || key.length > 200) {
    throw new AppError("validation.failed", "Idempotency-Key must be 8 to 200 characters.", {
      field: "Idempotency-Key",
    });
  }
  return key;
}

const routeOf = (req: FastifyRequest) => `${req.method} ${req.url}`;
const hashOf = (req: FastifyRequest) =>
  createHash("sha256")
    .update(JSON.stringify(req.body ?? null))
    .digest("hex");

/**
 * Reserves the key inside the request's own transaction: the key row is inserted first, so a second
 * request with the same key waits on it (PostgreSQL's unique-index wait) until the first commits, and
 * then replays what the first stored — or, if the first rolled back, runs itself. Only one of N
 * parallel requests ever runs the use case.
 */
async function reserve(pool: pg.Pool, req: FastifyRequest, key: string): Promise<Reservation> {
  const userId = req.auth!.user.id;
  const trx = await beginRequestTransaction(pool, { lockTimeout: WAIT_FOR_FIRST });
  let fresh: boolean;
  try {
    // The lock timeout bounds only this wait: it is lifted in the same statement once the key is ours.
    const r = await trx.client.query(
      `WITH k AS (
         INSERT INTO idempotency_key (user_id, key, route, status, request_hash)
         VALUES ($1, $2, $3, 0, $4) ON CONFLICT (user_id, key) DO NOTHING RETURNING 1)
       SELECT set_config('lock_timeout', '0', true) FROM k`,
      [userId, key, routeOf(req), hashOf(req)],
    );
    fresh = r.rowCount === 1;
  } catch (e) {
    await endRequestTransaction(trx, false).catch(() => {});
    if ((e as { code?: string }).code === "55P03") throw inProgress();
    throw e;
  }
  if (fresh) return { kind: "run", trx };
  await endRequestTransaction(trx, false);
  const prior = await pool.query<StoredResponse>(
    "SELECT status, response, route, request_hash FROM idempotency_key WHERE user_id = $1 AND key = $2",
    [userId, key],
  );
  const row = prior.rows[0];
  if (!row || row.status === 0) throw inProgress();
  if (row.route !== routeOf(req) || (row.request_hash !== null && row.request_hash !== hashOf(req))) {
    throw new AppError("conflict.duplicate", "This Idempotency-Key was used for another request.", {
      field: "Idempotency-Key",
    });
  }
  return { kind: "replay", row };
}

function inProgress(): AppError {
  return new AppError(
    "conflict.idempotency_in_progress",
    "A request with this Idempotency-Key is still being processed; retry in a few seconds.",
    { field: "Idempotency-Key", headers: { "retry-after": "2" } },
  );
}

function replay(reply: FastifyReply, row: StoredResponse): void {
  void reply
    .header("idempotent-replay", "true")
    .code(row.status)
    .type("application/json; charset=utf-8")
    .send(row.response ?? "");
}

/** What is kept for a retry: the JSON text exactly as sent, or nothing for a file download. */
function storable(payload: unknown): string | null {
  return typeof payload === "string" && payload.length > 0 ? payload : null;
}

/**
 * `Idempotency-Key` on POST (ARCHITECTURE.md): the whole request — the use case's writes, their audit
 * rows and the stored response — is one transaction with the key, committed before the response
 * leaves. A retry with the same key gets the first response again and changes nothing, whether it
 * comes after the first finished, while it runs (it waits, then replays), or after a crash right
 * after the commit (the key committed with the write). A refused or failed attempt (4xx, 5xx) keeps
 * no key, so its retry really runs again; whatever else it wrote (the audit row of a refusal) stays.
 */
export function installIdempotency(app: FastifyInstance, pool: pg.Pool): void {
  // Callback style, so that the handler runs inside the request transaction's async context.
  app.addHook("preHandler", (req, reply, done) => {
    let key: string | null;
    try {
      key = keyOf(req);
    } catch (e) {
      done(e as Error);
      return;
    }
    if (!key) {
      done();
      return;
    }
    reserve(pool, req, key).then(
      (r) => {
        if (r.kind === "replay") return replay(reply, r.row);
        open.set(req, r.trx);
        runInRequestTransaction(r.trx, done);
      },
      (e: Error) => done(e),
    );
  });

  app.addHook("onSend", async (req, reply, payload) => {
    const trx = open.get(req);
    if (!trx) return payload;
    open.delete(req);
    const key = req.headers["idempotency-key"] as string;
    try {
      if (reply.statusCode < 400) {
        await trx.client.query(
          "UPDATE idempotency_key SET status = $3, response = $4 WHERE user_id = $1 AND key = $2",
          [req.auth!.user.id, key, reply.statusCode, storable(payload)],
        );
      } else {
        await trx.client.query("DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2", [
          req.auth!.user.id,
          key,
        ]);
      }
      await endRequestTransaction(trx, true);
      return payload;
    } catch (e) {
      await endRequestTransaction(trx, false).catch(() => {});
      // Nothing was written: the client must not take this for a success.
      req.log.error({ err: { message: (e as Error).message }, route: req.routeOptions.url }, "commit failed");
      void reply.code(500).type("application/json; charset=utf-8");
      return JSON.stringify({
        error: {
          code: "internal",
          message: `An internal error occurred. Quote request id ${req.id} to support.`,
          requestId: req.id,
        },
      });
    }
  });

  // Normally onSend has ended it; a response that never passed onSend gives the connection back here.
  app.addHook("onResponse", async (req) => {
    const trx = open.get(req);
    if (!trx) return;
    open.delete(req);
    await endRequestTransaction(trx, false).catch(() => {});
  });
}
