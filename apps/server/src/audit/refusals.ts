import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from "fastify";
import type pg from "pg";
import type { Db } from "../db/pool.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import { auditContext } from "../http/request-context.ts";
import { auditValues, type AuditEntry } from "./record.ts";
import {
  domainOf,
  namedRecords,
  onOwnConnection,
  outOfReach,
  placementOf,
  type NamedRecord,
  type Placement,
} from "./named-record.ts";

interface Deps {
  readonly db: Db;
  readonly pool: pg.Pool;
}

const WRAPPED = Symbol("refusals");

/** A refusal by the access rules (`can`): 403 `access.*`, whatever route or use case threw it. */
function isAccessRefusal(e: unknown): e is AppError {
  return e instanceof AppError && e.status === 403 && e.code.startsWith("access.");
}

/**
 * The one place where refusals of access are handled (R11.1, R11.2), for every route: each handler is
 * wrapped as it is registered (`onRoute`), so a refusal thrown by any use case passes here. There:
 * 1. a record the request names (named-record.ts) that lies outside the actor's territory or body is
 *    answered exactly as an unknown id — the route's own 404 `not_found`, same message — so the answer
 *    never tells that the id exists elsewhere;
 * 2. the refusal is audited: one row with the actor, the route, `<domain>.read_refused` (GET) or
 *    `<domain>.write_refused`, and the record the request named, written on its own (autocommit on the
 *    pool), or in the request's transaction when it is one — a refusal keeps no idempotency key, and
 *    that transaction commits its audit rows (http/idempotency.ts). The refusal changes nothing else.
 * Requests with no actor (401) are not audited here; login attempts keep their own audit (auth/).
 * Register before the routes.
 */
export function installRefusals(app: FastifyInstance, deps: Deps): void {
  app.addHook("onRoute", (route) => {
    const handler = route.handler as RouteHandlerMethod & { [WRAPPED]?: true };
    // Fastify derives a HEAD route from each GET with the same options: wrap once.
    if (handler[WRAPPED]) return;
    const wrapped = function (this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) {
      let out: unknown;
      try {
        out = handler.call(this, req, reply);
      } catch (e) {
        return refused(deps, req, e);
      }
      // A handler may return the reply itself (sendFile, send): it is thenable, but Fastify's Reply.then
      // calls its first callback unguarded — leave it alone, or the process crashes on that route.
      if (out === reply || !isThenable(out)) return out;
      return out.then(
        (v) => v,
        (e: unknown) => refused(deps, req, e),
      );
    } as RouteHandlerMethod & { [WRAPPED]?: true };
    wrapped[WRAPPED] = true;
    route.handler = wrapped;
  });
}

function isThenable(x: unknown): x is PromiseLike<unknown> {
  return typeof (x as { then?: unknown } | null)?.then === "function";
}

async function refused(deps: Deps, req: FastifyRequest, e: unknown): Promise<never> {
  if (!isAccessRefusal(e) || !req.auth) throw e;
  const named = namedRecords(req);
  const places = new Map<NamedRecord, Placement | null>();
  let hidden: NamedRecord | undefined;
  for (const record of named) {
    if (!record.placed) continue;
    const place = await placementOf(deps, record.placed.kind, record.id);
    places.set(record, place);
    if (outOfReach(req.auth.actor, place)) {
      hidden = record;
      break;
    }
  }
  await audit(deps, req, hidden ?? named[0], places);
  throw hidden?.placed ? notFound(hidden.placed.noun) : e;
}

/** The refusal's audit row, naming the record refused (an attachment by the record it belongs to). */
async function audit(
  deps: Deps,
  req: FastifyRequest,
  record: NamedRecord | undefined,
  places: ReadonlyMap<NamedRecord, Placement | null>,
): Promise<void> {
  const action = `${domainOf(req)}.${req.method === "GET" || req.method === "HEAD" ? "read" : "write"}_refused`;
  const owner = record?.placed?.kind === "attachment" ? places.get(record) : undefined;
  const entry: AuditEntry = !record
    ? { action }
    : owner
      ? // As the attachment's download is audited (attachments/): on the record it belongs to.
        { action, recordType: owner.type, recordId: owner.id, fields: [`attachment.${record.id}`] }
      : { action, recordType: record.kind, recordId: record.id };
  try {
    const insert = deps.db
      .insertInto("audit_log")
      .values(auditValues(auditContext(req), entry))
      .compile();
    await onOwnConnection(deps.pool).query({ text: insert.sql, values: [...insert.parameters] });
  } catch (err) {
    // The refusal is answered all the same: nothing was shown. Only the route and the error are logged.
    req.log.error(
      { err: { message: (err as Error).message }, route: req.routeOptions.url },
      "refusal audit failed",
    );
  }
}
