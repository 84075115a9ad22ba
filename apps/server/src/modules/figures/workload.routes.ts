import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorBody, Workload, WorkloadQuery } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx } from "../preventive-measures/measure-deps.ts";
import { officialWorkload } from "./workload.ts";

/** The per-official workload of the user's territory (workload.ts). */
export function workloadRoutes(app: FastifyInstance, deps: { db: Db; now?: () => Date }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const now = deps.now ?? (() => new Date());
  r.get(
    "/api/v1/figures/workload",
    {
      schema: {
        tags: ["figures"],
        summary:
          "Workload per responsible official in the user's territory: open register entries, running " +
          "measures, overdue and due control checks (the most overdue first)",
        querystring: WorkloadQuery,
        response: { 200: Workload, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    // From the primary: its audit row is written in the same statement.
    async (req) => officialWorkload({ db: deps.db, now }, actCtx(req), req.query),
  );
}
