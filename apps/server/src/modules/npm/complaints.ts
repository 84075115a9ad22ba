import { sql } from "kysely";
import { deriveTortureComplaint, type NpmComplaintFact } from "@aldyn/law";
import type { z } from "zod";
import type { NpmComplaint, NpmComplaintCreate, NpmComplaintTransfer } from "@aldyn/contract";
import { recordAudit, recordAuditMany } from "../../audit/record.ts";
import { redactPersonal, canSeePersonalFields } from "../../access/scope.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { Db } from "../../db/pool.ts";
import { guard, myParticipantId, npmResource, staleVersion, type ActCtx, type NpmDeps } from "./npm-deps.ts";
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

/** Transfer to the Commissioner for consideration (000 Art. 30(4) para 2). */
export async function transferComplaint(
  deps: NpmDeps,
  ctx: ActCtx,
  id: string,
  b: z.infer<typeof NpmComplaintTransfer>,
) {
  guard(ctx, "update", "npm_complaint");
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

async function views(deps: NpmDeps, ctx: ActCtx, ids?: string[]): Promise<z.infer<typeof NpmComplaint>[]> {
  let q = deps.db.selectFrom("npm_complaint").selectAll().orderBy("received_at", "desc").limit(500);
  if (ids) q = q.where("id", "in", ids);
  const rows = await q.execute();
  const listed = await listedIds(deps.db);
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
    // Complainants' identities: participants and the Commissioner's office only (R10; policy.ts).
    return redactPersonal(ctx.actor, npmResource("npm_complaint"), view, PERSONAL);
  });
  if (canSeePersonalFields(ctx.actor, npmResource("npm_complaint")))
    await recordAuditMany(
      deps.db,
      ctx.audit,
      out.map((c) => ({
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
