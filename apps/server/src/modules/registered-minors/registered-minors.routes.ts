import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import {
  ErrorBody,
  JuvenileSummary,
  JuvenileWorklistPage,
  JuvenileWorklistQuery,
  MinorRestrictionCreate,
  MinorRestrictions,
  RehabilitationActivity,
  RehabilitationActivityCreate,
  RehabilitationActivityEnd,
  RehabilitationActivityList,
  RehabilitationCheckCreate,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { readMinorRestrictions, recordMinorRestriction } from "./restrictions.ts";
import { activityView, addActivity, endActivity, listActivities, recordCheck } from "./activities.ts";
import { juvenileSummary, juvenileWorklist } from "./juvenile-worklist.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });
const tags = ["registered-minors"];

/** Minors on the preventive register (001 Art. 82) and the juvenile inspector's worklist. */
export function registeredMinorsRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const md = measureDeps(deps);

  r.get(
    "/api/v1/register-entries/:id/minor-restrictions",
    {
      schema: {
        tags,
        summary:
          "The judge's rulings on a registered minor's restrictions and the set in force (001 Art. 82(3); audited)",
        params: IdParams,
        response: { 200: MinorRestrictions, ...errors },
      },
    },
    async (req) => readMinorRestrictions(md, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/register-entries/:id/minor-restrictions",
    {
      schema: {
        tags,
        summary:
          "Record a judge's ruling: restrictions imposed, changed (reduced or supplemented) or lifted (001 Art. 82(3)); 422 register.minor_restriction_* from the law",
        params: IdParams,
        body: MinorRestrictionCreate,
        response: { 201: MinorRestrictions, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await recordMinorRestriction(md, ctx, req.params.id, req.body);
      return reply.code(201).send(await readMinorRestrictions(md, ctx, req.params.id, false));
    },
  );

  r.get(
    "/api/v1/register-entries/:id/activities",
    {
      schema: {
        tags,
        summary:
          "The rehabilitation activities of a registered minor with their checks and state (001 Art. 82(2); audited)",
        params: IdParams,
        response: { 200: RehabilitationActivityList, ...errors },
      },
    },
    async (req) => listActivities(md, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/register-entries/:id/activities",
    {
      schema: {
        tags,
        summary: "Record a rehabilitation activity of 001 Art. 82(2) for a registered minor",
        params: IdParams,
        body: RehabilitationActivityCreate,
        response: { 201: RehabilitationActivity, ...errors },
      },
    },
    async (req, reply) => {
      const id = await addActivity(md, actCtx(req), req.params.id, req.body);
      return reply.code(201).send(await activityView(md, req.params.id, id));
    },
  );

  r.post(
    "/api/v1/rehabilitation-activities/:id/checks",
    {
      schema: {
        tags,
        summary: "Record a check of the minor's participation: attends, irregular, stopped",
        params: IdParams,
        body: RehabilitationCheckCreate,
        response: { 201: RehabilitationActivity, ...errors },
      },
    },
    async (req, reply) => {
      await recordCheck(md, actCtx(req), req.params.id, req.body);
      return reply.code(201).send(await viewById(req.params.id));
    },
  );

  r.post(
    "/api/v1/rehabilitation-activities/:id/end",
    {
      schema: {
        tags,
        summary: "End a rehabilitation activity (completed, stopped, came of age)",
        params: IdParams,
        body: RehabilitationActivityEnd,
        response: { 200: RehabilitationActivity, ...errors },
      },
    },
    async (req) => {
      await endActivity(md, actCtx(req), req.params.id, req.body);
      return viewById(req.params.id);
    },
  );

  r.get(
    "/api/v1/juvenile/worklist",
    {
      schema: {
        tags,
        summary:
          "The juvenile inspector's registered minors of the district: restrictions, activities, checks due, 18th birthdays (001 Arts. 59, 82)",
        querystring: JuvenileWorklistQuery,
        response: { 200: JuvenileWorklistPage, ...errors },
      },
    },
    async (req) => juvenileWorklist(md, actCtx(req), req.query),
  );

  r.get(
    "/api/v1/juvenile/summary",
    {
      schema: {
        tags,
        summary: "Counts of the district's registered minors for the home page",
        response: { 200: JuvenileSummary, ...errors },
      },
    },
    async (req) => juvenileSummary(md, actCtx(req)),
  );

  /** The activity after a write on it (the write's audit row covers this read). */
  async function viewById(id: string) {
    const a = await md.db
      .selectFrom("rehabilitation_activity")
      .select("register_entry_id")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    return activityView(md, a.register_entry_id, id);
  }
}
