import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import {
  ErrorBody,
  ReportAnswerInput,
  ReportDetail,
  ReportDuplicateOfInput,
  ReportLock,
  ReportRerouteInput,
  ReportRouteInput,
  ReportRouting,
  ReportRoutingQuery,
  ReportTriageInput,
  ReportTriagePage,
  ReportTriageQuery,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx } from "../preventive-measures/measure-deps.ts";
import { answerReport } from "./answer-report.ts";
import { readReport } from "./read-report.ts";
import { markDuplicateOf } from "./report-duplicates.ts";
import { releaseReportLock, takeReportLock } from "./report-lock.ts";
import { rerouteReport } from "./route-report-again.ts";
import { reportRouting, routeReportToBodies } from "./route-report.ts";
import { triageDeps } from "./triage-deps.ts";
import { triageQueue } from "./triage-queue.ts";
import { triageReport } from "./triage-report.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });
const tags = ["citizen-reports"];

/**
 * Triage and routing of reports from citizens (R6): the territory's queue, a report, the lock, triage,
 * routing by legal duty (001 Art. 39(3)) and re-routing, the answer (001 Arts. 6(4), 49(2)) and
 * duplicates. Every write returns the report as its writer now sees it.
 */
export function triageRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const td = triageDeps(deps);
  const after = (req: Parameters<typeof actCtx>[0], id: string) =>
    readReport(td, actCtx(req), id, { afterWrite: true });

  r.get(
    "/api/v1/reports/triage",
    {
      schema: {
        tags,
        summary:
          "The triage queue of the user's territory: immediate and urgent first, then oldest (audited)",
        querystring: ReportTriageQuery,
        response: { 200: ReportTriagePage, ...errors },
      },
    },
    async (req) => triageQueue(td, actCtx(req), req.query),
  );

  r.get(
    "/api/v1/reports/:id",
    {
      schema: {
        tags,
        summary:
          "A report with its timeline, hand-offs, persons, likely duplicates, lock and measures (the reporter's contacts with read_personal; audited)",
        params: IdParams,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (req) => readReport(td, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/reports/:id/lock",
    {
      schema: {
        tags,
        summary:
          "Take or renew the report for 15 minutes (one official at a time; 409 report.locked_by_other)",
        params: IdParams,
        response: { 200: ReportLock, ...errors },
      },
    },
    async (req) => takeReportLock(td, actCtx(req), req.params.id),
  );

  r.delete(
    "/api/v1/reports/:id/lock",
    {
      schema: {
        tags,
        summary: "Let the report go",
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await releaseReportLock(td, actCtx(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/api/v1/reports/:id/triage",
    {
      schema: {
        tags,
        summary: "Triage: category (closed list), urgency, flags, district, persons",
        params: IdParams,
        body: ReportTriageInput,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (req) => {
      await triageReport(td, actCtx(req), req.params.id, req.body);
      return after(req, req.params.id);
    },
  );

  r.get(
    "/api/v1/reports/:id/routing",
    {
      schema: {
        tags,
        summary:
          "The bodies the law says must be told (001 Art. 39(3)), each with the body covering the place",
        params: IdParams,
        querystring: ReportRoutingQuery,
        response: { 200: ReportRouting, ...errors },
      },
    },
    async (req) => reportRouting(td, actCtx(req), req.params.id, req.query),
  );

  r.post(
    "/api/v1/reports/:id/route",
    {
      schema: {
        tags,
        summary: "Send the report to the confirmed bodies: one hand-off each (001 Art. 39(3))",
        params: IdParams,
        body: ReportRouteInput,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (req) => {
      await routeReportToBodies(td, actCtx(req), req.params.id, req.body);
      return after(req, req.params.id);
    },
  );

  r.post(
    "/api/v1/reports/:id/reroute",
    {
      schema: {
        tags,
        summary:
          "Re-route a wrongly categorised report: new bodies are told, the others' hand-offs withdrawn",
        params: IdParams,
        body: ReportRerouteInput,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (req) => {
      await rerouteReport(td, actCtx(req), req.params.id, req.body);
      return after(req, req.params.id);
    },
  );

  r.post(
    "/api/v1/reports/:id/answer",
    {
      schema: {
        tags,
        summary: "The answer the reporter reads by the tracking code (001 Arts. 6(4), 49(2)); once",
        params: IdParams,
        body: ReportAnswerInput,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (req) => {
      await answerReport(td, actCtx(req), req.params.id, req.body);
      return after(req, req.params.id);
    },
  );

  r.post(
    "/api/v1/reports/:id/duplicate-of",
    {
      schema: {
        tags,
        summary: "Mark the report a duplicate of an earlier one (before routing)",
        params: IdParams,
        body: ReportDuplicateOfInput,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (req) => {
      await markDuplicateOf(td, actCtx(req), req.params.id, req.body);
      return after(req, req.params.id);
    },
  );
}
