// The school prevention council's endpoints (001 Art. 78): its pupils, attendance imports, attention
// records, council meetings and pedagogical support plans; the quarterly analysis (001 Art. 21(10)).
import { api, apiUpload, withQuery } from "../../api/client.ts";
import type {
  AttendanceImportResult,
  AttentionCreate,
  CouncilMeetingCreate,
  CouncilMeeting,
  PupilFilter,
  SchoolAnalysis,
  SchoolPupilPage,
  SupportPlan,
  SupportStepInput,
} from "./schoolTypes.ts";

const id = (value: string) => encodeURIComponent(value);
const SP = "/school-prevention";

export type TemplateFormat = "csv" | "xlsx";

export const schoolApi = {
  pupils: (q: { filter: PupilFilter; q?: string; page?: number }) =>
    api.get<SchoolPupilPage>(`${SP}/pupils`, q),
  /** The attendance file as CSV or XLSX (the server reads the file's parts). */
  importAttendance: (file: File, lang: string) => {
    const form = new FormData();
    form.append("file", file, file.name);
    return apiUpload<AttendanceImportResult>(withQuery(`${SP}/attendance`, { lang }), form);
  },
  templateUrl: (format: TemplateFormat, lang: string) =>
    withQuery(`/api/v1${SP}/attendance/template`, { format, lang }),
  openAttention: (body: AttentionCreate) => api.post<{ id: string }>(`${SP}/attention`, body),
  closeAttention: (attentionId: string, body: { until: string; reason: string }) =>
    api.post<{ id: string }>(`${SP}/attention/${id(attentionId)}/close`, body),
  holdCouncil: (body: CouncilMeetingCreate) => api.post<CouncilMeeting>(`${SP}/council-meetings`, body),
  support: (measureId: string) => api.get<SupportPlan>(`${SP}/supports/${id(measureId)}`),
  /** Adds one step; the API takes a list (`steps.0.…` in its refusals). */
  addStep: (measureId: string, body: SupportStepInput) =>
    api.post<SupportPlan>(`${SP}/supports/${id(measureId)}/steps`, { steps: [body] }),
  stepDone: (measureId: string, stepId: string, body: { doneOn: string; result?: string }) =>
    api.post<SupportPlan>(`${SP}/supports/${id(measureId)}/steps/${id(stepId)}/done`, body),
  analysis: (q: { year: number; quarter: number; territoryId?: string }) =>
    api.get<SchoolAnalysis>(`${SP}/analysis`, q),
  analysisXlsxUrl: (q: { year: number; quarter: number; territoryId?: string }) =>
    withQuery(`/api/v1${SP}/analysis.xlsx`, q),
  analysisPdfUrl: (q: { year: number; quarter: number; territoryId?: string }, lang: "kk" | "ru") =>
    withQuery(`/api/v1${SP}/analysis.pdf`, { ...q, lang }),
};

export const schoolKeys = {
  all: ["school-prevention"] as const,
  pupils: (filter: PupilFilter, q: string, page: number) =>
    ["school-prevention", "pupils", filter, q, page] as const,
  support: (measureId: string) => ["school-prevention", "support", measureId] as const,
  analysis: (year: number, quarter: number, territoryId: string) =>
    ["school-prevention", "analysis", year, quarter, territoryId] as const,
};
