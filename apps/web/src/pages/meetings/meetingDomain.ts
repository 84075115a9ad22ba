// The pure part of the meeting screens (no React, unit-tested in node): the agenda's order, the live
// quorum while the secretary marks attendance, and the decision form's own checks. The rules are the
// law package's (COMMISSION_RULES, quorumOf, decisionAdopted: the system's reading of 001 Art. 79(7),
// whose procedure is set by the authorised body and is not among our texts).
import { COMMISSION_DECISIONS, decisionAdopted, quorumOf } from "@aldyn/law";
import type { TFunction } from "i18next";
import type { FieldChecks } from "../../components/formErrors.ts";

/** Decisions that keep the case open: no invitation rule, no duties (001 Art. 79(7), system reading). */
export const PROCEDURAL_DECISIONS: readonly string[] = ["postponed", "request_materials"];

/** The closed list of decisions with their articles, in the law package's order (001 Art. 79(6)). */
export const DECISIONS = COMMISSION_DECISIONS.map((d) => ({
  id: d.id as string,
  article: d.article as string,
}));

/** The article of a decision, "" for one the list does not know. */
export function decisionArticle(decision: string): string {
  return DECISIONS.find((d) => d.id === decision)?.article ?? "";
}

/**
 * The agenda with one item moved one place up (-1) or down (+1); the same order when it cannot move.
 * The secretary orders the agenda with buttons, so the keyboard does it too.
 */
export function moveItem(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next[from] = ids[to]!;
  next[to] = id;
  return next;
}

/** A member of the commission as the meeting lists them: `voting` — the chair, the deputy chair and
 * the members holding office on the meeting day, not the secretary (001 Art. 79(4)). */
export interface AttendingMember {
  memberId: string;
  voting: boolean;
}

export interface LiveQuorum {
  voting: number;
  present: number;
  needed: number;
  quorate: boolean;
}

/**
 * The quorum as the attendance stands on screen: more than half of the voting members active on the
 * meeting day present (quorumOf, COMMISSION_RULES of the law package).
 */
export function liveQuorum(
  members: readonly AttendingMember[],
  present: Readonly<Record<string, boolean>>,
): LiveQuorum {
  const voting = members.filter((m) => m.voting);
  const here = voting.filter((m) => present[m.memberId] === true).length;
  const q = quorumOf(voting.length, here);
  return { voting: voting.length, present: here, needed: q.needed, quorate: q.quorate };
}

export type Vote = "for" | "against" | "abstain";
export const VOTES: readonly Vote[] = ["for", "against", "abstain"];

export interface DutyForm {
  responsibleBodyId: string | null;
  what: string;
  dueOn: string;
}

export interface DecisionForm {
  decision: string;
  text: string;
  /** The votes of the present voting members, by member id ("" = not given yet). */
  votes: Readonly<Record<string, Vote | "">>;
  duties: readonly DutyForm[];
}

export interface DecisionContext {
  /** The voting members present at the meeting. */
  presentVoters: readonly string[];
  /** The active chair's member id, whose vote decides a tie. */
  chairMemberId: string | null;
  /** The meeting's day (YYYY-MM-DD): a duty is due on it or later. */
  meetingDay: string;
  quorate: boolean;
}

/** Whether the votes given adopt the decision (majority of those present; a tie → the chair's vote). */
export function adoptedNow(form: DecisionForm, ctx: DecisionContext): boolean {
  const votes = ctx.presentVoters
    .filter((id) => form.votes[id])
    .map((memberId) => ({ memberId, vote: form.votes[memberId] as Vote }));
  return decisionAdopted(votes, ctx.chairMemberId, ctx.presentVoters.length);
}

/** The body the form sends: the votes of present voters, duties only for a final decision. */
export function decisionBody(form: DecisionForm, ctx: DecisionContext) {
  const procedural = PROCEDURAL_DECISIONS.includes(form.decision);
  return {
    decision: form.decision,
    text: form.text.trim(),
    votes: ctx.presentVoters
      .filter((id) => form.votes[id])
      .map((memberId) => ({ memberId, vote: form.votes[memberId] as Vote })),
    duties: procedural
      ? []
      : form.duties.map((d) => ({
          responsibleBodyId: d.responsibleBodyId ?? "",
          what: d.what.trim(),
          dueOn: d.dueOn,
        })),
  };
}

/**
 * The form's own checks, each under its input (the server checks them again with the law's
 * checkDecision and answers with the same fields): a decision from the list, its wording, a quorum,
 * a vote of every present voter, a majority for it, and complete duties not due before the meeting.
 */
export function decisionChecks(t: TFunction, form: DecisionForm, ctx: DecisionContext): FieldChecks {
  const checks: Record<string, string | undefined> = {
    decision: form.decision ? undefined : t("meetings.check.decision"),
    text: form.text.trim() ? undefined : t("meetings.check.text"),
    votes: !ctx.quorate
      ? t("meetings.check.noQuorum")
      : ctx.presentVoters.some((id) => !form.votes[id])
        ? t("meetings.check.votesMissing")
        : !adoptedNow(form, ctx)
          ? t("meetings.check.notAdopted")
          : undefined,
  };
  if (!PROCEDURAL_DECISIONS.includes(form.decision))
    form.duties.forEach((d, i) => {
      checks[`duties.${i}.responsibleBodyId`] = d.responsibleBodyId
        ? undefined
        : t("meetings.check.dutyBody");
      checks[`duties.${i}.what`] = d.what.trim() ? undefined : t("meetings.check.dutyWhat");
      checks[`duties.${i}.dueOn`] = !d.dueOn
        ? t("meetings.check.dutyDue")
        : d.dueOn < ctx.meetingDay
          ? t("meetings.check.dutyPast")
          : undefined;
    });
  return checks;
}
