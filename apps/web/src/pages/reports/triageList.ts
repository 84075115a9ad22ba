// The triage queue's filters, kept in the page's address (a link shows the same queue, Back undoes a
// choice) and turned into the API's query (GET /reports/triage). Pure, so it is tested without a browser.
import type { TriageParams } from "./reportsApi.ts";

export const TRIAGE_PAGE_SIZE = 25;

export interface TriageFilters {
  readonly status: string | undefined;
  readonly category: string | undefined;
  readonly urgency: string | undefined;
  readonly flag: string | undefined;
  readonly q: string;
  readonly page: number;
}

export const NO_TRIAGE_FILTERS: TriageFilters = {
  status: undefined,
  category: undefined,
  urgency: undefined,
  flag: undefined,
  q: "",
  page: 1,
};

function text(v: unknown): string | undefined {
  // The router reads a search value as JSON where it can: a number comes back as a number.
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return typeof v === "string" ? v : undefined;
}

function oneOf(v: unknown, allowed: readonly string[]): string | undefined {
  const s = text(v);
  return s !== undefined && allowed.includes(s) ? s : undefined;
}

/** The lists a filter may take its value from (the law package's and the contract's identifiers). */
export interface TriageVocabulary {
  statuses: readonly string[];
  categories: readonly string[];
  urgencies: readonly string[];
  flags: readonly string[];
}

/** The filters an address names; a value not in its list is left out, so an old link still opens. */
export function triageFiltersFromSearch(search: Record<string, unknown>, v: TriageVocabulary): TriageFilters {
  const q = text(search.q)?.trim() ?? "";
  const page = Number(search.page);
  return {
    status: oneOf(search.status, v.statuses),
    category: oneOf(search.category, v.categories),
    urgency: oneOf(search.urgency, v.urgencies),
    flag: oneOf(search.flag, v.flags),
    q: q.length >= 2 ? q.slice(0, 200) : "",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address's search: only what differs from the defaults. */
export function searchFromTriageFilters(f: TriageFilters): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (f.status) out.status = f.status;
  if (f.category) out.category = f.category;
  if (f.urgency) out.urgency = f.urgency;
  if (f.flag) out.flag = f.flag;
  if (f.q) out.q = f.q;
  if (f.page > 1) out.page = f.page;
  return out;
}

export function triageParams(f: TriageFilters): TriageParams {
  return {
    status: f.status,
    category: f.category,
    urgency: f.urgency,
    flag: f.flag,
    q: f.q || undefined,
    page: f.page,
    pageSize: TRIAGE_PAGE_SIZE,
  };
}

/** A change of a filter starts again at page 1; a change of page keeps the filters. */
export function withTriageChange(f: TriageFilters, change: Partial<TriageFilters>): TriageFilters {
  const next = { ...f, ...change };
  return change.page === undefined ? { ...next, page: 1 } : next;
}

export function isTriageNarrowed(f: TriageFilters): boolean {
  return Boolean(f.status || f.category || f.urgency || f.flag || f.q);
}

/** The badge colour of an urgency: immediate red, urgent orange, routine grey, not yet triaged blue. */
export function urgencyColor(urgency: string | null): string {
  if (urgency === "immediate") return "red";
  if (urgency === "urgent") return "orange";
  if (urgency === "routine") return "gray";
  return "blue";
}
