// The home page's reads for domestic violence and family support (001 Arts. 10, 11, 54, 55, 72):
// the DV inspector's notification counts, the centre's worklist counts. The shapes follow the
// servers' answers (GET /dv-incidents/summary, GET /family-support/worklist); each card reads only
// what its role may.
import { api } from "../../api/client.ts";

/** GET /dv-incidents/summary: notifications of 72(3)(2) past their 24 hours or pending, incidents this month. */
export interface DvIncidentSummary {
  notifyOverdue: number;
  notifyPending: number;
  incidentsThisMonth: number;
}

/** GET /family-support/worklist: lists of the centre's work, with counts where the server sends them. */
export interface CentreWorklist {
  stepsDue: readonly unknown[];
  stepsOverdue: readonly unknown[];
  staysEnding: readonly unknown[];
  staysOverdue: readonly unknown[];
  incidentNotices: readonly unknown[];
  counts?: Partial<Record<CentreCount, number>>;
}
export type CentreCount = "stepsDue" | "stepsOverdue" | "staysEnding" | "staysOverdue" | "incidentNotices";

/** A count of the centre's worklist: the server's own count (all of them) or, without one, the list's length. */
export function centreCount(w: CentreWorklist, key: CentreCount): number {
  return w.counts?.[key] ?? w[key].length;
}

export const dvHomeApi = {
  incidentSummary: () => api.get<DvIncidentSummary>("/dv-incidents/summary"),
  centreWorklist: () => api.get<CentreWorklist>("/family-support/worklist"),
};

export const dvHomeKeys = {
  incidentSummary: ["home", "dv-incidents"] as const,
  centreWorklist: ["home", "family-support"] as const,
};
