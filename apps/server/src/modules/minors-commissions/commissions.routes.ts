import type pg from "pg";
import { z } from "zod";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { LawConfig } from "@aldyn/law";
import {
  CommissionMemberCreate,
  CommissionMemberEnd,
  ErrorBody,
  LowerCommissionsQuery,
  LowerCommissionsView,
  MinorsCommissionCreate,
  MinorsCommissionDetail,
  MinorsCommissionList,
  MinorsCommissionSummary,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { createCommission, listCommissions, readCommission } from "./commissions.ts";
import { commissionSummary } from "./inbox.ts";
import { lowerCommissions } from "./lower.ts";
import { addMember, endMember } from "./members.ts";
import { caseRoutes } from "./cases.routes.ts";

export type McRouteDeps = { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date };

/** The error answers every route of the commissions may give (the closed set of errors.ts). */
export const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const BodyParams = z.object({ bodyId: z.uuid() });
const MemberParams = z.object({ bodyId: z.uuid(), memberId: z.uuid() });

/**
 * Commissions on minors' affairs (R4.1; 001 Art. 79): the hierarchy and composition, the lower
 * commissions' figures and decisions (79(6)(4)), the home summary, and the minors' cases (cases.routes.ts).
 * Writes honour Idempotency-Key (http/idempotency.ts) like every other POST.
 */
export function minorsCommissionRoutes(app: FastifyInstance, deps: McRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const md = measureDeps(deps);
  const tags = ["minors-commissions"];

  r.get(
    "/api/v1/minors-commissions",
    {
      schema: {
        tags,
        summary:
          "The commissions the user reads, as a tree, with bodies not yet registered for the akimat (001 Art. 79(2),(3))",
        response: { 200: MinorsCommissionList, ...errors },
      },
    },
    async (req) => listCommissions(md, actCtx(req)),
  );

  r.get(
    "/api/v1/minors-commissions/summary",
    {
      schema: {
        tags,
        summary:
          "Today's work of the user's commission for the home page: hand-offs to open, cases by state, next meeting",
        response: { 200: MinorsCommissionSummary, ...errors },
      },
    },
    async (req) => commissionSummary(md, actCtx(req)),
  );

  r.post(
    "/api/v1/minors-commissions",
    {
      schema: {
        tags,
        summary:
          "Register a commission: level, the commission above, the act establishing it (001 Art. 79(2),(3)); the akimat or an administrator",
        body: MinorsCommissionCreate,
        response: { 201: MinorsCommissionDetail, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const id = await createCommission(md, ctx, req.body);
      return reply.code(201).send(await readCommission(md, ctx, id));
    },
  );

  r.get(
    "/api/v1/minors-commissions/:bodyId",
    {
      schema: {
        tags,
        summary:
          "A commission's composition with terms of office, gaps (001 Art. 79(4),(5)), the commission above and those below",
        params: BodyParams,
        response: { 200: MinorsCommissionDetail, ...errors },
      },
    },
    async (req) => readCommission(md, actCtx(req), req.params.bodyId),
  );

  r.get(
    "/api/v1/minors-commissions/:bodyId/lower",
    {
      schema: {
        tags,
        summary:
          "The lower commissions' figures and final decisions in a period, no names (001 Art. 79(6)(4))",
        params: BodyParams,
        querystring: LowerCommissionsQuery,
        response: { 200: LowerCommissionsView, ...errors },
      },
    },
    async (req) => lowerCommissions(md, actCtx(req), req.params.bodyId, req.query),
  );

  r.post(
    "/api/v1/minors-commissions/:bodyId/members",
    {
      schema: {
        tags,
        summary:
          "Add a member (001 Art. 79(4),(5)); the composition is checked by the law (one chair, a deputy akim; one secretary)",
        params: BodyParams,
        body: CommissionMemberCreate,
        response: { 201: MinorsCommissionDetail, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await addMember(md, ctx, req.params.bodyId, req.body);
      return reply.code(201).send(await readCommission(md, ctx, req.params.bodyId));
    },
  );

  r.post(
    "/api/v1/minors-commissions/:bodyId/members/:memberId/end",
    {
      schema: {
        tags,
        summary: "End a membership on its last day in office, with the reason",
        params: MemberParams,
        body: CommissionMemberEnd,
        response: { 200: MinorsCommissionDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await endMember(md, ctx, req.params.bodyId, req.params.memberId, req.body);
      return readCommission(md, ctx, req.params.bodyId);
    },
  );

  caseRoutes(app, md, errors);
}
