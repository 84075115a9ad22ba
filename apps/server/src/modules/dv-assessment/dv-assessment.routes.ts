import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import {
  DvAssessmentApprove,
  DvAssessmentCreate,
  DvAssessmentDetail,
  DvAssessmentListQuery,
  DvAssessmentPage,
  DvAssessmentPdfQuery,
  DvAssessmentSchedule,
  DvAssessmentScheduleQuery,
  DvAssessmentUpdate,
  ErrorBody,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { sendPdf } from "../documents/send-pdf.ts";
import { actCtx } from "../preventive-measures/measure-deps.ts";
import { renderPackPdf } from "./assessment-document.ts";
import { assessmentSchedule } from "./assessment-schedule.ts";
import { approvePack, createPack, listPacks, packDeps, readPack, updatePack } from "./packs.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });
const tags = ["dv-assessment"];

/**
 * The six-monthly assessment of early identification and support (001 Art. 72(4),(7)): the region's
 * packs, a pack's figures (live while a draft, frozen on approval), its conclusions and meeting, the
 * approval, the PDF in kk/ru and the schedule of half-years with the missed ones.
 */
export function dvAssessmentRoutes(
  app: FastifyInstance,
  deps: { db: Db; config: { law: LawConfig }; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const pd = packDeps(deps);

  r.get(
    "/api/v1/dv-assessments",
    {
      schema: {
        tags,
        summary: "The region's assessment packs, newest half-year first",
        querystring: DvAssessmentListQuery,
        response: { 200: DvAssessmentPage, ...errors },
      },
    },
    async (req) => listPacks(pd, actCtx(req), req.query),
  );

  r.post(
    "/api/v1/dv-assessments",
    {
      schema: {
        tags,
        summary: "Open the pack of a half-year for the user's region (the region's akimat; 001 Art. 72(4))",
        body: DvAssessmentCreate,
        response: { 201: DvAssessmentDetail, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const { id } = await createPack(pd, ctx, req.body);
      return reply.code(201).send(await readPack(pd, ctx, id));
    },
  );

  r.get(
    "/api/v1/dv-assessments/schedule",
    {
      schema: {
        tags,
        summary: "The half-years since the law's commencement: assessed, open or missed (001 Art. 72(4))",
        querystring: DvAssessmentScheduleQuery,
        response: { 200: DvAssessmentSchedule, ...errors },
      },
    },
    async (req) => assessmentSchedule(pd, actCtx(req), req.query.regionId),
  );

  r.get(
    "/api/v1/dv-assessments/:id",
    {
      schema: {
        tags,
        summary: "A pack with its figures (counted now for a draft, frozen once approved)",
        params: IdParams,
        response: { 200: DvAssessmentDetail, ...errors },
      },
    },
    async (req) => readPack(pd, actCtx(req), req.params.id),
  );

  r.patch(
    "/api/v1/dv-assessments/:id",
    {
      schema: {
        tags,
        summary: "The draft's conclusions (001 Art. 72(7)) and the day of the commission's meeting",
        params: IdParams,
        body: DvAssessmentUpdate,
        response: { 200: DvAssessmentDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await updatePack(pd, ctx, req.params.id, req.body);
      return readPack(pd, ctx, req.params.id);
    },
  );

  r.post(
    "/api/v1/dv-assessments/:id/approve",
    {
      schema: {
        tags,
        summary: "Record the commission's approval: the figures are frozen (001 Art. 72(4))",
        params: IdParams,
        body: DvAssessmentApprove,
        response: { 200: DvAssessmentDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await approvePack(pd, ctx, req.params.id, req.body);
      return readPack(pd, ctx, req.params.id);
    },
  );

  r.get(
    "/api/v1/dv-assessments/:id/pdf",
    {
      schema: {
        tags,
        summary: "The pack as a PDF in Kazakh or Russian",
        params: IdParams,
        querystring: DvAssessmentPdfQuery,
      },
    },
    async (req, reply) => {
      const p = await readPack(pd, actCtx(req), req.params.id);
      const pdf = await renderPackPdf(req.query.lang, p);
      return sendPdf(reply, pdf, `dv-assessment-${p.period.year}-${p.period.half}-${req.query.lang}.pdf`);
    },
  );
}
