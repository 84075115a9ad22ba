// The interview form's state and the request body made from it (000 Art. 29(1)(4); 003 pp.17-23).
import type {
  NpmInterview,
  NpmInterviewCreate,
  NPM_INTERVIEWEE_CATEGORIES,
} from "../../api/npm-interviews.ts";

export type Category = (typeof NPM_INTERVIEWEE_CATEGORIES)[number];
/** The yes/no facts of a conversation, each with the provision it records. */
export const FLAGS = [
  "withoutWitnesses", // 000 Art. 29(1)(4); 003 p.17(2)
  "interpreterUsed", // 000 Art. 29(1)(4)
  "rightsExplained", // 003 p.18
  "consentToDisclose", // 003 p.20 para 2
  "includeInReport", // 003 p.20 para 2: only with consent
  "securityThreatNotified", // 003 p.22
  "restrictionRefused", // 003 p.23
  "followUpReprisals", // 003 p.5(2)
] as const;
export type Flag = (typeof FLAGS)[number];

export interface Draft extends Record<Flag, boolean> {
  category: Category;
  label: string;
  intervieweeName: string;
  interviewerParticipantId: string;
  securityThreatNote: string;
  restrictionRefusalText: string;
  summary: string;
}

export function draftOf(i: NpmInterview | null): Draft {
  const flags = Object.fromEntries(FLAGS.map((f) => [f, i ? i[f] : f === "withoutWitnesses"])) as Record<
    Flag,
    boolean
  >;
  return {
    ...flags,
    category: i?.category ?? "held_person",
    label: i?.label ?? "",
    intervieweeName: i?.intervieweeName ?? "",
    interviewerParticipantId: i?.interviewerParticipantId ?? "",
    securityThreatNote: i?.securityThreatNote ?? "",
    restrictionRefusalText: i?.restrictionRefusalText ?? "",
    summary: i?.summary ?? "",
  };
}

/** Empty optional strings are left out: the server then numbers the label and stores no name. */
export function bodyOf(d: Draft): Omit<NpmInterviewCreate, "interviewerParticipantId"> {
  const opt = (k: "label" | "intervieweeName" | "securityThreatNote") =>
    d[k].trim() ? { [k]: d[k].trim() } : {};
  return {
    withoutWitnesses: d.withoutWitnesses,
    interpreterUsed: d.interpreterUsed,
    rightsExplained: d.rightsExplained,
    consentToDisclose: d.consentToDisclose,
    includeInReport: d.includeInReport,
    securityThreatNotified: d.securityThreatNotified,
    restrictionRefused: d.restrictionRefused,
    followUpReprisals: d.followUpReprisals,
    category: d.category,
    summary: d.summary,
    ...opt("label"),
    ...opt("intervieweeName"),
    ...opt("securityThreatNote"),
    ...(d.restrictionRefused ? { restrictionRefusalText: d.restrictionRefusalText } : {}),
  };
}

/** Persons held and their legal representatives: heard without witnesses, told their rights (003 pp.17(2), 18). */
export function isProtected(c: Category): boolean {
  return c === "held_person" || c === "legal_representative";
}
