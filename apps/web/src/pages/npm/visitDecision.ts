import type { NpmVisitCreate } from "../../api/npm.ts";

/** Most participants in a group: three (003 p.8), two on a special visit (003 p.11). */
export function groupLimit(kind: string): number {
  return kind === "special" ? 2 : 3;
}

/** The visit kinds a user may choose: only the Commissioner's office decides a special visit (003 p.10). */
export function kindsFor<K extends string>(kinds: readonly K[], office: boolean): K[] {
  return kinds.filter((k) => office || k !== "special");
}

export interface DecisionInput {
  kind: string;
  commissionerDecision: string;
  tortureComplaintIds: readonly string[];
  experts: readonly string[];
}

/**
 * The part of the request the Commissioner decides: the special visit on registered reports of
 * torture (003 p.10) and the experts invited (003 p.15), with the decision that covers both. Fields
 * that do not apply are left out.
 */
export function decisionFields(
  d: DecisionInput,
): Pick<NpmVisitCreate, "commissionerDecision" | "tortureComplaintIds" | "experts"> {
  const experts = d.experts.map((name) => name.trim()).filter((name) => name.length > 0);
  const special = d.kind === "special";
  const decision = d.commissionerDecision.trim();
  return {
    ...(special && d.tortureComplaintIds.length ? { tortureComplaintIds: [...d.tortureComplaintIds] } : {}),
    ...(experts.length ? { experts: experts.map((name) => ({ name })) } : {}),
    ...((special || experts.length > 0) && decision ? { commissionerDecision: decision } : {}),
  };
}

/** The index a member has in the request, to find the server's refusal (`members[i]`) for it. */
export function memberField(members: readonly string[], participantId: string): string | undefined {
  const i = members.indexOf(participantId);
  return i < 0 ? undefined : `members[${i}]`;
}
