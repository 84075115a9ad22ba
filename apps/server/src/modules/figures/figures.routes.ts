import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  ErrorBody,
  NationalFigures,
  NationalFiguresQuery,
  RegisterSummary,
  RegisterSummaryQuery,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { reportReader } from "../../db/replica.ts";
import { requireAuth } from "../../http/request-context.ts";
import { nationalFigures } from "./national-figures.ts";
import { registerSummary } from "./register-summary.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/**
 * Aggregate figures (issue 6 item 2): the register summary of a territory and the annual national
 * figures. Counts only, no personal field, so no read of personal data is audited here (R11.2 audits
 * reads of personal data); access is `can(actor, "read", aggregate_report)` in the territory asked.
 */
export function figuresRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Reports read from the replica when one is attached (db/replica.ts): they take no connections or
  // CPU from the inspectors' work on the primary, and a lag of seconds does not change a count.
  // Asked per request, so a replica attached after the routes are registered is used too.
  const now = deps.now ?? (() => new Date());
  const fd = () => ({ db: reportReader(deps.db), now });

  r.get(
    "/api/v1/register/summary",
    {
      schema: {
        tags: ["figures"],
        summary:
          "Register summary of a territory: active entries by ground and part, openings, closings, overdue checks, minors",
        querystring: RegisterSummaryQuery,
        response: { 200: RegisterSummary, ...errors },
      },
    },
    // From the primary: the summary reads a few kept counts (migration 0025) and must show what the
    // official has just written, which a replica may not have yet.
    async (req) =>
      registerSummary(
        { db: deps.db, ...(deps.pool ? { pool: deps.pool } : {}), now },
        requireAuth(req).actor,
        req.query,
      ),
  );

  r.get(
    "/api/v1/figures/national",
    {
      schema: {
        tags: ["figures"],
        summary: "Annual national figures by region: measures by kind, register, control checks, violations",
        querystring: NationalFiguresQuery,
        response: { 200: NationalFigures, ...errors },
      },
    },
    async (req) => nationalFigures(fd(), requireAuth(req).actor, req.query.year),
  );
}
