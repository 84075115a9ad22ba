import {
  NpmAnnualRecipientAnswer,
  NpmAnnualRecipientCreate,
  NpmAnnualReport,
  NpmAnnualReportApprove,
  NpmAnnualReportCreate,
  NpmAnnualReportDraftUpdate,
  NpmAnnualReportFigures,
  NpmAnnualReportPublication,
  NpmDocLangQuery,
  NpmVisitCost,
  NpmVisitCostCreate,
  NpmYearParams,
} from "@aldyn/contract";
import { z } from "zod";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { notFound } from "../../errors/app-error.ts";
import { sendPdf } from "../documents/send-pdf.ts";
import { actCtx, type NpmDeps } from "./npm-deps.ts";
import {
  addVisitCost,
  approveAnnualReport,
  createAnnualReport,
  figuresOf,
  readAnnualReport,
  updateAnnualDraft,
} from "./annual-reports.ts";
import { addRecipient, answerRecipient, recordPublication } from "./annual-publication.ts";
import { renderAnnualHtml, renderAnnualPdf } from "./annual-document.ts";
import { renderCertificate } from "./certificate-document.ts";
import { readParticipant } from "./participants.ts";
import { errors, IdParams, NPM_TAG as tags } from "./route-kit.ts";

const YearId = NpmYearParams.extend({ id: z.uuid() });

/** The certificate PDF and the annual consolidated report (issue 5 items 1, 7; 000 Arts. 34, 36(2)). */
export function npmAnnualRoutes(app: FastifyInstance, d: NpmDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/npm/participants/:id/certificate.pdf",
    {
      schema: {
        tags,
        summary: "The participant's certificate as PDF (003 p.16)",
        params: IdParams,
        querystring: NpmDocLangQuery,
        response: errors,
      },
    },
    async (req, reply) => {
      const p = await readParticipant(d, actCtx(req), req.params.id);
      if (!p.certificate) throw notFound("The certificate");
      const pdf = await renderCertificate(req.query.lang, {
        number: p.certificate.number,
        holder: p.fullName,
        regionCode: p.regionCode,
        issuedOn: p.certificate.issuedOn,
        terminatedOn: p.certificate.validToday ? null : (p.termination?.on ?? null),
      });
      return sendPdf(reply, pdf, `npm-certificate-${p.certificate.number}-${req.query.lang}.pdf`);
    },
  );
  r.post(
    "/api/v1/npm/visits/:id/costs",
    {
      schema: {
        tags,
        summary: "Record a cost of a visit for the financial report (000 Art. 34(2))",
        params: IdParams,
        body: NpmVisitCostCreate,
        response: { 201: NpmVisitCost, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await addVisitCost(d, actCtx(req), req.params.id, req.body)),
  );
  r.get(
    "/api/v1/npm/annual-reports/:year/figures",
    {
      schema: {
        tags,
        summary: "The year's figures for the annual report, counts only (000 Art. 34(2))",
        params: NpmYearParams,
        response: { 200: NpmAnnualReportFigures, ...errors },
      },
    },
    async (req) => figuresOf(d, actCtx(req), req.params.year),
  );
  r.post(
    "/api/v1/npm/annual-reports",
    {
      schema: {
        tags,
        summary: "Draft the annual consolidated report with suggestions on legislation (000 Art. 34)",
        body: NpmAnnualReportCreate,
        response: { 201: NpmAnnualReport, ...errors },
      },
    },
    async (req, reply) => {
      await createAnnualReport(d, actCtx(req), req.body);
      return reply.code(201).send(await readAnnualReport(d, actCtx(req), req.body.year));
    },
  );
  r.get(
    "/api/v1/npm/annual-reports/:year",
    {
      schema: {
        tags,
        summary: "The annual report: figures, publication due (34(3)), state bodies' answers (36(2))",
        params: NpmYearParams,
        response: { 200: NpmAnnualReport, ...errors },
      },
    },
    async (req) => readAnnualReport(d, actCtx(req), req.params.year),
  );
  r.put(
    "/api/v1/npm/annual-reports/:year/draft",
    {
      schema: {
        tags,
        summary:
          "Edit the draft's suggestions on legislation until the Council approves it (000 Art. 34(1)-(3))",
        params: NpmYearParams,
        body: NpmAnnualReportDraftUpdate,
        response: { 200: NpmAnnualReport, ...errors },
      },
    },
    async (req) => {
      await updateAnnualDraft(d, actCtx(req), req.params.year, req.body);
      return readAnnualReport(d, actCtx(req), req.params.year);
    },
  );
  r.post(
    "/api/v1/npm/annual-reports/:year/approve",
    {
      schema: {
        tags,
        summary: "Approval by the Coordinating Council (000 Art. 34(2)-(3))",
        params: NpmYearParams,
        body: NpmAnnualReportApprove,
        response: { 200: NpmAnnualReport, ...errors },
      },
    },
    async (req) => {
      await approveAnnualReport(d, actCtx(req), req.params.year, req.body);
      return readAnnualReport(d, actCtx(req), req.params.year);
    },
  );
  r.post(
    "/api/v1/npm/annual-reports/:year/publication",
    {
      schema: {
        tags,
        summary: "Sent to the state bodies and posted on the website (000 Art. 34(3))",
        params: NpmYearParams,
        body: NpmAnnualReportPublication,
        response: { 200: NpmAnnualReport, ...errors },
      },
    },
    async (req) => {
      await recordPublication(d, actCtx(req), req.params.year, req.body);
      return readAnnualReport(d, actCtx(req), req.params.year);
    },
  );
  r.post(
    "/api/v1/npm/annual-reports/:year/recipients",
    {
      schema: {
        tags,
        summary: "A state body received the report; it answers within three months (000 Art. 36(2))",
        params: NpmYearParams,
        body: NpmAnnualRecipientCreate,
        response: { 201: NpmAnnualReport, ...errors },
      },
    },
    async (req, reply) => {
      await addRecipient(d, actCtx(req), req.params.year, req.body);
      return reply.code(201).send(await readAnnualReport(d, actCtx(req), req.params.year));
    },
  );
  r.post(
    "/api/v1/npm/annual-reports/:year/recipients/:id/answer",
    {
      schema: {
        tags,
        summary: "The state body's answer on the measures taken (000 Art. 36(2))",
        params: YearId,
        body: NpmAnnualRecipientAnswer,
        response: { 200: NpmAnnualReport, ...errors },
      },
    },
    async (req) => {
      await answerRecipient(d, actCtx(req), req.params.year, req.params.id, req.body);
      return readAnnualReport(d, actCtx(req), req.params.year);
    },
  );
  r.get(
    "/api/v1/npm/annual-reports/:year/report.pdf",
    {
      schema: {
        tags,
        summary: "The annual report as PDF",
        params: NpmYearParams,
        querystring: NpmDocLangQuery,
        response: errors,
      },
    },
    async (req, reply) => {
      const report = await readAnnualReport(d, actCtx(req), req.params.year);
      const pdf = await renderAnnualPdf(req.query.lang, report);
      return sendPdf(reply, pdf, `npm-annual-report-${report.year}-${req.query.lang}.pdf`);
    },
  );
  r.get(
    "/api/v1/npm/annual-reports/:year/report.html",
    {
      schema: {
        tags,
        summary: "The annual report as HTML for publication (000 Art. 34(3))",
        params: NpmYearParams,
        querystring: NpmDocLangQuery,
        response: errors,
      },
    },
    async (req, reply) => {
      const report = await readAnnualReport(d, actCtx(req), req.params.year);
      return sendHtml(reply, renderAnnualHtml(req.query.lang, report));
    },
  );
}

/** The HTML copy for the website; untyped reply like `sendPdf`, since the body is not JSON. */
function sendHtml(reply: FastifyReply, html: string): FastifyReply {
  return reply
    .header("Content-Type", "text/html; charset=utf-8")
    .header("X-Content-Type-Options", "nosniff")
    .header("Cache-Control", "no-store")
    .send(html);
}
