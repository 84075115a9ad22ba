/**
 * The on-site record of interviews during a preventive visit: conversations with persons held and
 * their legal representatives without witnesses, personally or through an interpreter, and with any
 * other person who can give relevant information (000 Art. 29(1)(4); 003 p.17(2)); the rights
 * explained (003 p.18); private life not disclosed without consent (003 p.20 para 2); a limit on
 * confidentiality only on the administration's notice of a real threat, and the participant's refusal
 * of it in writing (003 pp.22-23); follow-up against reprisals on intermediate visits (003 p.5(2)).
 */
import { art, point } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import type { NpmVisitStatus } from "./derive-visit.ts";

/** Who was interviewed (000 Art. 29(1)(4)): a person held, their legal representative, staff, another. */
export const NPM_INTERVIEWEE_CATEGORIES = ["held_person", "legal_representative", "staff", "other"] as const;
export type NpmIntervieweeCategory = (typeof NPM_INTERVIEWEE_CATEGORIES)[number];

/**
 * Persons whom the participant talks with *without witnesses* as of right (000 Art. 29(1)(4);
 * 003 p.17(2)) and to whom the rights are explained (003 p.18).
 */
export function isProtectedInterviewee(c: NpmIntervieweeCategory): boolean {
  return c === "held_person" || c === "legal_representative";
}

/** An interview as recorded by a participant of the visit group. */
export interface NpmInterviewRecord {
  readonly interviewerParticipantId: string;
  readonly category: NpmIntervieweeCategory;
  /** No one from the administration or anyone else was present (003 p.17(2)). */
  readonly withoutWitnesses: boolean;
  /** The administration notified a real threat to security and the need to limit confidentiality (003 p.22). */
  readonly securityThreatNotified: boolean;
  /** The participant refused the restriction (003 p.23)… */
  readonly restrictionRefused: boolean;
  /** …documented in writing: the text of the written refusal (003 p.23). */
  readonly restrictionRefusalText?: string | null;
  /** The interviewee consented to disclosure of private-life information (003 p.20 para 2). */
  readonly consentToDisclose: boolean;
  /** The summary is to go into the group's report. */
  readonly includeInReport: boolean;
}

/** The visit the interview belongs to, as the law sees it. */
export interface NpmInterviewVisit {
  readonly status: NpmVisitStatus;
  /** Participants of the group (003 pp.8, 11). */
  readonly memberIds: readonly string[];
}

/** Statuses in which the group has been on site: an interview is recorded during or after the visit. */
const VISITED: ReadonlySet<NpmVisitStatus> = new Set(["in_progress", "awaiting_report", "reported"]);

/**
 * Every refusal against recording the interview as given (empty when the law allows it). The rights
 * of 000 Art. 29(1)(4) and 003 p.17 belong to participants *in the group* conducting the visit.
 */
export function validateInterview(i: NpmInterviewRecord, visit: NpmInterviewVisit): Refusal[] {
  const out: Refusal[] = [];
  if (!visit.memberIds.includes(i.interviewerParticipantId))
    out.push(
      refuse(
        "npm_interview.interviewer_not_member",
        art("000", "29(1)(4)"),
        "Conversations on a preventive visit are held by participants of the visit's group (000 Art. 29(1)(3)-(4); 003 p.17).",
        { field: "interviewerParticipantId" },
      ),
    );
  if (!VISITED.has(visit.status))
    out.push(
      refuse(
        "npm_interview.visit_not_started",
        point("17"),
        "An interview is recorded on a visit that has started and was not cancelled (003 p.17).",
        { params: { status: visit.status } },
      ),
    );
  if (isProtectedInterviewee(i.category) && !i.withoutWitnesses && !i.securityThreatNotified)
    out.push(
      refuse(
        "npm_interview.confidentiality_limited_without_notice",
        point("22"),
        "A conversation with a person held or their legal representative is without witnesses (003 p.17(2)); its confidentiality is limited only on the administration's notice of a real threat to security (003 p.22).",
        { field: "securityThreatNotified" },
      ),
    );
  if (i.restrictionRefused && !i.securityThreatNotified)
    out.push(
      refuse(
        "npm_interview.refusal_without_notice",
        point("23"),
        "There is no restriction to refuse without the administration's notice of a threat (003 pp.22-23).",
        { field: "restrictionRefused" },
      ),
    );
  if (i.restrictionRefused && !i.restrictionRefusalText?.trim())
    out.push(
      refuse(
        "npm_interview.refusal_not_in_writing",
        point("23"),
        "The participant's refusal of the restriction of a confidential conversation is documented in writing (003 p.23).",
        { field: "restrictionRefusalText" },
      ),
    );
  if (i.includeInReport && !i.consentToDisclose)
    out.push(
      refuse(
        "npm_interview.disclosure_without_consent",
        point("20"),
        "Information about private life learnt on the visit is not disclosed without the person's consent (003 p.20 para 2).",
        { field: "includeInReport" },
      ),
    );
  return out;
}
