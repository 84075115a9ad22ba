import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { LawConfig } from "@aldyn/law";
import { ErrorBody, Today } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { npmDeps } from "../npm/npm-deps.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { today } from "./today.ts";

/** The home page's counts of today's work (today.ts). */
export function todayRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const d = { measures: measureDeps(deps), npm: npmDeps(deps) };
  r.get(
    "/api/v1/today",
    {
      schema: {
        tags: ["worklists"],
        summary:
          "Today's work of the user: due checks and duties (mine, my body's, my territory's), unread " +
          "reminders, and by role the NPM's visits and reports, accounts needing attention, the audit log today",
        response: { 200: Today, 401: ErrorBody },
      },
    },
    async (req) => today(d, actCtx(req)),
  );
}
