// The on-site record of interviews of an NPM visit (issue 5 item 4; 000 Art. 29(1)(4); 003 pp.17-23).
// Types are inferred from the contract's zod schemas; type-only imports keep zod out of the bundle.
import type { z } from "zod";
import type {
  NpmInterview as NpmInterviewSchema,
  NpmInterviewCreate as NpmInterviewCreateSchema,
  NpmInterviewList as NpmInterviewListSchema,
  NpmInterviewReportSummary as NpmInterviewReportSummarySchema,
  NpmInterviewUpdate as NpmInterviewUpdateSchema,
} from "@aldyn/contract";
import { api, apiRequest } from "./client.ts";

export type NpmInterview = z.output<typeof NpmInterviewSchema>;
export type NpmInterviewCreate = z.input<typeof NpmInterviewCreateSchema>;
export type NpmInterviewUpdate = z.input<typeof NpmInterviewUpdateSchema>;
export type NpmInterviewList = z.output<typeof NpmInterviewListSchema>;
export type NpmInterviewReportSummary = z.output<typeof NpmInterviewReportSummarySchema>;

/** Who was interviewed (000 Art. 29(1)(4)); repeated from the law package, which the bundle does not import. */
export const NPM_INTERVIEWEE_CATEGORIES = ["held_person", "legal_representative", "staff", "other"] as const;

const visitPath = (visitId: string) => `/npm/visits/${visitId}/interviews`;

export const npmInterviewsApi = {
  list: (visitId: string) => api.get<NpmInterviewList>(visitPath(visitId)),
  create: (visitId: string, body: NpmInterviewCreate) => api.post<NpmInterview>(visitPath(visitId), body),
  update: (id: string, body: NpmInterviewUpdate) =>
    apiRequest<NpmInterview>("PUT", `/npm/interviews/${id}`, body),
  reportSummaries: (visitId: string) =>
    api.get<NpmInterviewReportSummary>(`${visitPath(visitId)}/report-summaries`),
};

export const npmInterviewKeys = {
  /** Under the NPM keys, so invalidating `["npm"]` refreshes them too. */
  list: (visitId: string) => ["npm", "visits", visitId, "interviews"] as const,
};
