import { sql } from "kysely";
import { deriveTortureComplaint, type NpmComplaintFact } from "@aldyn/law";
import type { z } from "zod";
import type { NpmComplaint, NpmComplaintCreate, NpmComplaintTransfer } from "@aldyn/contract";
import { recordAudit, recordAuditMany } from "../../audit/record.ts";
import { redactPersonal, canSeePersonalFields } from "../../access/scope.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { Db } from "../../db/pool.ts";
import {
  badInput,
  guard,
  isCommissionerOffice,
  myParticipantId,
  npmResource,
  requireGroupOrOffice,
  staleVersion,
  type ActCtx,
  type NpmDeps,
} from "./npm-deps.ts";
import type { NpmMemberRow } from "../../db/schema-npm.ts";
import { appendComplaintReceived } from "./visit-facts.ts";

const PERSONAL = ["complainantName", "complainantContact"] as const;

/**
 * Registers a report or complaint of torture received by a participant (000 Art. 30(4); 003 p.12);
 * one received on a visit becomes a fact of the visit, whose report must list it (003 p.13).
 */
export async function createComplaint(
  deps: NpmDeps,
  ctx: ActCtx,
  b: z.infer<typeof NpmComplaintCreate>,
): Promise<string> {
  guard(ctx, "create", "npm_complaint");
  const me = await myParticipantId(deps.db, ctx);
  if (!me)
    throw new AppError("access.role", "Complaints are received by participants (000 Art. 30(4); 003 p.12).");
  if (b.visitId) {
    // Received on a visit: by a member of its group, about one of its institutions (003 pp.12-13, 17(3)).
    const v = await deps.db
      .selectFrom("npm_visit")
      .select(["members", "institution_ids"])
      .where("id", "=", b.visitId)
      .executeTakeFirst();
    if (!v) throw notFound("The visit");
    const memberIds = (v.members as NpmMemberRow[]).map((m) => m.participantId);
    await requireGroupOrOffice(deps.db, ctx, memberIds, "registers a complaint received on the visit");
    if (b.institutionId && !v.institution_ids.includes(b.institutionId))
      throw badInput("institutionId", "A complaint received on a visit concerns one of its institutions.");
  }
  const receivedAt = new Date(b.receivedAt);
  return deps.db.transaction().execute(async (trx) => {
    const { n } = await sql<{ n: number }>`select nextval('npm_complaint_number_seq')::int as n`
      .execute(trx)
      .then((r) => r.rows[0]!);
    const row = await trx
      .insertInto("npm_complaint")
      .values({
        registration_number: `NPM-${receivedAt.getUTCFullYear()}-${String(n).padStart(5, "0")}`,
        received_at: receivedAt,
        received_by_participant_id: me,
        visit_id: b.visitId ?? null,
        institution_id: b.institutionId ?? null,
        complainant_name: b.complainantName,
        complainant_contact: b.complainantContact ?? null,
        summary: b.summary,
        registered_at: deps.now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (b.visitId) await appendComplaintReceived(trx, ctx, b.visitId, row.id, receivedAt);
    await recordAudit(trx, ctx.audit, {
      action: "npm_complaint.create",
      recordType: "npm_complaint",
      recordId: row.id,
      fields: [...PERSONAL],
    });
    return row.id;
  });
}

/**
 * Transfer to the Commissioner for consideration (000 Art. 30(4) para 2): by the participants who
 * received the complaint — the receiving participant, or a member of the group of the visit it was
 * received on (003 pp.12-13) — or by the Commissioner's office. Other participants: 403 `access.role`.
 */
export async function transferComplaint(
  deps: NpmDeps,
  ctx: ActCtx,
  id: string,
  b: z.infer<typeof NpmComplaintTransfer>,
) {
  guard(ctx, "update", "npm_complaint");
  if (!isCommissionerOffice(ctx)) {
    const c = await deps.db
      .selectFrom("npm_complaint")
      .select(["id", "visit_id", "received_by_participant_id"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!c) throw notFound("The complaint");
    const receivers = await identityReaders(deps, ctx, [c]);
    if (!receivers(c))
      throw new AppError(
        "access.role",
        "A complaint is transferred to the Commissioner by the participant who received it, a member of the group of the visit it was received on, or the Commissioner's office (000 Art. 30(4); 003 pp.12-13).",
        { article: "000 Art. 30(4)" },
      );
  }
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("npm_complaint")
      .set({ transferred_at: b.at ? new Date(b.at) : deps.now(), version: b.version + 1 })
      .where("id", "=", id)
      .where("version", "=", b.version)
      .where("transferred_at", "is", null)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) {
      const exists = await trx
        .selectFrom("npm_complaint")
        .select("id")
        .where("id", "=", id)
        .executeTakeFirst();
      throw exists ? staleVersion() : notFound("The complaint");
    }
    await recordAudit(trx, ctx.audit, {
      action: "npm_complaint.transfer",
      recordType: "npm_complaint",
      recordId: id,
    });
  });
}

/**
 * Who may see a complainant's identity (000 Art. 30(4); 003 pp.12-13, 20): the Commissioner's office,
 * and the participants of the group that received the complaint — the members of the visit it was
 * received on, or the receiving participant for one received outside a visit. Not other participants,
 * not the Council, no role outside the NPM. The same participants transfer it (transferComplaint).
 */
async function identityReaders(
  deps: NpmDeps,
  ctx: ActCtx,
  rows: readonly { id: string; visit_id: string | null; received_by_participant_id: string }[],
): Promise<(row: { id: string; visit_id: string | null; received_by_participant_id: string }) => boolean> {
  if (!canSeePersonalFields(ctx.actor, npmResource("npm_complaint"))) return () => false;
  if (isCommissionerOffice(ctx)) return () => true;
  const me = await myParticipantId(deps.db, ctx);
  if (me === null) return () => false;
  const visitIds = [...new Set(rows.flatMap((r) => (r.visit_id ? [r.visit_id] : [])))];
  const groups = new Map<string, string[]>();
  if (visitIds.length)
    for (const v of await deps.db
      .selectFrom("npm_visit")
      .select(["id", "members"])
      .where("id", "in", visitIds)
      .execute())
      groups.set(
        v.id,
        (v.members as NpmMemberRow[]).map((m) => m.participantId),
      );
  return (r) =>
    r.received_by_participant_id === me ||
    (r.visit_id !== null && (groups.get(r.visit_id) ?? []).includes(me));
}

async function views(deps: NpmDeps, ctx: ActCtx, ids?: string[]): Promise<z.infer<typeof NpmComplaint>[]> {
  let q = deps.db.selectFrom("npm_complaint").selectAll().orderBy("received_at", "desc").limit(500);
  if (ids) q = q.where("id", "in", ids);
  const rows = await q.execute();
  const listed = await listedIds(deps.db);
  const mayIdentify = await identityReaders(deps, ctx, rows);
  const now = deps.now();
  const out = rows.map((r) => {
    const facts: NpmComplaintFact[] = [
      { type: "registered", at: r.registered_at, registrationNumber: r.registration_number },
      ...(r.transferred_at ? [{ type: "transferred_to_commissioner" as const, at: r.transferred_at }] : []),
    ];
    const d = deriveTortureComplaint(
      {
        id: r.id,
        receivedAt: r.received_at,
        receivedByParticipantId: r.received_by_participant_id,
        visitId: r.visit_id,
      },
      facts,
      now,
    );
    const view = {
      id: r.id,
      registrationNumber: r.registration_number,
      receivedAt: r.received_at.toISOString(),
      receivedByParticipantId: r.received_by_participant_id,
      visitId: r.visit_id,
      institutionId: r.institution_id,
      complainantName: r.complainant_name,
      complainantContact: r.complainant_contact,
      summary: r.summary,
      status: d.status,
      transferredAt: d.transferredAt?.toISOString() ?? null,
      includedInReport: listed.has(r.id),
      duties: d.duties.map((u) => ({
        kind: u.kind,
        article: u.article,
        dueAt: u.dueAt?.toISOString() ?? null,
        doneAt: u.doneAt?.toISOString() ?? null,
        overdue: u.overdue,
        late: u.late,
      })),
      version: r.version,
    };
    // Complainants' identities: the receiving group and the Commissioner's office only (identityReaders).
    const redacted = redactPersonal(ctx.actor, npmResource("npm_complaint"), view, PERSONAL);
    return mayIdentify(r) ? redacted : { ...redacted, complainantName: null, complainantContact: null };
  });
  const identified = out.filter((c) => c.complainantName !== null);
  if (identified.length)
    await recordAuditMany(
      deps.db,
      ctx.audit,
      identified.map((c) => ({
        action: "npm_complaint.read",
        recordType: "npm_complaint",
        recordId: c.id,
        fields: [...PERSONAL],
      })),
    );
  return out;
}

async function listedIds(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom("npm_report").select("listed_complaint_ids").execute();
  return new Set(rows.flatMap((r) => r.listed_complaint_ids));
}

export async function listComplaints(deps: NpmDeps, ctx: ActCtx) {
  guard(ctx, "read", "npm_complaint");
  const items = await views(deps, ctx);
  return { items, total: items.length };
}

export async function readComplaint(deps: NpmDeps, ctx: ActCtx, id: string) {
  guard(ctx, "read", "npm_complaint");
  const [c] = await views(deps, ctx, [id]);
  if (!c) throw notFound("The complaint");
  return c;
}
