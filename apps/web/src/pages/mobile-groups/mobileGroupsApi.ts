// Mobile groups (001 Arts. 11, 72(2); 10(2)(8)) and their outreach visits: the groups of a family
// support centre, their members from the bodies the law names, the visits with what was found, and
// what a visit sends on — a hand-off to the police (11(2)) or to the centre for registration (54(1)).
// The shapes are the contract's (packages/contract/src/mobile-groups.ts); type-only imports keep zod
// out of the bundle.
import type {
  MobileGroupComposition,
  MobileGroupCreate,
  MobileGroupDetail,
  MobileGroupMember,
  MobileGroupMemberCreate,
  MobileGroupPage,
  MobileGroupRow,
  OutreachPersonRole,
  OutreachVisitCreate,
  OutreachVisitCreated,
  OutreachVisitDetail,
  OutreachVisitHandoff,
  OutreachVisitPage,
  OutreachVisitRow,
} from "@aldyn/contract";
import type { MobileGroupParticipant } from "@aldyn/law";
import { api } from "../../api/client.ts";

export type {
  MobileGroupCreate,
  MobileGroupDetail,
  MobileGroupMember,
  MobileGroupRow,
  OutreachVisitDetail,
  OutreachVisitHandoff,
  OutreachVisitRow,
};
export type Composition = Pick<MobileGroupComposition, "complete" | "missing">;
export type MemberCreate = MobileGroupMemberCreate;
export type VisitCreate = OutreachVisitCreate;
export type VisitPersonRole = OutreachPersonRole;

/** The participants the law requires in a group (10(2)(8)), named by the law package. */
export type CompositionPart = MobileGroupParticipant;

/** The roles of a person named on a visit (the contract's OUTREACH_PERSON_ROLES). */
export const VISIT_PERSON_ROLES: readonly VisitPersonRole[] = ["identified", "victim", "child"];

export const mobileGroupKeys = {
  all: ["mobile-groups"] as const,
  list: ["mobile-groups", "list"] as const,
  group: (id: string) => ["mobile-groups", "group", id] as const,
  visits: (id: string) => ["mobile-groups", "visits", id] as const,
  visit: (id: string) => ["mobile-groups", "visit", id] as const,
};

export const mobileGroupsApi = {
  list: () => api.get<MobileGroupPage>("/mobile-groups", { pageSize: 100 }),
  create: (body: MobileGroupCreate) => api.post<{ id: string }>("/mobile-groups", body),
  group: (id: string) => api.get<MobileGroupDetail>(`/mobile-groups/${id}`),
  addMember: (id: string, body: MemberCreate) => api.post<unknown>(`/mobile-groups/${id}/members`, body),
  endMember: (id: string, memberId: string, until: string) =>
    api.post<unknown>(`/mobile-groups/${id}/members/${memberId}/end`, { until }),
  visits: (id: string) => api.get<OutreachVisitPage>(`/mobile-groups/${id}/visits`, { pageSize: 100 }),
  recordVisit: (id: string, body: VisitCreate) =>
    api.post<OutreachVisitCreated>(`/mobile-groups/${id}/visits`, body),
  visit: (id: string) => api.get<OutreachVisitDetail>(`/outreach-visits/${id}`),
  inform: (id: string, bodyType: string) => api.post<unknown>(`/outreach-visits/${id}/inform`, { bodyType }),
  refer: (id: string) => api.post<unknown>(`/outreach-visits/${id}/refer`, {}),
};
