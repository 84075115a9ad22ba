import { z } from "zod";
import { line, text, version } from "./input.ts";

/**
 * The on-site record of interviews of a preventive visit (issue 5 item 4; 000 Art. 29(1)(4);
 * 003 pp.5(2), 17(2), 18, 20, 22-23). Confidential: the visit's group and the Commissioner's office
 * only; never in the annual report. The legal checks are the law's `validateInterview`.
 */
const Text = text().trim().min(1).max(8000);
const Short = line().trim().min(1).max(200);

export const NpmIntervieweeCategory = z.enum(["held_person", "legal_representative", "staff", "other"]);

const InterviewFields = z.object({
  category: NpmIntervieweeCategory,
  /** Pseudonymous label; the server numbers one ("Interviewee 3") when none is given. */
  label: Short.optional(),
  /** Stored only if given. */
  intervieweeName: Short.optional(),
  withoutWitnesses: z.boolean(),
  interpreterUsed: z.boolean().default(false),
  rightsExplained: z.boolean().default(false),
  consentToDisclose: z.boolean().default(false),
  includeInReport: z.boolean().default(false),
  securityThreatNotified: z.boolean().default(false),
  securityThreatNote: text().trim().max(4000).optional(),
  restrictionRefused: z.boolean().default(false),
  restrictionRefusalText: text().max(4000).optional(),
  summary: Text,
  followUpReprisals: z.boolean().default(false),
});

export const NpmInterviewCreate = InterviewFields.extend({
  /** A member of the group; defaults to the acting participant. */
  interviewerParticipantId: z.uuid().optional(),
});
export const NpmInterviewUpdate = InterviewFields.extend({ version: version() });

export const NpmInterview = z
  .object({
    id: z.uuid(),
    visitId: z.uuid(),
    interviewerParticipantId: z.uuid(),
    category: NpmIntervieweeCategory,
    label: z.string(),
    intervieweeName: z.string().nullable(),
    withoutWitnesses: z.boolean(),
    interpreterUsed: z.boolean(),
    rightsExplained: z.boolean(),
    consentToDisclose: z.boolean(),
    includeInReport: z.boolean(),
    securityThreatNotified: z.boolean(),
    securityThreatNote: z.string().nullable(),
    restrictionRefused: z.boolean(),
    restrictionRefusalText: z.string().nullable(),
    summary: z.string(),
    followUpReprisals: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    createdBy: z.uuid(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: "NpmInterview" });
export const NpmInterviewList = z.object({ items: z.array(NpmInterview), total: z.number().int() });

/** What the group's report may carry: labels and summaries of consented interviews only (003 p.20). */
export const NpmInterviewReportSummary = z.object({
  items: z.array(z.object({ label: z.string(), category: NpmIntervieweeCategory, summary: z.string() })),
});
