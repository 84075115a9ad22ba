import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import {
  ErrorBody,
  MobileGroupCreate,
  MobileGroupDetail,
  MobileGroupListQuery,
  MobileGroupMemberCreate,
  MobileGroupMemberEnd,
  MobileGroupPage,
  OutreachVisitCreate,
  OutreachVisitCreated,
  OutreachVisitDetail,
  OutreachVisitFamilyQuery,
  OutreachVisitInform,
  OutreachVisitListQuery,
  OutreachVisitPage,
  OutreachVisitRefer,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx } from "../preventive-measures/measure-deps.ts";
import { addMember, createGroup, endMember } from "./manage-group.ts";
import { mobileGroupDeps } from "./mobile-groups-deps.ts";
import { listGroups, readGroup } from "./read-groups.ts";
import { listFamilyVisits, listVisits, readVisit } from "./read-visits.ts";
import { recordVisit } from "./record-visit.ts";
import { informFromVisit, referFromVisit } from "./visit-outputs.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });
const tags = ["mobile-groups"];

/**
 * Mobile groups (001 Arts. 10(2)(8), 11, 72(2)): groups and their members, outreach visits, and what a
 * visit tells other bodies — facts of violence to law enforcement (11(2)), a family to the centre for
 * registration (54(1), 72(2)). Every write returns the record as its writer now sees it.
 */
export function mobileGroupRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const md = mobileGroupDeps(deps);

  r.get(
    "/api/v1/mobile-groups",
    {
      schema: {
        tags,
        summary: "The mobile groups of the user's territory with their composition (001 Art. 10(2)(8))",
        querystring: MobileGroupListQuery,
        response: { 200: MobileGroupPage, ...errors },
      },
    },
    async (req) => listGroups(md, actCtx(req), req.query),
  );

  r.post(
    "/api/v1/mobile-groups",
    {
      schema: {
        tags,
        summary: "Establish a mobile group of the user's family support centre (001 Art. 10(2)(8))",
        body: MobileGroupCreate,
        response: { 201: MobileGroupDetail, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const { id } = await createGroup(md, ctx, req.body);
      return reply.code(201).send(await readGroup(md, ctx, id));
    },
  );

  r.get(
    "/api/v1/mobile-groups/:id",
    {
      schema: {
        tags,
        summary: "A mobile group: members, composition, what the user may do",
        params: IdParams,
        response: { 200: MobileGroupDetail, ...errors },
      },
    },
    async (req) => readGroup(md, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/mobile-groups/:id/members",
    {
      schema: {
        tags,
        summary: "Add a participant (a body of a type the law names, 001 Art. 10(2)(8))",
        params: IdParams,
        body: MobileGroupMemberCreate,
        response: { 200: MobileGroupDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await addMember(md, ctx, req.params.id, req.body);
      return readGroup(md, ctx, req.params.id);
    },
  );

  r.post(
    "/api/v1/mobile-groups/:id/members/:memberId/end",
    {
      schema: {
        tags,
        summary: "End a participation on its last day",
        params: z.object({ id: z.uuid(), memberId: z.uuid() }),
        body: MobileGroupMemberEnd,
        response: { 200: MobileGroupDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await endMember(md, ctx, req.params.id, req.params.memberId, req.body);
      return readGroup(md, ctx, req.params.id);
    },
  );

  r.get(
    "/api/v1/mobile-groups/:id/visits",
    {
      schema: {
        tags,
        summary: "The group's outreach visits, newest first (no personal fields)",
        params: IdParams,
        querystring: OutreachVisitListQuery,
        response: { 200: OutreachVisitPage, ...errors },
      },
    },
    async (req) => listVisits(md, actCtx(req), req.params.id, req.query),
  );

  r.post(
    "/api/v1/mobile-groups/:id/visits",
    {
      schema: {
        tags,
        summary:
          "Record an outreach visit (001 Art. 11(1)); signs of violence inform the police at once (11(2))",
        params: IdParams,
        body: OutreachVisitCreate,
        response: { 201: OutreachVisitCreated, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await recordVisit(md, actCtx(req), req.params.id, req.body)),
  );

  r.get(
    "/api/v1/outreach-visits",
    {
      schema: {
        tags,
        summary: "A family's outreach visits in the user's territory, newest first (no personal fields)",
        querystring: OutreachVisitFamilyQuery,
        response: { 200: OutreachVisitPage, ...errors },
      },
    },
    async (req) => listFamilyVisits(md, actCtx(req), req.query),
  );

  r.get(
    "/api/v1/outreach-visits/:id",
    {
      schema: {
        tags,
        summary:
          "An outreach visit with its hand-offs (place, findings and persons with read_personal; audited)",
        params: IdParams,
        response: { 200: OutreachVisitDetail, ...errors },
      },
    },
    async (req) => readVisit(md, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/outreach-visits/:id/inform",
    {
      schema: {
        tags,
        summary: "Inform a body of the facts found (001 Arts. 10(2)(9), 11(2)): a hand-off",
        params: IdParams,
        body: OutreachVisitInform,
        response: { 200: OutreachVisitDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await informFromVisit(md, ctx, req.params.id, req.body);
      return readVisit(md, ctx, req.params.id);
    },
  );

  r.post(
    "/api/v1/outreach-visits/:id/refer",
    {
      schema: {
        tags,
        summary: "Refer the family to the family support centre for registration (001 Arts. 54(1), 72(2))",
        params: IdParams,
        body: OutreachVisitRefer,
        response: { 200: OutreachVisitDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await referFromVisit(md, ctx, req.params.id, req.body);
      return readVisit(md, ctx, req.params.id);
    },
  );
}
