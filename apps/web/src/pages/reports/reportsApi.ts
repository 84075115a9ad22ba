// The officials' side of citizens' reports (R6): the territory's triage queue, a report, its lock,
// triage, routing by legal duty (001 Art. 39(3)), the answer to the reporter (001 Arts. 6(4), 49(2)),
// duplicates, and the forms of the hotline and of an official taking a report in person (001 Art. 71(8)).
import type {
  ReportAnswerInput,
  ReportCreate,
  ReportFiled,
  ReportDetail,
  ReportDuplicateOfInput,
  ReportLock,
  ReportRerouteInput,
  ReportRouteInput,
  ReportRouting,
  ReportTriageInput,
  ReportTriagePage,
} from "@aldyn/contract";
import { api, apiRequest } from "../../api/client.ts";

export interface TriageParams {
  status?: string | undefined;
  category?: string | undefined;
  urgency?: string | undefined;
  flag?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

const id = (value: string) => encodeURIComponent(value);

export const reportsApi = {
  triage: (params: TriageParams) => api.get<ReportTriagePage>("/reports/triage", { ...params }),
  get: (reportId: string) => api.get<ReportDetail>(`/reports/${id(reportId)}`),
  /** A report taken on the hotline or in person (001 Art. 71(8)); its tracking code is in this answer only. */
  create: (body: ReportCreate) => api.post<ReportFiled>("/reports", body),
  /** Take or renew the report for 15 minutes; 409 report.locked_by_other while another holds it. */
  lock: (reportId: string) => api.post<ReportLock>(`/reports/${id(reportId)}/lock`),
  unlock: (reportId: string) => apiRequest<undefined>("DELETE", `/reports/${id(reportId)}/lock`),
  triageReport: (reportId: string, body: ReportTriageInput) =>
    api.post<ReportDetail>(`/reports/${id(reportId)}/triage`, body),
  /**
   * The law's proposals; a re-route previews them for a new category and flags. The flags are sent
   * even when none is left ("flags="), which the server reads as no flags, not as the stored ones.
   */
  routing: (reportId: string, preview?: { category: string; flags: string }) =>
    api.get<ReportRouting>(
      preview
        ? `/reports/${id(reportId)}/routing?${new URLSearchParams({ category: preview.category, flags: preview.flags }).toString()}`
        : `/reports/${id(reportId)}/routing`,
    ),
  route: (reportId: string, body: ReportRouteInput) =>
    api.post<ReportDetail>(`/reports/${id(reportId)}/route`, body),
  reroute: (reportId: string, body: ReportRerouteInput) =>
    api.post<ReportDetail>(`/reports/${id(reportId)}/reroute`, body),
  answer: (reportId: string, body: ReportAnswerInput) =>
    api.post<ReportDetail>(`/reports/${id(reportId)}/answer`, body),
  duplicateOf: (reportId: string, body: ReportDuplicateOfInput) =>
    api.post<ReportDetail>(`/reports/${id(reportId)}/duplicate-of`, body),
};

export const reportKeys = {
  all: ["reports"] as const,
  triage: (params: TriageParams) => ["reports", "triage", params] as const,
  one: (reportId: string) => ["reports", "one", reportId] as const,
  routing: (reportId: string) => ["reports", "routing", reportId] as const,
};
