// Minors on the preventive register (001 Art. 82): the judge's restrictions (82(3)), the rehabilitation
// activities (82(2)) and their checks, the juvenile inspector's worklist and home counts. The shapes are
// the contract's (packages/contract/src/registered-minors.ts); type-only imports keep zod out of the bundle.
import type {
  JuvenileSummary,
  JuvenileWorklistFilter,
  JuvenileWorklistItem,
  JuvenileWorklistPage,
  MinorRestrictionCreate,
  MinorRestrictions,
  RehabilitationActivity,
  RehabilitationActivityCreate,
  RehabilitationActivityEnd,
  RehabilitationActivityList,
  RehabilitationCheckCreate,
} from "@aldyn/contract";
import { api } from "../../api/client.ts";

export type {
  JuvenileSummary,
  JuvenileWorklistFilter,
  JuvenileWorklistItem,
  MinorRestrictionCreate,
  MinorRestrictions,
  RehabilitationActivity,
};

/** The worklist's tabs (the contract's JUVENILE_WORKLIST_FILTERS). */
export const JUVENILE_FILTERS: readonly JuvenileWorklistFilter[] = [
  "all",
  "check_due",
  "restricted",
  "turning_18",
];
export const CHECK_OUTCOMES = ["attends", "irregular", "stopped"] as const;

const id = (s: string) => encodeURIComponent(s);

export const juvenileKeys = {
  all: ["juvenile"] as const,
  worklist: (filter: string, q: string, page: number) => ["juvenile", "worklist", filter, q, page] as const,
  summary: ["juvenile", "summary"] as const,
  restrictions: (entryId: string) => ["juvenile", "restrictions", entryId] as const,
  activities: (entryId: string) => ["juvenile", "activities", entryId] as const,
};

export const juvenileApi = {
  worklist: (p: { filter: JuvenileWorklistFilter; q: string; page: number; pageSize: number }) =>
    api.get<JuvenileWorklistPage>("/juvenile/worklist", p),
  summary: () => api.get<JuvenileSummary>("/juvenile/summary"),
  restrictions: (entryId: string) =>
    api.get<MinorRestrictions>(`/register-entries/${id(entryId)}/minor-restrictions`),
  recordRestriction: (entryId: string, body: MinorRestrictionCreate) =>
    api.post<MinorRestrictions>(`/register-entries/${id(entryId)}/minor-restrictions`, body),
  activities: (entryId: string) =>
    api.get<RehabilitationActivityList>(`/register-entries/${id(entryId)}/activities`),
  addActivity: (entryId: string, body: RehabilitationActivityCreate) =>
    api.post<RehabilitationActivity>(`/register-entries/${id(entryId)}/activities`, body),
  check: (activityId: string, body: RehabilitationCheckCreate) =>
    api.post<RehabilitationActivity>(`/rehabilitation-activities/${id(activityId)}/checks`, body),
  end: (activityId: string, body: RehabilitationActivityEnd) =>
    api.post<RehabilitationActivity>(`/rehabilitation-activities/${id(activityId)}/end`, body),
};
