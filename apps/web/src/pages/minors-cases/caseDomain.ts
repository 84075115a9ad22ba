// The pure part of the case screens: the law package's states and sources of a minors' case
// (001 Art. 79(6)(9)), what the secretary may do in each state, and the colours of the states.
import { MINORS_CASE_SOURCES, MINORS_CASE_STATES } from "@aldyn/law";
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
