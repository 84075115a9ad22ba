// Incidents of domestic violence (001 Art. 72): the inspector's worklist, one incident, recording
// one, its events and the measures linked to it. The shapes are the contract's
// (packages/contract/src/domestic-violence.ts); type-only imports keep zod out of the bundle.
import { api } from "../../api/client.ts";
import type {
  DvIncident,
  DvIncidentCreate,
  DvIncidentCreated,
  DvIncidentEventCreate,
  DvIncidentHandoff,
  DvIncidentPage,
  DvIncidentRow,
  DvIncidentSummary,
} from "@aldyn/contract";
import type { IncidentTab } from "./incidentDomain.ts";

export type { DvIncident, DvIncidentCreated, DvIncidentHandoff, DvIncidentRow, DvIncidentSummary };

export interface IncidentQuery {
  filter: IncidentTab;
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

const id = (value: string) => encodeURIComponent(value);

export const incidentsApi = {
  list: (q: IncidentQuery) => api.get<DvIncidentPage>("/dv-incidents", { ...q }),
  summary: () => api.get<DvIncidentSummary>("/dv-incidents/summary"),
  get: (incidentId: string) => api.get<DvIncident>(`/dv-incidents/${id(incidentId)}`),
  create: (body: DvIncidentCreate) => api.post<DvIncidentCreated>("/dv-incidents", body),
  addEvent: (incidentId: string, body: DvIncidentEventCreate) =>
    api.post<DvIncident>(`/dv-incidents/${id(incidentId)}/events`, body),
  linkMeasure: (incidentId: string, measureId: string) =>
    api.post<DvIncident>(`/dv-incidents/${id(incidentId)}/measures`, { measureId }),
};

export const incidentKeys = {
  all: ["dv-incidents"] as const,
  list: (q: IncidentQuery) => ["dv-incidents", "list", q] as const,
  summary: ["dv-incidents", "summary"] as const,
  one: (incidentId: string) => ["dv-incidents", "one", incidentId] as const,
};
