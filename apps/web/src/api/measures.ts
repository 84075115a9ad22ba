// Measures, the preventive register and worklists (issue 4 items 2-4).
import { api, withQuery } from "./client.ts";
import type {
  DueChecksPage,
  DueDutiesPage,
  LikelihoodAssessment,
  LikelihoodDecision,
  Measure,
  MeasureCreate,
  MeasureFactCreate,
  MeasureList,
  RegisterEntry,
  RegisterEntryList,
  RegisterFactCreate,
  RegisterPlacementCreate,
  WorklistScope,
} from "./types.ts";

const id = (value: string) => encodeURIComponent(value);

export interface WorklistParams {
  scope: WorklistScope;
  withinDays?: number;
  page?: number;
  pageSize?: number;
}

export const measuresApi = {
  create: (body: MeasureCreate) => api.post<Measure>("/measures", body),
  get: (measureId: string) => api.get<Measure>(`/measures/${id(measureId)}`),
  addFact: (measureId: string, body: MeasureFactCreate) =>
    api.post<Measure>(`/measures/${id(measureId)}/facts`, body),
  ofPerson: (personId: string) => api.get<MeasureList>(`/persons/${id(personId)}/measures`),
  /** The printed form of a measure, in Kazakh or Russian (a download, not JSON). */
  documentUrl: (measureId: string, lang: "kk" | "ru") =>
    withQuery(`/api/v1/measures/${id(measureId)}/document.pdf`, { lang }),
};

export const registerApi = {
  ofPerson: (personId: string) => api.get<RegisterEntryList>(`/persons/${id(personId)}/register-entries`),
  get: (entryId: string) => api.get<RegisterEntry>(`/register/${id(entryId)}`),
  addFact: (entryId: string, body: RegisterFactCreate) =>
    api.post<RegisterEntry>(`/register/${id(entryId)}/facts`, body),
  /** The placement notice with rights and duties (Art. 59(4)), in Kazakh or Russian (a download). */
  noticeUrl: (entryId: string, lang: "kk" | "ru") =>
    withQuery(`/api/v1/register/${id(entryId)}/notice.pdf`, { lang }),
  /** Manual placement on an Art. 59(2) ground with the rights explained (59(4)). */
  place: (body: RegisterPlacementCreate) => api.post<RegisterEntry>("/register", body),
  /** The proposal of Art. 59(10), computed now; nothing is stored. */
  proposeLikelihood: (entryId: string) =>
    api.get<LikelihoodAssessment>(`/register/${id(entryId)}/likelihood`),
  decideLikelihood: (entryId: string, body: LikelihoodDecision) =>
    api.post<RegisterEntry>(`/register/${id(entryId)}/likelihood`, body),
};

export const worklistsApi = {
  checks: (params: WorklistParams) => api.get<DueChecksPage>("/worklists/checks", { ...params }),
  duties: (params: WorklistParams) => api.get<DueDutiesPage>("/worklists/duties", { ...params }),
  checksCsvUrl: (scope: WorklistScope) => withQuery("/api/v1/worklists/checks.csv", { scope }),
};

export const measureKeys = {
  all: ["measures"] as const,
  one: (measureId: string) => ["measures", "one", measureId] as const,
  ofPerson: (personId: string) => ["measures", "person", personId] as const,
  register: ["register"] as const,
  /** Shared with RecordCheckModal, so a check recorded there refreshes the entry page. */
  registerEntry: (entryId: string) => ["register", "one", entryId] as const,
  likelihood: (entryId: string) => ["register", "likelihood", entryId] as const,
  registerOfPerson: (personId: string) => ["register", "person", personId] as const,
  worklists: ["worklists"] as const,
};
