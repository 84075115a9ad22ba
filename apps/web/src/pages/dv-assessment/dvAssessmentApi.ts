// The six-monthly assessment of the regional interdepartmental commission (001 Art. 72(4),(7)): a
// pack per region and half-year with figures from the records (recomputed while draft, frozen on
// approval), the commission's conclusions and meeting date, and its PDF in kk/ru. The shapes are the
// contract's (packages/contract/src/dv-assessment.ts); type-only imports keep zod out of the bundle.
import type {
  DvAssessmentCreate,
  DvAssessmentDetail,
  DvAssessmentFigure,
  DvAssessmentPage,
  DvAssessmentRow,
  DvAssessmentSchedule,
  DvAssessmentUpdate,
} from "@aldyn/contract";
import { api, withQuery } from "../../api/client.ts";

export type PackRow = DvAssessmentRow;
export type PackDetail = DvAssessmentDetail;
export type PackFigure = DvAssessmentFigure;
export type PackSchedule = DvAssessmentSchedule;
export type ScheduleItem = DvAssessmentSchedule["periods"][number];
export type PackStatus = DvAssessmentRow["status"];
/** The printed pack exists in the state language and in Russian (DvAssessmentPdfQuery). */
export type PackLang = "kk" | "ru";
export const PACK_LANGS: readonly PackLang[] = ["kk", "ru"];

export const dvAssessmentKeys = {
  all: ["dv-assessments"] as const,
  list: ["dv-assessments", "list"] as const,
  pack: (id: string) => ["dv-assessments", "pack", id] as const,
  schedule: ["dv-assessments", "schedule"] as const,
};

export const dvAssessmentApi = {
  list: () => api.get<DvAssessmentPage>("/dv-assessments", { pageSize: 100 }),
  create: (body: DvAssessmentCreate) => api.post<{ id: string }>("/dv-assessments", body),
  pack: (id: string) => api.get<DvAssessmentDetail>(`/dv-assessments/${id}`),
  update: (id: string, body: DvAssessmentUpdate) =>
    api.patch<DvAssessmentDetail>(`/dv-assessments/${id}`, body),
  approve: (id: string, version: number) =>
    api.post<DvAssessmentDetail>(`/dv-assessments/${id}/approve`, { version }),
  /** The user's region's half-years since commencement, each done, open or missed (72(4)). */
  schedule: () => api.get<DvAssessmentSchedule>("/dv-assessments/schedule"),
  pdfUrl: (id: string, lang: PackLang) => withQuery(`/api/v1/dv-assessments/${id}/pdf`, { lang }),
};
