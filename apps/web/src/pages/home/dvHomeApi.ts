// The home page's reads for domestic violence and family support (001 Arts. 10, 54, 55, 72): the DV
// inspector's notification counts (GET /dv-incidents/summary) and the centre's worklist counts
// (GET /family-support/worklist). The shapes are the contract's; type-only imports keep zod out.
import type { DvIncidentSummary, FamilySupportWorklist } from "@aldyn/contract";
import { api } from "../../api/client.ts";

export type { DvIncidentSummary, FamilySupportWorklist };
export type CentreCount = keyof FamilySupportWorklist["counts"];

/** The centre's worklist count of one kind: the server's own count (all of them, not one page). */
export function centreCount(w: Pick<FamilySupportWorklist, "counts">, key: CentreCount): number {
  return w.counts[key];
}

/** Whether the centre has nothing waiting: no notice, no step or stay falling due. */
export function centreIdle(w: Pick<FamilySupportWorklist, "counts">): boolean {
  return Object.values(w.counts).every((n) => n === 0);
}

export const dvHomeApi = {
  incidentSummary: () => api.get<DvIncidentSummary>("/dv-incidents/summary"),
  centreWorklist: () => api.get<FamilySupportWorklist>("/family-support/worklist"),
};

export const dvHomeKeys = {
  incidentSummary: ["home", "dv-incidents"] as const,
  centreWorklist: ["home", "family-support"] as const,
};
