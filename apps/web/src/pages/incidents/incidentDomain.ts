// The pure part of the incident screens (no React, unit-tested in node): the worklist's choices in
// the page's address, the record-incident form's own checks and the body it sends, and where the
// notification of the interested subjects stands against its 24 hours (001 Art. 72(3)(2)).
import type { DvIncidentCreate } from "@aldyn/contract";
import type { RoleId } from "../../api/types.ts";
import { instantOfAlmatyLocal } from "../../format.ts";

/** The worklist's tabs: notifications overdue past 24 hours, not yet acknowledged, every incident. */
export const INCIDENT_TABS = ["notify_overdue", "notify_pending", "all"] as const;
export type IncidentTab = (typeof INCIDENT_TABS)[number];

/** What the worklist shows; kept in the page's address so Back returns to the same tab and page. */
export interface IncidentListChoice {
  tab: IncidentTab;
  q: string;
  page: number;
}

/**
 * The list's choices from the address. The default tab is every incident (newest first): a tab of
 * overdue notifications that is empty on most days would greet the inspector with nothing; its count
 * is on its tab in red.
 */
export function choiceFromSearch(search: Record<string, unknown>): IncidentListChoice {
  const tab = INCIDENT_TABS.find((x) => x === search.tab) ?? "all";
  const page = Number(search.page);
  return {
    tab,
    q: typeof search.q === "string" ? search.q : "",
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of the list's choices: only what differs from the defaults. */
export function searchFromChoice(c: IncidentListChoice): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (c.tab !== "all") out.tab = c.tab;
  if (c.q.trim()) out.q = c.q.trim();
  if (c.page > 1) out.page = c.page;
  return out;
}

/** A person chosen in the form, with the name it was found by (for the screen only). */
export interface ChosenPerson {
  personId: string;
  label: string;
}

/** What the record-incident form holds; times are Almaty wall times "YYYY-MM-DDTHH:mm". */
export interface IncidentDraft {
  /** An existing family, or null: the server creates one named after the victim's surname. */
  familyId: string | null;
  victims: (ChosenPerson & { child: boolean })[];
  offender: ChosenPerson | null;
  childrenPresent: boolean;
  /** Children present who are identified as persons. */
  childrenPersons: ChosenPerson[];
  /** How many children were present in all ("" when only the identified ones). */
  childrenCount: string;
  forms: string[];
  occurredAt: string;
  reportedAt: string;
  place: string;
  injuryRecorded: boolean;
  injury: string;
  immediateResponse: string;
  citizenReportId: string | null;
}

export const EMPTY_DRAFT: IncidentDraft = {
  familyId: null,
  victims: [],
  offender: null,
  childrenPresent: false,
  childrenPersons: [],
  childrenCount: "",
  forms: [],
  occurredAt: "",
  reportedAt: "",
  place: "",
  injuryRecorded: false,
  injury: "",
  immediateResponse: "",
  citizenReportId: null,
};

/** The request of `POST /dv-incidents`. */
export type IncidentRequest = DvIncidentCreate;

/** The number of children present as typed, or null when none is typed or it is no whole number. */
export function typedCount(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,2}$/.test(t)) return null;
  return Number(t);
}

/** The body the form sends. */
export function incidentRequest(d: IncidentDraft): IncidentRequest {
  const body: IncidentRequest = {
    victims: d.victims.map((v) => ({ personId: v.personId, child: v.child })),
    forms: [...d.forms],
    occurredAt: d.occurredAt ? instantOfAlmatyLocal(d.occurredAt) : "",
    reportedAt: d.reportedAt ? instantOfAlmatyLocal(d.reportedAt) : "",
    place: d.place.trim(),
    injuryRecorded: d.injuryRecorded,
    immediateResponse: d.immediateResponse.trim(),
  };
  if (d.familyId) body.familyId = d.familyId;
  if (d.offender) body.offenderPersonId = d.offender.personId;
  if (d.childrenPresent) {
    if (d.childrenPersons.length > 0)
      body.childrenPresent = d.childrenPersons.map((c) => ({ personId: c.personId }));
    const count = typedCount(d.childrenCount);
    body.childrenPresentCount = Math.max(count ?? 0, d.childrenPersons.length, 1);
  }
  if (d.injuryRecorded && d.injury.trim()) body.injury = d.injury.trim();
  if (d.citizenReportId) body.citizenReportId = d.citizenReportId;
  return body;
}

/** The form's own check codes (the server answers the same refusals with its codes and articles). */
export type IncidentCheck =
  | "victim_required"
  | "forms_required"
  | "occurred_required"
  | "reported_required"
  | "in_future"
  | "reported_before_occurred"
  | "place_required"
  | "response_required"
  | "offender_is_victim"
  | "children_count";

/**
 * What is wrong with the draft now, by input (the body's path): a victim and a form of violence
 * (001 Art. 72(1)), the times in order and not in the future, the place, the immediate response
 * (001 Art. 72(3)(1)); the person who committed it is not one of the victims.
 */
export function incidentChecks(d: IncidentDraft, now: Date): Partial<Record<string, IncidentCheck>> {
  const out: Partial<Record<string, IncidentCheck>> = {};
  if (d.victims.length === 0) out.victims = "victim_required";
  if (d.forms.length === 0) out.forms = "forms_required";
  const occurred = d.occurredAt ? Date.parse(instantOfAlmatyLocal(d.occurredAt)) : NaN;
  const reported = d.reportedAt ? Date.parse(instantOfAlmatyLocal(d.reportedAt)) : NaN;
  if (Number.isNaN(occurred)) out.occurredAt = "occurred_required";
  else if (occurred > now.getTime()) out.occurredAt = "in_future";
  if (Number.isNaN(reported)) out.reportedAt = "reported_required";
  else if (reported > now.getTime()) out.reportedAt = "in_future";
  else if (!Number.isNaN(occurred) && reported < occurred) out.reportedAt = "reported_before_occurred";
  if (!d.place.trim()) out.place = "place_required";
  if (!d.immediateResponse.trim()) out.immediateResponse = "response_required";
  if (d.offender && d.victims.some((v) => v.personId === d.offender?.personId))
    out.offenderPersonId = "offender_is_victim";
  if (d.childrenPresent && d.childrenCount.trim() && typedCount(d.childrenCount) === null)
    out.childrenPresentCount = "children_count";
  return out;
}

/** The facts the law's list of interested subjects turns on (001 Art. 72(3)(2)). */
export function incidentFacts(d: IncidentDraft): {
  childrenPresent: boolean;
  childVictim: boolean;
  injuryRecorded: boolean;
} {
  return {
    childrenPresent: d.childrenPresent,
    childVictim: d.victims.some((v) => v.child),
    injuryRecorded: d.injuryRecorded,
  };
}

/** A hand-off of the notification as far as its standing goes. */
export interface NoticeLike {
  dueAt: string;
  receivedAt: string | null;
}

/** As the server's NotifyState of a listed incident. */
export type NotifyStanding = "none" | "overdue" | "pending" | "received";

/**
 * Where the incident's notification stands (001 Art. 72(3)(2)): overdue while any interested subject
 * has not acknowledged it past its due instant, pending while some have not yet, received once all
 * have; "none" when no hand-off was sent.
 */
export function notifyStanding(notices: readonly NoticeLike[], now: Date): NotifyStanding {
  if (notices.length === 0) return "none";
  const open = notices.filter((n) => n.receivedAt === null);
  if (open.some((n) => Date.parse(n.dueAt) <= now.getTime())) return "overdue";
  return open.length > 0 ? "pending" : "received";
}

// The police respond to a report of domestic violence and record it (001 Art. 72(3)(1)): the DV
// inspector and, at first response, every police role (the server's policy: family_case create).
const RECORDERS: readonly RoleId[] = [
  "police_inspector_dv",
  "police_inspector_local",
  "police_inspector_juvenile",
  "police_head",
];

/** Whether the user's roles may record an incident (hides the button the server would refuse). */
export const canRecordIncidents = (roles: readonly RoleId[]) => roles.some((r) => RECORDERS.includes(r));

// The DV inspector works the incident: events, linked measures (the server's policy: family_case update).
const WORKERS: readonly RoleId[] = ["police_inspector_dv"];

/** Whether the user's roles may add events and link measures to an incident. */
export const canWorkIncidents = (roles: readonly RoleId[]) => roles.some((r) => WORKERS.includes(r));
