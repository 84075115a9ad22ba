import type { ColumnType, Generated, Selectable } from "kysely";
import type { z } from "zod";
import type { NpmInterview } from "@aldyn/contract";
import type { NpmIntervieweeCategory } from "@aldyn/law";
import type { Db } from "../../db/pool.ts";

/**
 * Kysely type of db/migrations/0012_npm_interviews.sql. Kept beside the module (not in db/schema.ts,
 * which is the platform's) and added to the typed database with `withTables` where it is queried.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NpmInterviewTables = {
  npm_interview: {
    id: Generated<string>;
    visit_id: string;
    interviewer_participant_id: string;
    category: NpmIntervieweeCategory;
    label: string;
    interviewee_name: string | null;
    without_witnesses: boolean;
    interpreter_used: boolean;
    rights_explained: boolean;
    consent_to_disclose: boolean;
    include_in_report: boolean;
    security_threat_notified: boolean;
    security_threat_note: string | null;
    restriction_refused: boolean;
    restriction_refusal_text: string | null;
    summary: string;
    follow_up_reprisals: boolean;
    version: Generated<number>;
    created_at: Timestamp;
    created_by: string;
    updated_at: Timestamp | null;
    updated_by: string | null;
  };
};

export function interviewDb(db: Db) {
  return db.withTables<NpmInterviewTables>();
}
export type InterviewDb = ReturnType<typeof interviewDb>;
export type InterviewRow = Selectable<NpmInterviewTables["npm_interview"]>;

/**
 * Fields of personal data an interview carries: the name and what the person said (003 p.20). The
 * audit names them on every read and change (R11.2), never their values.
 */
export const INTERVIEW_PERSONAL = ["intervieweeName", "summary"] as const;

export function interviewView(r: InterviewRow): z.infer<typeof NpmInterview> {
  return {
    id: r.id,
    visitId: r.visit_id,
    interviewerParticipantId: r.interviewer_participant_id,
    category: r.category,
    label: r.label,
    intervieweeName: r.interviewee_name,
    withoutWitnesses: r.without_witnesses,
    interpreterUsed: r.interpreter_used,
    rightsExplained: r.rights_explained,
    consentToDisclose: r.consent_to_disclose,
    includeInReport: r.include_in_report,
    securityThreatNotified: r.security_threat_notified,
    securityThreatNote: r.security_threat_note,
    restrictionRefused: r.restriction_refused,
    restrictionRefusalText: r.restriction_refusal_text,
    summary: r.summary,
    followUpReprisals: r.follow_up_reprisals,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    createdBy: r.created_by,
    updatedAt: r.updated_at?.toISOString() ?? null,
  };
}
