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
} from "./types.ts";
import type { WorklistScope, WORKLIST_EXPORT_MAX_ROWS } from "@aldyn/contract";

const id = (value: string) => encodeURIComponent(value);

/** What a worklist shows: the same filters for the screen and for its downloads. */
export interface WorklistFilters {
  scope: WorklistScope;
  withinDays: number;
  /** One district of a region-level user's territory; undefined for the whole territory. */
  territoryId?: string | undefined;
}

export interface WorklistParams extends WorklistFilters {
  page?: number;
  pageSize?: number;
}

/**
 * Rows one download holds; past it the file holds the most urgent rows and ends with a #truncated row.
 * Typed by the contract's constant (a type-only import keeps zod out of the bundle), so the two cannot
 * drift apart.
 */
export const WORKLIST_EXPORT_LIMIT: typeof WORKLIST_EXPORT_MAX_ROWS = 10_000;

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
  /** The download of a worklist as CSV or XLSX, holding the very list the screen shows, in `lang`. */
  exportUrl: (
    list: "checks" | "duties",
    format: "csv" | "xlsx",
    f: WorklistFilters,
    lang: "kk" | "ru" | "en",
  ) =>
    withQuery(`/api/v1/worklists/${list}.${format}`, {
      scope: f.scope,
      withinDays: f.withinDays,
      territoryId: f.territoryId,
      lang,
    }),
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
