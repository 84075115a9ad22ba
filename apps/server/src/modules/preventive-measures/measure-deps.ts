import type { FastifyRequest } from "fastify";
import { DEFAULT_DAY_TRANSFERS, kazakhstanWorkCalendar, type LawConfig, type WorkCalendar } from "@aldyn/law";
import type { Actor } from "../../access/roles.ts";
import type { AuditContext } from "../../audit/record.ts";
import type pg from "pg";
import type { Db } from "../../db/pool.ts";
import { auditContext, requireAuth } from "../../http/request-context.ts";

/**
 * What the measures, register and worklist use cases need, passed explicitly (no singletons): the
 * database, the law's configuration, the working calendar and the clock (tests may fix it).
 */
export interface MeasureDeps {
  readonly db: Db;
  /** Lists run their statements prepared on it (http/prepared.ts); without it, as plain queries. */
  readonly pool?: pg.Pool;
  readonly law: LawConfig;
  readonly workCalendar: WorkCalendar;
  readonly now: () => Date;
}

export function measureDeps(deps: {
  db: Db;
  pool?: pg.Pool;
  config: { law: LawConfig };
  now?: () => Date;
}): MeasureDeps {
  return {
    db: deps.db,
    ...(deps.pool ? { pool: deps.pool } : {}),
    law: deps.config.law,
    // The calendar loads holiday tables lazily per year; one per app, not per module.
    workCalendar: kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS),
    now: deps.now ?? (() => new Date()),
  };
}

/** Who acts: the access rules' actor, the user and the audit context of the request. */
export interface ActCtx {
  readonly actor: Actor;
  readonly userId: string;
  readonly audit: AuditContext;
}

export function actCtx(req: FastifyRequest): ActCtx {
  const auth = requireAuth(req);
  return { actor: auth.actor, userId: auth.user.id, audit: auditContext(req) };
}
