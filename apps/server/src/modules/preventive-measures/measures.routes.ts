import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import { ErrorBody, Measure, MeasureCreate, MeasureFactCreate, MeasureList } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx, measureDeps } from "./measure-deps.ts";
import { issueMeasure } from "./issue-measure.ts";
import { recordMeasureFact } from "./record-measure-fact.ts";
import { listPersonMeasures, readMeasure } from "./read-measure.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });

/** Individual prevention measures (issue 4 item 2; R2): issue, read with derived state, append facts. */
export function measureRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const md = measureDeps(deps);

  r.post(
    "/api/v1/measures",
    {
      schema: {
        tags: ["measures"],
        summary:
          "Issue a measure (a refusal by the law is a 422 with its code and article; nothing is written)",
        body: MeasureCreate,
        response: { 201: Measure, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const id = await issueMeasure(md, ctx, req.body);
      return reply.code(201).send(await readMeasure(md, ctx, id, { afterWrite: true }));
    },
  );

  r.get(
    "/api/v1/measures/:id",
    {
      schema: {
        tags: ["measures"],
        summary:
          "A measure with status, validity, duties, control and register placement derived now (audited)",
        params: IdParams,
        response: { 200: Measure, ...errors },
      },
    },
    async (req) => readMeasure(md, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/measures/:id/facts",
    {
      schema: {
        tags: ["measures"],
        summary: "Append a legal fact (version required: a stale one is a 409)",
        params: IdParams,
        body: MeasureFactCreate,
        response: { 201: Measure, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await recordMeasureFact(md, ctx, req.params.id, req.body);
      return reply.code(201).send(await readMeasure(md, ctx, req.params.id, { afterWrite: true }));
    },
  );

  r.get(
    "/api/v1/persons/:id/measures",
    {
      schema: {
        tags: ["measures"],
        summary: "The measures of a person (audited)",
        params: IdParams,
        response: { 200: MeasureList, ...errors },
      },
    },
    async (req) => listPersonMeasures(md, actCtx(req), req.params.id),
  );
}
