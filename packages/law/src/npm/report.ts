/**
 * The group's report on a preventive visit: signed by all members with dissenting opinions attached
 * (003 p.27; 000 Art. 33(4)), listing the complaints received and transferred (003 p.13), with the
 * experts' opinions (003 p.15), submitted to the Coordinating Council within 10/5/2 days (003 p.28),
 * confidential (003 p.29).
 */
import { point, type Citation } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import { addCalendarDays, endOfLegalDate, legalDateOf, type LegalDate } from "../calendar/legal-date.ts";
import type { NpmVisitKind } from "./kinds.ts";
import { visitFactsKnownAt, visitParticipantIdsOf, type NpmVisit, type NpmVisitFact } from "./visit-facts.ts";

/**
 * Days to submit the report, by kind of visit (003 p.28): ten (periodic), five (intermediate), two
 * (special). The text says "days", while pp.24-25 say "working days" where they mean it: these are
 * calendar days, counted from the day after the last day of the visit.
 */
export const NPM_REPORT_DAYS: Readonly<Record<NpmVisitKind, number>> = {
  periodic: 10,
  intermediate: 5,
  special: 2,
};

/** Visit reports are confidential (003 p.29): the server grants access to them specifically (R11.1). */
export const NPM_VISIT_REPORT_CONFIDENTIALITY: { readonly confidential: true; readonly article: Citation } = {
  confidential: true,
  article: point("29"),
};

/**
 * The last day to submit the report (003 p.28): the last day of the visit plus 10/5/2 calendar days.
 * No shift to the next working day: the texts provide none (choice, docs/npm.md).
 */
export function visitReportDueDate(kind: NpmVisitKind, visitEndedOn: LegalDate): LegalDate {
  return addCalendarDays(visitEndedOn, NPM_REPORT_DAYS[kind]);
}

/** The instant the report falls due: the end of its last day in Almaty (003 p.28). */
export function visitReportDueAt(kind: NpmVisitKind, visitEndedOn: LegalDate): Date {
  return endOfLegalDate(visitReportDueDate(kind, visitEndedOn));
}

/** What is still missing from the report (003 pp.13, 15, 27). */
export interface NpmReportGaps {
  readonly missingSignatures: string[];
  readonly missingDissentingOpinions: string[];
  readonly missingExpertOpinions: string[];
  readonly unlistedComplaintIds: string[];
}

/** Gaps of the report from the facts known (pass the complaints the report lists). */
export function reportGaps(
  visit: NpmVisit,
  facts: readonly NpmVisitFact[],
  listedComplaintIds: readonly string[],
): NpmReportGaps {
  const signed = visitParticipantIdsOf(facts, "report_signed");
  const attached = visitParticipantIdsOf(facts, "dissenting_opinion_attached");
  const opinions = new Set(facts.flatMap((f) => (f.type === "expert_opinion_attached" ? [f.expertId] : [])));
  const listed = new Set(listedComplaintIds);
  const received = facts.flatMap((f) => (f.type === "complaint_received" ? [f.complaintId] : []));
  return {
    missingSignatures: visit.memberIds.filter((id) => !signed.has(id)),
    missingDissentingOpinions: [...visitParticipantIdsOf(facts, "dissent_declared")].filter(
      (id) => !attached.has(id),
    ),
    missingExpertOpinions: (visit.expertIds ?? []).filter((id) => !opinions.has(id)),
    unlistedComplaintIds: [...new Set(received)].filter((id) => !listed.has(id)),
  };
}

/** Every refusal against submitting the report at `submission.at` (003 pp.13, 15, 27-28). */
export function validateReportSubmission(
  visit: NpmVisit,
  facts: readonly NpmVisitFact[],
  submission: { readonly at: Date; readonly listedComplaintIds: readonly string[] },
): Refusal[] {
  const known = visitFactsKnownAt(facts, submission.at);
  const out: Refusal[] = [];
  if (known.some((f) => f.type === "report_submitted"))
    out.push(
      refuse("npm_report.already_submitted", point("28"), "The report on this visit is already submitted."),
    );
  if (known.some((f) => f.type === "cancelled"))
    out.push(
      refuse(
        "npm_report.visit_cancelled",
        point("27"),
        "A report is drawn up on a visit carried out (003 p.27).",
      ),
    );
  else if (!known.some((f) => f.type === "ended" && f.on <= legalDateOf(submission.at)))
    out.push(
      refuse(
        "npm_report.visit_not_ended",
        point("27"),
        "The report is drawn up on the results of the visit, once it has ended (003 p.27).",
      ),
    );
  const gaps = reportGaps(visit, known, submission.listedComplaintIds);
  for (const participantId of gaps.missingSignatures)
    out.push(
      refuse(
        "npm_report.signature_missing",
        point("27"),
        `The report is signed by all members of the group; ${participantId} has not signed (003 p.27; 000 Art. 33(4)).`,
        { params: { participantId } },
      ),
    );
  for (const participantId of gaps.missingDissentingOpinions)
    out.push(
      refuse(
        "npm_report.dissenting_opinion_missing",
        point("27"),
        `A member with a dissenting opinion draws it up in writing and attaches it to the report; ${participantId} has not (003 p.27).`,
        { params: { participantId } },
      ),
    );
  for (const expertId of gaps.missingExpertOpinions)
    out.push(
      refuse(
        "npm_report.expert_opinion_missing",
        point("15"),
        `The opinion of the expert ${expertId} is included in the report (003 p.15).`,
        { params: { expertId } },
      ),
    );
  if (gaps.unlistedComplaintIds.length > 0)
    out.push(
      refuse(
        "npm_report.complaints_not_listed",
        point("13"),
        "The report includes information on the reports and complaints received and transmitted (003 p.13; 000 Art. 30(4)).",
        { field: "listedComplaintIds", params: { complaintIds: gaps.unlistedComplaintIds.join(",") } },
      ),
    );
  return out;
}
