// The persons list's filters, kept in the page's address (shareable, the browser's Back undoes a
// change): read from the address's search, written back without the defaults, and turned into the
// API's query (GET /persons/list, R1.1). Pure, so it is tested without a browser.
import type { PersonListSort, SortOrder } from "@aldyn/contract";
import { MEASURE_KINDS } from "../measures/measureDomain.ts";

export const LIST_PAGE_SIZE = 50;
/** The server counts up to this many persons and pages through them (PERSON_LIST_COUNT_CAP). */
export const LIST_COUNT_CAP = 10_000;

export type RegisterFilter = "on" | "off";
/** The columns a user sorts by, from their headers. */
export type SortColumn = Exclude<PersonListSort, "relevance">;

export interface ListFilters {
  /** Twelve digits, or "" (a partly typed IIN stays in the box, not in the address). */
  readonly iin: string;
  /** A name, or "". */
  readonly q: string;
  readonly territoryId: string | undefined;
  readonly register: RegisterFilter | undefined;
  readonly measureKind: string | undefined;
  readonly responsibleId: string | undefined;
  readonly mine: boolean;
  /** undefined: the server's default (best match when searching by name, else by name). */
  readonly sort: PersonListSort | undefined;
  readonly order: SortOrder | undefined;
  readonly page: number;
}

export const NO_FILTERS: ListFilters = {
  iin: "",
  q: "",
  territoryId: undefined,
  register: undefined,
  measureKind: undefined,
  responsibleId: undefined,
  mine: false,
  sort: undefined,
  order: undefined,
  page: 1,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORTS: readonly PersonListSort[] = ["relevance", "name", "birthDate", "lastMeasure"];

function text(v: unknown): string | undefined {
  // The router reads a search value as JSON where it can: digits come back as a number.
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return typeof v === "string" ? v : undefined;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T | undefined {
  const s = text(v);
  return s !== undefined && (allowed as readonly string[]).includes(s) ? (s as T) : undefined;
}

/**
 * The filters an address names. Whatever is not a valid value is left out (an old or edited link
 * still opens the list, with what it names correctly), and so is a page past the counted persons.
 */
export function filtersFromSearch(search: Record<string, unknown>): ListFilters {
  const iin = text(search.iin)?.replace(/\s/g, "") ?? "";
  const q = text(search.q)?.trim() ?? "";
  const id = (v: unknown) => {
    const s = text(v);
    return s !== undefined && UUID.test(s) ? s : undefined;
  };
  const page = Number(search.page);
  const lastPage = LIST_COUNT_CAP / LIST_PAGE_SIZE;
  return {
    iin: /^\d{12}$/.test(iin) ? iin : "",
    q: q.length >= 2 ? q : "",
    territoryId: id(search.territoryId),
    register: oneOf(search.register, ["on", "off"] as const),
    measureKind: oneOf(search.measureKind, MEASURE_KINDS),
    responsibleId: id(search.responsibleId),
    mine: search.mine === true || search.mine === "true",
    sort: oneOf(search.sort, SORTS),
    order: oneOf(search.order, ["asc", "desc"] as const),
    page: Number.isInteger(page) && page >= 1 && page <= lastPage ? page : 1,
  };
}

/** The address's search for these filters: only what differs from the defaults, so links stay short. */
export function searchFromFilters(f: ListFilters): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  if (f.iin) out.iin = f.iin;
  if (f.q) out.q = f.q;
  if (f.territoryId) out.territoryId = f.territoryId;
  if (f.register) out.register = f.register;
  if (f.measureKind) out.measureKind = f.measureKind;
  if (f.mine) out.mine = true;
  else if (f.responsibleId) out.responsibleId = f.responsibleId;
  if (f.sort) out.sort = f.sort;
  if (f.order) out.order = f.order;
  if (f.page > 1) out.page = f.page;
  return out;
}

export interface ListParams {
  iin?: string;
  q?: string;
  territoryId?: string;
  register?: RegisterFilter;
  measureKind?: string;
  responsibleId?: string;
  mine?: "true";
  sort?: PersonListSort;
  order?: SortOrder;
  page: number;
  pageSize: number;
}

/** The API's query for the filters. */
export function listParams(f: ListFilters): ListParams {
  const p: ListParams = { page: f.page, pageSize: LIST_PAGE_SIZE };
  if (f.iin) p.iin = f.iin;
  if (f.q) p.q = f.q;
  if (f.territoryId) p.territoryId = f.territoryId;
  if (f.register) p.register = f.register;
  if (f.measureKind) p.measureKind = f.measureKind;
  if (f.mine) p.mine = "true";
  else if (f.responsibleId) p.responsibleId = f.responsibleId;
  if (f.sort) p.sort = f.sort;
  if (f.order) p.order = f.order;
  return p;
}

/** A change of the filters starts again at page 1; a change of page keeps the filters. */
export function withChange(f: ListFilters, change: Partial<ListFilters>): ListFilters {
  const next = { ...f, ...change };
  // "Only mine" and one official are one choice: taking one drops the other.
  if (change.mine) next.responsibleId = undefined;
  if (change.responsibleId) next.mine = false;
  return change.page === undefined ? { ...next, page: 1 } : next;
}

/** Whether anything narrows the list (the empty state then says to change the filters). */
export function isNarrowed(f: ListFilters): boolean {
  return Boolean(f.iin || f.q || f.territoryId || f.register || f.measureKind || f.responsibleId || f.mine);
}

/** The sort in force and its direction, as the server applies its defaults. */
export function effectiveSort(f: ListFilters): { sort: PersonListSort; order: SortOrder } {
  const sort = f.sort ?? (f.q ? "relevance" : "name");
  return { sort, order: f.order ?? (sort === "lastMeasure" ? "desc" : "asc") };
}

/** aria-sort of a column's header. */
export function ariaSort(f: ListFilters, column: SortColumn): "ascending" | "descending" | "none" {
  const s = effectiveSort(f);
  if (s.sort !== column) return "none";
  return s.order === "asc" ? "ascending" : "descending";
}

/**
 * A click on a column's header: sorts by it in its natural direction (names A-Z, the oldest first,
 * the newest measure first), and a second click turns the direction round.
 */
export function toggleSort(f: ListFilters, column: SortColumn): ListFilters {
  const s = effectiveSort(f);
  const natural: SortOrder = column === "lastMeasure" ? "desc" : "asc";
  const order: SortOrder = s.sort === column ? (s.order === "asc" ? "desc" : "asc") : natural;
  return withChange(f, { sort: column, order });
}

/** "Серикбаев Нурлан Асланович" → "Серикбаев Н. А.": an official's name that fits a column. */
export function shortName(fullName: string): string {
  const [last = "", ...rest] = fullName.trim().split(/\s+/);
  return [last, ...rest.map((w) => `${w.charAt(0)}.`)].join(" ");
}
