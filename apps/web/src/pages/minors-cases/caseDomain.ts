// The pure part of the case screens: the law package's states and sources of a minors' case
// (001 Art. 79(6)(9)), what the secretary may do in each state, and the colours of the states.
import { isCommissionDecision, MINORS_CASE_SOURCES, MINORS_CASE_STATES } from "@aldyn/law";
import type { TFunction } from "i18next";
import type { RoleId } from "../../api/types.ts";

export const CASE_STATES = MINORS_CASE_STATES;
export const CASE_SOURCES = MINORS_CASE_SOURCES;
/** What a secretary records by hand as a material (hand-offs come in through the inbox). */
export const MATERIAL_KINDS = ["note", "report", "measure", "attachment"] as const;
export const CASE_SUBJECTS = ["minor", "parents"] as const;
/** Sources a secretary may give a case opened directly (not from a hand-off). */
export const DIRECT_SOURCES = ["police_materials", "report", "own"] as const;
export const PERSON_ROLES = ["legal_representative", "parent", "other"] as const;

/** The secretary writes the commission's cases (001 Art. 79(4): one secretary, a staff position). */
export function isCaseWriter(roles: readonly RoleId[]): boolean {
  return roles.includes("minors_commission_secretary");
}

/** The secretary's actions on a case in a state: gathering → ready (fills the next agenda) → … → closed. */
export function caseActions(state: string): { addMaterial: boolean; ready: boolean; close: boolean } {
  return {
    addMaterial: state === "gathering" || state === "ready" || state === "scheduled",
    ready: state === "gathering",
    close: state === "decided",
  };
}

export function caseStateColor(state: string): string {
  return (
    { gathering: "blue", ready: "teal", scheduled: "violet", decided: "green", closed: "gray" }[state] ??
    "gray"
  );
}

/**
 * A case event's note as the user reads it: the meeting module writes the meeting's number and the
 * decision's code ("scheduled": `meeting 2/2026`; "returned": `off the agenda of meeting 2/2026`;
 * "decided"/"returned": `warning_to_parents (meeting 1/2026)`), which are named here in the user's
 * language; any other note (a reason typed by the secretary) is shown as it is.
 */
export function eventNote(t: TFunction, note: string): string {
  const decided = /^([a-z_]+) \(meeting (\S+)\)$/.exec(note);
  if (decided && isCommissionDecision(decided[1]!))
    return t("minorsCases.note.decision", {
      decision: t(`meetings.decision.${decided[1]}`),
      meeting: decided[2],
    });
  const off = /^off the agenda of meeting (\S+)$/.exec(note);
  if (off) return t("minorsCases.note.offAgenda", { meeting: off[1] });
  const on = /^meeting (\S+)$/.exec(note);
  if (on) return t("minorsCases.note.meeting", { meeting: on[1] });
  return note;
}
