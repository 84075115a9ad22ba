import { sql, type Kysely } from "kysely";
import { proposeUrgency, type ReportCategory, type ReportFlag } from "@aldyn/law";
import type { ReportDetail } from "@aldyn/contract";
import type { Database } from "../../db/schema.ts";
import { can } from "../../access/can.ts";
import { recordAudit } from "../../audit/record.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { lockView } from "./report-lock.ts";
import { likelyDuplicates } from "./report-duplicates.ts";
import { authorizeReport, mayReport, reportConcernsBody, REPORTER_FIELDS } from "./triage-access.ts";
import type { TriageDeps } from "./triage-deps.ts";
import { reportHandoffs } from "./triage-handoffs.ts";
import { bodyRef, districtOf, loadReport, type ReportRow } from "./triage.queries.ts";

type Q = Kysely<Database>;
const iso = (d: Date | string | null): string | null => (d ? new Date(d).toISOString() : null);

/**
 * A report as its officials see it (R6): 404, 403 outside the reader's role or territory; the
 * reporter's name and contacts only with read_personal (R11.1); the attachments, the timeline of
 * facts, the hand-offs and their states, the persons it concerns, the likely duplicates, who holds it
 * now and until when, the answer's due date, and the measures taken on it (001 Art. 49(1)(1)).
 * The read is audited with the personal fields shown (R11.2); right after a write the writer sees the
 * record and the write's own audit row covers it.
 */
export async function readReport(
  deps: TriageDeps,
  ctx: ActCtx,
  id: string,
  opts: { afterWrite?: boolean } = {},
): Promise<ReportDetail> {
  const db = deps.db;
  const row = await loadReport(db, id);
  const mine = await reportConcernsBody(db, id, ctx.actor.bodyId);
  authorizeReport(ctx.actor, "read", row.territory_path, mine);
  const personal = mayReport(ctx.actor, "read_personal", row.territory_path, mine);
  const work = mayReport(ctx.actor, "update", row.territory_path, mine);
  const now = deps.now();
  const persons = await linkedPersons(db, ctx, id);
  if (!opts.afterWrite)
    await recordAudit(db, ctx.audit, {
      action: "citizen_report.read",
      recordType: "citizen_report",
      recordId: id,
      fields: [
        "description",
        ...(personal ? REPORTER_FIELDS : []),
        ...(persons.some((p) => p.fullName !== null) ? ["persons"] : []),
      ],
    });
  const facts = await sql<{
    type: string;
    at: Date;
    data: Record<string, unknown>;
    recorded_by: string | null;
    by_name: string | null;
  }>`SELECT f.type, f.at, f.data, f.recorded_by, u.full_name AS by_name
    FROM citizen_report_fact f LEFT JOIN app_user u ON u.id = f.recorded_by
    WHERE f.report_id = ${id}::uuid ORDER BY f.seq`.execute(db);
  const answers = [];
  for (const f of facts.rows.filter((x) => x.type === "answered" || x.type === "answer_published")) {
    const bodyId = typeof f.data.bodyId === "string" ? f.data.bodyId : null;
    answers.push({
      at: iso(f.at)!,
      text: String(f.data.text ?? ""),
      byBody: bodyId ? await bodyRef(db, bodyId) : null,
    });
  }
  const district = row.district_id ? await districtOf(db, row.district_id) : null;
  const original = row.duplicate_of_id ? await loadReport(db, row.duplicate_of_id) : null;
  return {
    id: row.id,
    registrationNumber: row.registration_number,
    channel: row.channel,
    receivedAt: iso(row.received_at)!,
    occurredAt: iso(row.occurred_at),
    takenByBody: row.taken_by_body_id ? await bodyRef(db, row.taken_by_body_id) : null,
    territoryPath: row.territory_path,
    district: district ? { id: district.id, name: district.name } : null,
    locationText: row.location_text,
    lat: row.lat,
    lon: row.lon,
    description: row.description,
    reporter: personal ? reporterOf(row) : null,
    category: row.category,
    urgency: row.urgency,
    proposedUrgency: row.category
      ? proposeUrgency(row.category as ReportCategory, row.flags as ReportFlag[])
      : null,
    flags: row.flags,
    status: row.status as ReportDetail["status"],
    answerDueAt: iso(row.answer_due_at),
    answeredAt: iso(row.answered_at),
    answerOverdue: answerOverdue(row, now),
    answers,
    duplicateOf: original ? { id: original.id, registrationNumber: original.registration_number } : null,
    lock: await lockView(db, row, ctx.userId, now),
    version: row.version,
    attachments: await attachmentsOf(db, id),
    facts: facts.rows.map((f) => ({
      type: f.type,
      at: iso(f.at)!,
      data: f.data,
      recordedBy: f.recorded_by,
      byName: f.by_name,
    })),
    handoffs: await reportHandoffs(db, id, now),
    persons,
    // Other reports of the territory are the contact centre's to compare, not every reader's.
    duplicates: work ? await likelyDuplicates(db, ctx.actor, row) : [],
    measures: await measuresOf(db, ctx, id),
    can: { work, readPersonal: personal },
  };
}

/** Not answered by its due date (001 Arts. 6(4), 49(2)); a closed duplicate is answered by its original. */
export function answerOverdue(
  row: Pick<ReportRow, "answered_at" | "answer_due_at" | "status">,
  now: Date,
): boolean {
  return (
    row.answered_at === null &&
    row.status !== "closed" &&
    row.answer_due_at !== null &&
    new Date(row.answer_due_at).getTime() < now.getTime()
  );
}

function reporterOf(row: ReportRow): ReportDetail["reporter"] {
  return {
    anonymous: row.anonymous,
    name: row.reporter_name,
    phone: row.reporter_phone,
    email: row.reporter_email,
    callbackConsent: row.channel === "hotline" ? row.callback_consent : null,
    callAt: iso(row.call_at),
  };
}

async function attachmentsOf(db: Q, id: string): Promise<ReportDetail["attachments"]> {
  const rows = await db
    .selectFrom("attachment")
    .select(["id", "file_name", "media_type", "size_bytes"])
    .where("record_type", "=", "citizen_report")
    .where("record_id", "=", id)
    .orderBy("uploaded_at")
    .execute();
  return rows.map((a) => ({
    id: a.id,
    fileName: a.file_name,
    contentType: a.media_type,
    size: Number(a.size_bytes),
  }));
}

/** The persons it concerns; a name only where the reader may read the person's personal data. */
async function linkedPersons(db: Q, ctx: ActCtx, id: string): Promise<ReportDetail["persons"]> {
  const rows = await db
    .selectFrom("citizen_report_person as rp")
    .innerJoin("person as p", "p.id", "rp.person_id")
    .innerJoin("territory as t", "t.id", "p.territory_id")
    .select(["rp.person_id", "rp.role", "p.last_name_cyr", "p.first_name_cyr", "p.middle_name_cyr", "t.path"])
    .where("rp.report_id", "=", id)
    .orderBy("rp.linked_at")
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    role: r.role,
    fullName: can(ctx.actor, "read_personal", { type: "person", territoryPath: r.path }).allowed
      ? [r.last_name_cyr, r.first_name_cyr, r.middle_name_cyr].filter(Boolean).join(" ")
      : null,
  }));
}

/** The measures taken on the report that the reader may read (001 Art. 49(1)(1)). */
async function measuresOf(db: Q, ctx: ActCtx, id: string): Promise<ReportDetail["measures"]> {
  const rows = await db
    .selectFrom("measure")
    .select(["id", "kind", "issued_at", "status", "territory_path", "issuer_body_id"])
    .where("ground_report_id", "=", id)
    .orderBy("issued_at")
    .execute();
  return rows
    .filter(
      (m) =>
        can(ctx.actor, "read", { type: "measure", territoryPath: m.territory_path, bodyId: m.issuer_body_id })
          .allowed,
    )
    .map((m) => ({ id: m.id, kind: m.kind, issuedAt: iso(m.issued_at)!, status: m.status }));
}
