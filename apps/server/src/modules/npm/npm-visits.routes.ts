import {
  NpmComplaint,
  NpmComplaintCreate,
  NpmComplaintList,
  NpmComplaintTransfer,
  NpmDocLangQuery,
  NpmMemberAdd,
  NpmRecommendationAnswer,
  NpmReportSubmit,
  NpmVisit,
  NpmVisitCreate,
  NpmVisitFactCreate,
  NpmVisitList,
} from "@aldyn/contract";
import { z } from "zod";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actCtx, type NpmDeps } from "./npm-deps.ts";
import { addMember, createVisit } from "./visits.ts";
import { listVisits, readVisit } from "./visit-view.ts";
import { answerRecommendation, recordVisitFact, submitReport } from "./visit-facts.ts";
import { createComplaint, listComplaints, readComplaint, transferComplaint } from "./complaints.ts";
import { errors, IdParams, NPM_TAG as tags } from "./route-kit.ts";
import { sendPdf } from "../documents/send-pdf.ts";
import { visitReportPdf } from "./visit-report.ts";

/** Visits, their facts and reports, complaints and recommendations (issue 5 items 4-6). */
export function npmVisitRoutes(app: FastifyInstance, d: NpmDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/v1/npm/visits",
    {
      schema: {
        tags,
        summary: "Decide a visit and its group (003 pp.3-11, 19, 24)",
        body: NpmVisitCreate,
        response: { 201: NpmVisit, ...errors },
      },
    },
    async (req, reply) => {
      const id = await createVisit(d, actCtx(req), req.body);
      return reply.code(201).send(await readVisit(d, actCtx(req), id));
    },
  );
  r.get(
    "/api/v1/npm/visits",
    {
      schema: {
        tags,
        summary: "Visits with status, report due/overdue and duties",
        response: { 200: NpmVisitList, ...errors },
      },
    },
    async (req) => listVisits(d, actCtx(req)),
  );
  r.get(
    "/api/v1/npm/visits/:id",
    {
      schema: {
        tags,
        summary: "A visit derived as of now (003 pp.24-29)",
        params: IdParams,
        response: { 200: NpmVisit, ...errors },
      },
    },
    async (req) => readVisit(d, actCtx(req), req.params.id),
  );
  r.post(
    "/api/v1/npm/visits/:id/members",
    {
      schema: {
        tags,
        summary: "Add a member; the law judges the whole group (003 pp.8, 11, 19)",
        params: IdParams,
        body: NpmMemberAdd,
        response: { 200: NpmVisit, ...errors },
      },
    },
    async (req) => {
      await addMember(d, actCtx(req), req.params.id, req.body);
      return readVisit(d, actCtx(req), req.params.id);
    },
  );
  r.post(
    "/api/v1/npm/visits/:id/facts",
    {
      schema: {
        tags,
        summary: "Record a fact: start, end, extension, torture signs (003 p.26), signature, dissent",
        params: IdParams,
        body: NpmVisitFactCreate,
        response: { 201: NpmVisit, ...errors },
      },
    },
    async (req, reply) => {
      await recordVisitFact(d, actCtx(req), req.params.id, req.body);
      return reply.code(201).send(await readVisit(d, actCtx(req), req.params.id));
    },
  );
  r.post(
    "/api/v1/npm/visits/:id/report",
    {
      schema: {
        tags,
        summary: "Submit the signed report with recommendations (003 pp.13, 27-28)",
        params: IdParams,
        body: NpmReportSubmit,
        response: { 201: NpmVisit, ...errors },
      },
    },
    async (req, reply) => {
      await submitReport(d, actCtx(req), req.params.id, req.body);
      return reply.code(201).send(await readVisit(d, actCtx(req), req.params.id));
    },
  );
  r.get(
    "/api/v1/npm/visits/:id/report.pdf",
    {
      schema: {
        tags,
        summary: "The group's report as PDF for the Council, marked confidential (003 pp.27, 29; audited)",
        params: IdParams,
        querystring: NpmDocLangQuery,
        response: errors,
      },
    },
    async (req, reply) => {
      const pdf = await visitReportPdf(d, actCtx(req), req.params.id, req.query.lang);
      return sendPdf(reply, pdf, `npm-visit-report-${req.params.id.slice(0, 8)}-${req.query.lang}.pdf`);
    },
  );
  r.post(
    "/api/v1/npm/recommendations/:id/answer",
    {
      schema: {
        tags,
        summary: "A state body's answer and the implementation status (000 Art. 36(2))",
        params: IdParams,
        body: NpmRecommendationAnswer,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await answerRecommendation(d, actCtx(req), req.params.id, req.body);
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/api/v1/npm/complaints",
    {
      schema: {
        tags,
        summary: "Register a complaint of torture received by a participant (000 Art. 30(4))",
        body: NpmComplaintCreate,
        response: { 201: NpmComplaint, ...errors },
      },
    },
    async (req, reply) => {
      const id = await createComplaint(d, actCtx(req), req.body);
      return reply.code(201).send(await readComplaint(d, actCtx(req), id));
    },
  );
  r.get(
    "/api/v1/npm/complaints",
    {
      schema: {
        tags,
        summary: "Complaints; complainants redacted outside participants and the Commissioner's office",
        response: { 200: NpmComplaintList, ...errors },
      },
    },
    async (req) => listComplaints(d, actCtx(req)),
  );
  r.get(
    "/api/v1/npm/complaints/:id",
    {
      schema: { tags, summary: "A complaint", params: IdParams, response: { 200: NpmComplaint, ...errors } },
    },
    async (req) => readComplaint(d, actCtx(req), req.params.id),
  );
  r.post(
    "/api/v1/npm/complaints/:id/transfer",
    {
      schema: {
        tags,
        summary: "Transfer to the Commissioner (000 Art. 30(4))",
        params: IdParams,
        body: NpmComplaintTransfer,
        response: { 200: NpmComplaint, ...errors },
      },
    },
    async (req) => {
      await transferComplaint(d, actCtx(req), req.params.id, req.body);
      return readComplaint(d, actCtx(req), req.params.id);
    },
  );
}
