// The persons endpoints (R1.1, R1.2): search, the list, create, read, edit, duplicates, merge, links.
import type { PersonListOfficials, PersonListPage } from "@aldyn/contract";
import type { ListParams } from "../pages/persons/personsList.ts";
import type { AuditRow } from "./types.ts";
import { api } from "./client.ts";
import type {
  Person,
  PersonCreate,
  PersonDuplicates,
  PersonLink,
  PersonLinkCreate,
  PersonLinkList,
  PersonSearchPage,
  PersonUpdate,
} from "./types.ts";

export interface PersonSearchParams {
  iin?: string | undefined;
  q?: string | undefined;
  birthDate?: string | undefined;
  page?: number;
  pageSize?: number;
}

const id = (value: string) => encodeURIComponent(value);

export const personsApi = {
  search: (params: PersonSearchParams) => api.get<PersonSearchPage>("/persons", { ...params }),
  /** The persons list: register status, district, responsible official, last measure (R1.1). */
  list: (params: ListParams) => api.get<PersonListPage>("/persons/list", { ...params }),
  /** The officials the list may be narrowed to (its responsible filter). */
  officials: () => api.get<PersonListOfficials>("/persons/list/officials"),
  create: (body: PersonCreate) => api.post<Person>("/persons", body),
  get: (personId: string) => api.get<Person>(`/persons/${id(personId)}`),
  update: (personId: string, body: PersonUpdate) => api.patch<Person>(`/persons/${id(personId)}`, body),
  duplicates: (personId: string) => api.get<PersonDuplicates>(`/persons/${id(personId)}/duplicates`),
  merge: (personId: string, otherId: string, version: number, reason?: string) =>
    api.post<Person>(`/persons/${id(personId)}/merge`, { otherId, version, reason }),
  links: (personId: string) => api.get<PersonLinkList>(`/persons/${id(personId)}/links`),
  addLink: (minorId: string, body: PersonLinkCreate) =>
    api.post<PersonLink>(`/persons/${id(minorId)}/links`, body),
  /** Ends a link on a day; `personId` is either side of the link. */
  endLink: (personId: string, linkId: string, until: string) =>
    api.post<PersonLink>(`/persons/${id(personId)}/links/${id(linkId)}/end`, { until }),
  /** Who has read the person's record (R11.2), newest first. */
  views: (personId: string) =>
    api.get<{ items: AuditRow[]; total: number }>(`/persons/${id(personId)}/views`, { pageSize: 50 }),
};

export const personKeys = {
  all: ["persons"] as const,
  search: (params: PersonSearchParams) => ["persons", "search", params] as const,
  list: (params: ListParams) => ["persons", "list", params] as const,
  officials: ["persons", "officials"] as const,
  one: (personId: string) => ["persons", "one", personId] as const,
  duplicates: (personId: string) => ["persons", "duplicates", personId] as const,
  links: (personId: string) => ["persons", "links", personId] as const,
};
