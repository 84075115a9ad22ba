import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import {
  ErrorBody,
  Family,
  FamilyCreate,
  FamilyCreated,
  FamilyListQuery,
  FamilyMemberEnd,
  FamilyMemberInput,
  FamilyPage,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { createFamily } from "./create-family.ts";
import { addFamilyMember, endFamilyMember } from "./family-members.ts";
import { listFamilies, readFamily } from "./read-family.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });
const MemberParams = z.object({ id: z.uuid(), personId: z.uuid() });

/** Families — persons (families) in difficult life situations (R5; 001 Art. 54(1)): record, list, read, members. */
export function familyRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const d = measureDeps(deps);

  r.post(
    "/api/v1/families",
    {
      schema: {
        tags: ["families"],
        summary: "Record a family with its members (the victims' cards become confidential, 001 Art. 83(2))",
        body: FamilyCreate,
        response: { 201: FamilyCreated, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send({ id: await createFamily(d, actCtx(req), req.body) }),
  );

  r.get(
    "/api/v1/families",
    {
      schema: {
        tags: ["families"],
        summary: "The territory's families by label; search by label or a member's name",
        querystring: FamilyListQuery,
        response: { 200: FamilyPage, ...errors },
      },
    },
    async (req) => listFamilies(d, actCtx(req), req.query),
  );

  r.get(
    "/api/v1/families/:id",
    {
      schema: {
        tags: ["families"],
        summary: "A family with members, incidents and measures (audited; victims' data)",
        params: IdParams,
        response: { 200: Family, ...errors },
      },
    },
    async (req) => readFamily(d, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/families/:id/members",
    {
      schema: {
        tags: ["families"],
        summary: "Add a member to the family",
        params: IdParams,
        body: FamilyMemberInput,
        response: { 201: Family, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await addFamilyMember(d, ctx, req.params.id, req.body);
      return reply.code(201).send(await readFamily(d, ctx, req.params.id, { afterWrite: true }));
    },
  );

  r.post(
    "/api/v1/families/:id/members/:personId/end",
    {
      schema: {
        tags: ["families"],
        summary: "A member stops being counted in the family (ended, never deleted)",
        params: MemberParams,
        body: FamilyMemberEnd,
        response: { 201: Family, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await endFamilyMember(d, ctx, req.params.id, req.params.personId, req.body);
      return reply.code(201).send(await readFamily(d, ctx, req.params.id, { afterWrite: true }));
    },
  );
}
