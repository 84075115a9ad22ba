import {
  NpmInterview,
  NpmInterviewCreate,
  NpmInterviewList,
  NpmInterviewReportSummary,
  NpmInterviewUpdate,
} from "@aldyn/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actCtx, type NpmDeps } from "./npm-deps.ts";
import {
  createInterview,
  interviewReportSummaries,
  listInterviews,
  readInterview,
  updateInterview,
} from "./interviews.ts";
import { errors, IdParams, NPM_TAG as tags } from "./route-kit.ts";

/**
 * The on-site record of interviews of a visit (issue 5 item 4; 000 Art. 29(1)(4); 003 pp.17-23):
 * the visit's group and the Commissioner's office only.
 */
export function npmInterviewRoutes(app: FastifyInstance, d: NpmDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/npm/visits/:id/interviews",
    {
      schema: {
        tags,
        summary: "Interviews of a visit (the group and the Commissioner's office; audited)",
        params: IdParams,
        response: { 200: NpmInterviewList, ...errors },
      },
    },
    async (req) => listInterviews(d, actCtx(req), req.params.id),
  );
  r.post(
    "/api/v1/npm/visits/:id/interviews",
    {
      schema: {
        tags,
        summary: "Record an interview (000 Art. 29(1)(4); 003 pp.17(2), 18, 20, 22-23, 5(2))",
        params: IdParams,
        body: NpmInterviewCreate,
        response: { 201: NpmInterview, ...errors },
      },
    },
    async (req, reply) => {
      const id = await createInterview(d, actCtx(req), req.params.id, req.body);
      return reply.code(201).send(await readInterview(d, actCtx(req), id));
    },
  );
  r.get(
    "/api/v1/npm/visits/:id/interviews/report-summaries",
    {
      schema: {
        tags,
        summary: "Summaries the report may carry: consented ones only, no names (003 p.20)",
        params: IdParams,
        response: { 200: NpmInterviewReportSummary, ...errors },
      },
    },
    async (req) => interviewReportSummaries(d, actCtx(req), req.params.id),
  );
  r.get(
    "/api/v1/npm/interviews/:id",
    {
      schema: {
        tags,
        summary: "An interview (audited)",
        params: IdParams,
        response: { 200: NpmInterview, ...errors },
      },
    },
    async (req) => readInterview(d, actCtx(req), req.params.id),
  );
  r.put(
    "/api/v1/npm/interviews/:id",
    {
      schema: {
        tags,
        summary: "Correct an interview (a new version; 409 on a stale one)",
        params: IdParams,
        body: NpmInterviewUpdate,
        response: { 200: NpmInterview, ...errors },
      },
    },
    async (req) => {
      await updateInterview(d, actCtx(req), req.params.id, req.body);
      return readInterview(d, actCtx(req), req.params.id);
    },
  );
}
