import { deriveVisit, validateInterview, type NpmInterviewRecord } from "@aldyn/law";
import type { z } from "zod";
import type { NpmInterviewCreate, NpmInterviewUpdate } from "@aldyn/contract";
import { recordAudit, recordAuditMany } from "../../audit/record.ts";
import type { NpmMemberRow } from "../../db/schema-npm.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { badInput, guard, myParticipantId, staleVersion, type ActCtx, type NpmDeps } from "./npm-deps.ts";
import { lawFacts, lawVisit, loadFacts, loadVisitRow, type VisitRow } from "./visit-view.ts";
import {
  INTERVIEW_PERSONAL,
  interviewDb,
  interviewView,
  type InterviewRow,
  type NpmInterviewTables,
} from "./interview-rows.ts";

type Fields = z.infer<typeof NpmInterviewUpdate>;

/**
 * Who may see or write a visit's interviews: the participants of its group and the Commissioner's
 * office. What a person said without witnesses (000 Art. 29(1)(4); 003 p.17(2)) and their private
 * life (003 p.20) stay with those who heard it and the Commissioner: the Coordinating Council, other
 * participants and every role outside the NPM are refused.
 */
async function visitFor(
  deps: NpmDeps,
  ctx: ActCtx,
  visitId: string,
  write: boolean,
): Promise<{ visit: VisitRow; me: string | null }> {
  // Roles outside the NPM are refused by the platform rule first (000 Art. 35; 003 p.29).
  guard(ctx, write ? "update" : "read", "npm_visit");
  const office = ctx.actor.roles.includes("commissioner_representative");
  if (!office && !ctx.actor.roles.includes("npm_participant")) throw notInGroup();
  const visit = await loadVisitRow(deps.db, visitId);
  const me = await myParticipantId(deps.db, ctx);
  const members = (visit.members as NpmMemberRow[]).map((m) => m.participantId);
  if (!office && (me === null || !members.includes(me))) throw notInGroup();
  return { visit, me };
}

function notInGroup(): AppError {
  return new AppError(
    "access.confidential",
    "Interviews of a visit are seen only by its group and the Commissioner's office (000 Art. 29(1)(4); 003 pp.17(2), 20).",
  );
}

/** The law's check of the interview on its visit (000 Art. 29(1)(4); 003 pp.17, 20, 22-23). */
function check(deps: NpmDeps, visit: VisitRow, facts: Parameters<typeof lawFacts>[0], r: NpmInterviewRecord) {
  const status = deriveVisit(lawVisit(visit), lawFacts(facts), deps.now(), {
    calendar: deps.calendar,
  }).status;
  const memberIds = (visit.members as NpmMemberRow[]).map((m) => m.participantId);
  const refusals = validateInterview(r, { status, memberIds });
  if (refusals.length) throw AppError.fromRefusals(refusals);
}

function record(interviewerParticipantId: string, b: Fields | z.infer<typeof NpmInterviewCreate>) {
  return {
    interviewerParticipantId,
    category: b.category,
    withoutWitnesses: b.withoutWitnesses,
    securityThreatNotified: b.securityThreatNotified,
    restrictionRefused: b.restrictionRefused,
    restrictionRefusalText: b.restrictionRefusalText ?? null,
    consentToDisclose: b.consentToDisclose,
    includeInReport: b.includeInReport,
  } satisfies NpmInterviewRecord;
}

/** The stored columns of the fields a participant records. */
function columns(b: Fields | z.infer<typeof NpmInterviewCreate>) {
  return {
    category: b.category,
    interviewee_name: b.intervieweeName ?? null,
    without_witnesses: b.withoutWitnesses,
    interpreter_used: b.interpreterUsed,
    rights_explained: b.rightsExplained,
    consent_to_disclose: b.consentToDisclose,
    include_in_report: b.includeInReport,
    security_threat_notified: b.securityThreatNotified,
    security_threat_note: b.securityThreatNote || null,
    restriction_refused: b.restrictionRefused,
    restriction_refusal_text: b.restrictionRefused ? (b.restrictionRefusalText ?? null) : null,
    summary: b.summary,
    follow_up_reprisals: b.followUpReprisals,
  };
}

function duplicateLabel(e: unknown): AppError | unknown {
  const err = e as { code?: string; constraint?: string };
  return err.code === "23505" && err.constraint === "npm_interview_label_unique"
    ? new AppError("conflict.duplicate", "Another interview of this visit has that label.", {
        field: "label",
      })
    : e;
}

/** Records an interview held on the visit by a participant of its group, with its audit row. */
export async function createInterview(
  deps: NpmDeps,
  ctx: ActCtx,
  visitId: string,
  b: z.infer<typeof NpmInterviewCreate>,
): Promise<string> {
  const { visit, me } = await visitFor(deps, ctx, visitId, true);
  const interviewer = b.interviewerParticipantId ?? me;
  if (!interviewer)
    throw badInput("interviewerParticipantId", "Name the participant of the group who held the interview.");
  const facts = (await loadFacts(deps.db, [visitId])).get(visitId) ?? [];
  check(deps, visit, facts, record(interviewer, b));
  try {
    return await deps.db.transaction().execute(async (t) => {
      const trx = t.withTables<NpmInterviewTables>();
      const n = await trx
        .selectFrom("npm_interview")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("visit_id", "=", visitId)
        .executeTakeFirstOrThrow();
      const row = await trx
        .insertInto("npm_interview")
        .values({
          ...columns(b),
          visit_id: visitId,
          interviewer_participant_id: interviewer,
          label: b.label ?? `I-${Number(n.n) + 1}`,
          created_by: ctx.userId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(t, ctx.audit, {
        action: "npm_interview.create",
        recordType: "npm_interview",
        recordId: row.id,
        fields: b.intervieweeName ? [...INTERVIEW_PERSONAL] : ["summary"],
      });
      return row.id;
    });
  } catch (e) {
    throw duplicateLabel(e);
  }
}

async function loadInterview(deps: NpmDeps, id: string): Promise<InterviewRow> {
  const row = await interviewDb(deps.db)
    .selectFrom("npm_interview")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("The interview");
  return row;
}

/** Corrects an interview: a new version over the one the user read (409 on a stale one), audited. */
export async function updateInterview(deps: NpmDeps, ctx: ActCtx, id: string, b: Fields): Promise<void> {
  guard(ctx, "update", "npm_visit");
  const current = await loadInterview(deps, id);
  const { visit } = await visitFor(deps, ctx, current.visit_id, true);
  const facts = (await loadFacts(deps.db, [visit.id])).get(visit.id) ?? [];
  check(deps, visit, facts, record(current.interviewer_participant_id, b));
  try {
    await deps.db.transaction().execute(async (t) => {
      const trx = t.withTables<NpmInterviewTables>();
      const done = await trx
        .updateTable("npm_interview")
        .set({
          ...columns(b),
          label: b.label ?? current.label,
          version: b.version + 1,
          updated_at: deps.now(),
          updated_by: ctx.userId,
        })
        .where("id", "=", id)
        .where("version", "=", b.version)
        .executeTakeFirst();
      if (done.numUpdatedRows === 0n) throw staleVersion();
      await recordAudit(t, ctx.audit, {
        action: "npm_interview.update",
        recordType: "npm_interview",
        recordId: id,
        fields: [...INTERVIEW_PERSONAL],
      });
    });
  } catch (e) {
    throw duplicateLabel(e);
  }
}

/** Audit rows of a read: one for the visit's list, one per interview with the personal fields. */
async function auditRead(deps: NpmDeps, ctx: ActCtx, visitId: string, rows: readonly InterviewRow[]) {
  await recordAuditMany(deps.db, ctx.audit, [
    { action: "npm_interview.list", recordType: "npm_visit", recordId: visitId },
    ...rows.map((r) => ({
      action: "npm_interview.read",
      recordType: "npm_interview",
      recordId: r.id,
      fields: [...INTERVIEW_PERSONAL],
    })),
  ]);
}

export async function listInterviews(deps: NpmDeps, ctx: ActCtx, visitId: string) {
  await visitFor(deps, ctx, visitId, false);
  const rows = await interviewDb(deps.db)
    .selectFrom("npm_interview")
    .selectAll()
    .where("visit_id", "=", visitId)
    .orderBy("created_at")
    .orderBy("label")
    .execute();
  await auditRead(deps, ctx, visitId, rows);
  return { items: rows.map(interviewView), total: rows.length };
}

export async function readInterview(deps: NpmDeps, ctx: ActCtx, id: string) {
  guard(ctx, "read", "npm_visit");
  const row = await loadInterview(deps, id);
  await visitFor(deps, ctx, row.visit_id, false);
  await auditRead(deps, ctx, row.visit_id, [row]);
  return interviewView(row);
}

/**
 * What the group's report may carry from the interviews: the label, the category and the summary of
 * those the person consented to disclose (003 p.20 para 2). Never a name; never in the annual report.
 */
export async function interviewReportSummaries(deps: NpmDeps, ctx: ActCtx, visitId: string) {
  await visitFor(deps, ctx, visitId, false);
  const rows = await interviewDb(deps.db)
    .selectFrom("npm_interview")
    .select(["id", "label", "category", "summary"])
    .where("visit_id", "=", visitId)
    .where("include_in_report", "=", true)
    .where("consent_to_disclose", "=", true)
    .orderBy("created_at")
    .execute();
  await recordAuditMany(
    deps.db,
    ctx.audit,
    rows.map((r) => ({
      action: "npm_interview.read_report_summary",
      recordType: "npm_interview",
      recordId: r.id,
      fields: ["summary"],
    })),
  );
  return { items: rows.map((r) => ({ label: r.label, category: r.category, summary: r.summary })) };
}
