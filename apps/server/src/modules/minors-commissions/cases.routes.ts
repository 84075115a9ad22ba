import { z } from "zod";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  MinorsCaseClose,
  MinorsCaseCreate,
  MinorsCaseCreated,
  MinorsCaseDetail,
  MinorsCaseInbox,
  MinorsCaseListQuery,
  MinorsCaseMaterialCreate,
  MinorsCasePage,
  MinorsCasePatch,
  MinorsCasePersonAdd,
  MinorsCaseReady,
  type ErrorBody,
} from "@aldyn/contract";
import { actCtx, type MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { listCases, readCase } from "./case-read.ts";
import { addCasePerson, addMaterial, closeCase, markReady, patchCase } from "./case-write.ts";
import { caseInbox } from "./inbox.ts";
import { openCase } from "./open-case.ts";

const IdParams = z.object({ id: z.uuid() });

/**
 * Minors' cases of a commission (001 Art. 79(6)(9)): opened from hand-offs addressed to it or directly,
 * materials, ready for the agenda, closed; the secretary's inbox of hand-offs to open.
 */
export function caseRoutes(
  app: FastifyInstance,
  md: MeasureDeps,
  errors: Record<400 | 401 | 403 | 404 | 409 | 422, typeof ErrorBody>,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["minors-cases"];

  r.post(
    "/api/v1/minors-cases",
    {
      schema: {
        tags,
        summary:
          "Open a case at the user's commission from a hand-off addressed to it (accepted in the same transaction; joins the minor's open case) or directly (001 Art. 79(6)(9))",
        body: MinorsCaseCreate,
        response: { 201: MinorsCaseCreated, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await openCase(md, actCtx(req), req.body)),
  );

  r.get(
    "/api/v1/minors-cases",
    {
      schema: {
        tags,
        summary: "The commission's cases by state, searched by the minor's name or the number (audited)",
        querystring: MinorsCaseListQuery,
        response: { 200: MinorsCasePage, ...errors },
      },
    },
    async (req) => listCases(md, actCtx(req), req.query),
  );

  r.get(
    "/api/v1/minors-cases/inbox",
    {
      schema: {
        tags,
        summary:
          "Hand-offs addressed to the user's commission not yet a case's material (the secretary's inbox)",
        response: { 200: MinorsCaseInbox, ...errors },
      },
    },
    async (req) => caseInbox(md, actCtx(req)),
  );

  r.get(
    "/api/v1/minors-cases/:id",
    {
      schema: {
        tags,
        summary: "A case: persons, materials, events, decisions and their duties (audited)",
        params: IdParams,
        response: { 200: MinorsCaseDetail, ...errors },
      },
    },
    async (req) => readCase(md, actCtx(req), req.params.id),
  );

  r.patch(
    "/api/v1/minors-cases/:id",
    {
      schema: {
        tags,
        summary: "State what the case is about, or mark it urgent (first on the agenda)",
        params: IdParams,
        body: MinorsCasePatch,
        response: { 200: MinorsCaseDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await patchCase(md, ctx, req.params.id, req.body);
      return readCase(md, ctx, req.params.id);
    },
  );

  r.post(
    "/api/v1/minors-cases/:id/materials",
    {
      schema: {
        tags,
        summary:
          "Add a material: a hand-off (accepted with it), a measure, an attachment, a note or a report",
        params: IdParams,
        body: MinorsCaseMaterialCreate,
        response: { 201: MinorsCaseDetail, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await addMaterial(md, ctx, req.params.id, req.body);
      return reply.code(201).send(await readCase(md, ctx, req.params.id));
    },
  );

  r.post(
    "/api/v1/minors-cases/:id/persons",
    {
      schema: {
        tags,
        summary:
          "Add a parent or another legal representative (invited with the minor, 001 Art. 79(6)(9)) or another person",
        params: IdParams,
        body: MinorsCasePersonAdd,
        response: { 201: MinorsCaseDetail, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await addCasePerson(md, ctx, req.params.id, req.body);
      return reply.code(201).send(await readCase(md, ctx, req.params.id));
    },
  );

  r.post(
    "/api/v1/minors-cases/:id/ready",
    {
      schema: {
        tags,
        summary: "Mark a gathering case ready: it fills the next meeting's agenda",
        params: IdParams,
        body: MinorsCaseReady,
        response: { 200: MinorsCaseDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await markReady(md, ctx, req.params.id, req.body.version);
      return readCase(md, ctx, req.params.id);
    },
  );

  r.post(
    "/api/v1/minors-cases/:id/close",
    {
      schema: {
        tags,
        summary: "Close a case with the reason (not while on a meeting's agenda)",
        params: IdParams,
        body: MinorsCaseClose,
        response: { 200: MinorsCaseDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await closeCase(md, ctx, req.params.id, req.body);
      return readCase(md, ctx, req.params.id);
    },
  );
}
