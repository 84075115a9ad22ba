import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import {
  AttentionClose,
  AttentionCreate,
  AttentionRecord,
  CouncilMeeting,
  CouncilMeetingCreate,
  SchoolAnalysis,
  SchoolAnalysisPdfQuery,
  SchoolAnalysisQuery,
  SchoolAnalysisXlsxQuery,
  SchoolPreventionSummary,
  SchoolPupilPage,
  SchoolPupilsQuery,
  SupportPlan,
  SupportStepDone,
  SupportStepsAdd,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { sendPdf } from "../documents/send-pdf.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { analysisPdf, analysisXlsx } from "./analysis-documents.ts";
import { schoolAnalysis } from "./analysis.ts";
import { attendanceRoutes } from "./attendance.routes.ts";
import { closeAttention, listSchoolPupils, openAttention } from "./pupils.ts";
import { recordCouncilMeeting } from "./record-council-meeting.ts";
import { schoolSummary } from "./summary.ts";
import { errors, IdParams } from "./sp-common.ts";
import { addSupportSteps, markStepDone, readCouncilMeeting, readSupportPlan } from "./support-plan.ts";

export type SpRouteDeps = { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date };

const SupportParams = z.object({ measureId: z.uuid() });
const StepParams = z.object({ measureId: z.uuid(), stepId: z.uuid() });
const tags = ["school-prevention"];

/**
 * The school's prevention council (R2.10; 001 Arts. 23(9),(14), 78, 21(10)): attendance, pupils and
 * attention records, council meetings assigning pedagogical support or referring a refusal to the
 * commission, the support plan, the quarterly analysis and the home summary. Writes honour
 * Idempotency-Key (http/idempotency.ts) like every other POST. Register with
 * `await app.register(schoolPreventionRoutes, deps)`: the attendance upload's multipart parser stays
 * inside this plugin.
 */
export async function schoolPreventionRoutes(app: FastifyInstance, deps: SpRouteDeps): Promise<void> {
  const md = measureDeps(deps);
  await app.register(attendanceRoutes, md);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/school-prevention/pupils",
    {
      schema: {
        tags,
        summary:
          "The school's pupils: absences in the last month, the 001 Art. 78(2)(4) evaluation, attention record, support (audited)",
        querystring: SchoolPupilsQuery,
        response: { 200: SchoolPupilPage, ...errors },
      },
    },
    async (req) => listSchoolPupils(md, actCtx(req), req.query),
  );

  r.post(
    "/api/v1/school-prevention/attention",
    {
      schema: {
        tags,
        summary: "Take a pupil under increased attention with the criteria of 001 Art. 78(2) that apply",
        body: AttentionCreate,
        response: { 201: AttentionRecord, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await openAttention(md, actCtx(req), req.body)),
  );

  r.post(
    "/api/v1/school-prevention/attention/:id/close",
    {
      schema: {
        tags,
        summary: "Close an attention record (the criteria no longer apply)",
        params: IdParams,
        body: AttentionClose,
        response: { 200: AttentionRecord, ...errors },
      },
    },
    async (req) => closeAttention(md, actCtx(req), req.params.id, req.body),
  );

  r.post(
    "/api/v1/school-prevention/council-meetings",
    {
      schema: {
        tags,
        summary:
          "Record the council's meeting on a pupil, held with the minor and a legal representative (001 Art. 78(3)): support assigned (the measure pedagogical_support and its plan), refused by the representatives (the measure with the refusal and the referral to the commission on minors' affairs, 78(4)), or not needed — one transaction",
        body: CouncilMeetingCreate,
        response: { 201: CouncilMeeting, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const id = await recordCouncilMeeting(md, ctx, req.body);
      return reply.code(201).send(await readCouncilMeeting(md, ctx, id));
    },
  );

  r.get(
    "/api/v1/school-prevention/council-meetings/:id",
    {
      schema: {
        tags,
        summary: "A council meeting of the school with the hand-offs it sent",
        params: IdParams,
        response: { 200: CouncilMeeting, ...errors },
      },
    },
    async (req) => readCouncilMeeting(md, actCtx(req), req.params.id),
  );

  r.get(
    "/api/v1/school-prevention/supports/:measureId",
    {
      schema: {
        tags,
        summary:
          "A pedagogical support's plan: steps, progress, the meeting and the refusal's referral (audited)",
        params: SupportParams,
        response: { 200: SupportPlan, ...errors },
      },
    },
    async (req) => readSupportPlan(md, actCtx(req), req.params.measureId),
  );

  r.post(
    "/api/v1/school-prevention/supports/:measureId/steps",
    {
      schema: {
        tags,
        summary: "Add steps to the plan of a running support",
        params: SupportParams,
        body: SupportStepsAdd,
        response: { 201: SupportPlan, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await addSupportSteps(md, ctx, req.params.measureId, req.body.steps);
      return reply.code(201).send(await readSupportPlan(md, ctx, req.params.measureId));
    },
  );

  r.post(
    "/api/v1/school-prevention/supports/:measureId/steps/:stepId/done",
    {
      schema: {
        tags,
        summary: "Mark a plan step done with its result",
        params: StepParams,
        body: SupportStepDone,
        response: { 200: SupportPlan, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await markStepDone(md, ctx, req.params.measureId, req.params.stepId, req.body);
      return readSupportPlan(md, ctx, req.params.measureId);
    },
  );

  r.get(
    "/api/v1/school-prevention/analysis",
    {
      schema: {
        tags,
        summary:
          "The quarterly analysis of the schools' prevention work (001 Art. 21(10)): the figures per school of the territory (a school: its own)",
        querystring: SchoolAnalysisQuery,
        response: { 200: SchoolAnalysis, ...errors },
      },
    },
    async (req) => schoolAnalysis(md, actCtx(req), req.query),
  );

  r.get(
    "/api/v1/school-prevention/analysis.xlsx",
    {
      schema: {
        tags,
        summary: "The quarterly analysis as a workbook (headers in kk, ru or en)",
        querystring: SchoolAnalysisXlsxQuery,
        produces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      },
    },
    async (req, reply) => {
      const { lang, ...q } = req.query;
      const a = await schoolAnalysis(md, actCtx(req), q);
      return reply
        .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Content-Disposition", `attachment; filename="school-analysis-${a.year}-Q${a.quarter}.xlsx"`)
        .header("Cache-Control", "no-store")
        .send(analysisXlsx(a, lang));
    },
  );

  r.get(
    "/api/v1/school-prevention/analysis.pdf",
    {
      schema: {
        tags,
        summary: "The quarterly analysis printed in Kazakh or Russian",
        querystring: SchoolAnalysisPdfQuery,
        response: { ...errors },
      },
    },
    async (req, reply) => {
      const { lang, ...q } = req.query;
      const a = await schoolAnalysis(md, actCtx(req), q);
      return sendPdf(
        reply,
        await analysisPdf(a, lang),
        `school-analysis-${a.year}-Q${a.quarter}-${lang}.pdf`,
      );
    },
  );

  r.get(
    "/api/v1/school-prevention/summary",
    {
      schema: {
        tags,
        summary: "The council's work today, for the home page (counts only)",
        response: { 200: SchoolPreventionSummary, ...errors },
      },
    },
    async (req) => schoolSummary(md, actCtx(req)),
  );
}
