// Hand-offs between bodies (ARCHITECTURE "Hand-offs between bodies"): one body's inbox and outbox,
// a hand-off with its facts, and the receiving body's acts on it. The shapes are the contract's
// (packages/contract/src/handoffs.ts); type-only imports keep zod out of the bundle.
import { api } from "../../api/client.ts";
import type {
  HandoffAnswer,
  HandoffBodyList,
  HandoffCounts,
  HandoffDecline,
  HandoffDetail,
  HandoffFactView,
  HandoffPage,
  HandoffRecordRef,
  HandoffRecordType,
  HandoffRow,
} from "@aldyn/contract";

export type {
  HandoffBodyList,
  HandoffCounts,
  HandoffDetail,
  HandoffFactView,
  HandoffPage,
  HandoffRecordRef,
  HandoffRecordType,
  HandoffRow,
};

/** The states of a hand-off (the law package's HANDOFF_STATES; handoffLists.test.ts keeps them equal). */
export const HANDOFF_STATES = ["sent", "received", "accepted", "declined", "answered"] as const;
export type HandoffState = (typeof HANDOFF_STATES)[number];

/** The kinds of record a hand-off concerns (the contract's HANDOFF_RECORD_TYPES, kept equal by a test). */
export const HANDOFF_RECORD_TYPES: readonly HandoffRecordType[] = [
  "citizen_report",
  "person",
  "measure",
  "register_entry",
  "dv_incident",
  "assistance_plan",
  "outreach_visit",
  "minors_case",
];

/**
 * The grounds offered in the lists' filter: the law package's HANDOFF_GROUND_CODES (importing the law
 * package would bring its calendar into the bundle; handoffLists.test.ts keeps the two equal). One
 * string split at spaces: a code such as report.inform_competent_body is not a catalog key.
 */
export const HANDOFF_GROUND_CODES: readonly string[] = `
  official_warning.prosecutor_copy protective_order.copy pedagogical_support.refusal_referral
  special_education.release_notice special_regime.release_notice returned_minor.commission_submission
  report.inform_competent_body domestic_violence.notify_interested
  report_000.inform_prosecutor report_000.inform_minors_commission report_000.inform_guardianship
  report_000.inform_internal_affairs report_000.inform_healthcare report_000.inform_education
  domestic_violence.incident_notice assistance_plan.step mobile_group.inform
  difficult_life_situation.inform_centre minors_commission.decision_duty minors.police_materials
`
  .trim()
  .split(/\s+/);

/** The ground of the prosecutor's copies of official warnings (001 Art. 51(3)). */
export const WARNING_COPY_GROUND = "official_warning.prosecutor_copy";

export type HandoffBox = "inbox" | "outbox";
export interface HandoffQuery {
  state?: HandoffState | undefined;
  overdue?: boolean | undefined;
  ground?: string | undefined;
  recordType?: HandoffRecordType | undefined;
  page?: number;
  pageSize?: number;
}

const id = (value: string) => encodeURIComponent(value);
type Version = { version?: number };

export const handoffsApi = {
  list: (box: HandoffBox, q: HandoffQuery) =>
    api.get<HandoffPage>(`/handoffs/${box}`, { ...q, overdue: q.overdue ? "true" : undefined }),
  get: (handoffId: string) => api.get<HandoffDetail>(`/handoffs/${id(handoffId)}`),
  receive: (handoffId: string, body: Version) =>
    api.post<HandoffDetail>(`/handoffs/${id(handoffId)}/receive`, body),
  accept: (handoffId: string, body: Version) =>
    api.post<HandoffDetail>(`/handoffs/${id(handoffId)}/accept`, body),
  decline: (handoffId: string, body: HandoffDecline) =>
    api.post<HandoffDetail>(`/handoffs/${id(handoffId)}/decline`, body),
  answer: (handoffId: string, body: HandoffAnswer) =>
    api.post<HandoffDetail>(`/handoffs/${id(handoffId)}/answer`, body),
  /** The bodies a decline may re-route to (the ground's receiving body types, in the hand-off's region). */
  bodies: (ground: string, handoffId: string) =>
    api.get<HandoffBodyList>("/handoffs/bodies", { ground, handoffId }),
};

export const handoffKeys = {
  all: ["handoffs"] as const,
  list: (box: HandoffBox, q: HandoffQuery) => ["handoffs", box, q] as const,
  one: (handoffId: string) => ["handoffs", "one", handoffId] as const,
  bodies: (ground: string, handoffId: string) => ["handoffs", "bodies", ground, handoffId] as const,
};
