import { sql } from "kysely";
import type { ReportTriagePage, ReportTriageQuery } from "@aldyn/contract";
import { territoryFilter } from "../../access/scope.ts";
import { can } from "../../access/can.ts";
import { recordAuditMany } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { answerOverdue } from "./read-report.ts";
import { concernsBodySql, readsOnlyOwnBodyReports } from "./triage-access.ts";
import type { TriageDeps } from "./triage-deps.ts";

/** How many characters of the description the queue shows. */
const EXCERPT = 160;

/**
 * The triage queue of the reader's territory (R6): the reports still to be worked on (received,
 * triaged, routed) or those of one status; filtered by category, urgency, a flag and a search of the
 * registration number, the description and the place. Order: immediate, urgent, not yet triaged (the
 * reader cannot yet know how urgent it is), routine; oldest first within each (the answer's term runs
 * from receipt, 001 Art. 49(2)). No reporter's contact is listed; the description's first words are,
 * and every report shown is an audited read (R11.2).
 */
export async function triageQueue(
  deps: TriageDeps,
  ctx: ActCtx,
  q: ReportTriageQuery,
): Promise<ReportTriagePage> {
  const probe = ctx.actor.territoryPath;
  // Asked for the reader's own body's reports: a body-scoped reader has no other (policy.ts).
  const d = can(ctx.actor, "read", {
    type: "citizen_report",
    territoryPath: probe,
    bodyId: ctx.actor.bodyId,
  });
  if (!d.allowed) throw new AppError(d.code, d.reason);
  const scope = territoryFilter(ctx.actor, "citizen_report");
  const where = [
    scope.kind === "all"
      ? sql`true`
      : sql`(r.territory_path = ${scope.equals} OR r.territory_path LIKE ${scope.like})`,
    readsOnlyOwnBodyReports(ctx.actor) ? concernsBodySql("r", ctx.actor.bodyId) : sql`true`,
    q.status ? sql`r.status = ${q.status}` : sql`r.status IN ('received', 'triaged', 'routed')`,
  ];
  if (q.category) where.push(sql`r.category = ${q.category}`);
  if (q.urgency) where.push(sql`r.urgency = ${q.urgency}`);
  if (q.flag) where.push(sql`${q.flag} = ANY (r.flags)`);
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, "\\$&")}%`;
    where.push(sql`(r.registration_number ILIKE ${q.q.toUpperCase() + "%"} OR r.description ILIKE ${like}
      OR r.location_text ILIKE ${like})`);
  }
  const cond = sql.join(where, sql` AND `);
  const offset = (q.page - 1) * q.pageSize;
  const rows = await sql<{
    id: string;
    registration_number: string;
    channel: string;
    received_at: Date;
    status: string;
    category: string | null;
    urgency: string | null;
    flags: string[];
    district_id: string | null;
    name_kk: string | null;
    name_ru: string | null;
    name_en: string | null;
    excerpt: string;
    answer_due_at: Date | null;
    answered_at: Date | null;
    lock_user_id: string | null;
    lock_expires_at: Date | null;
    lock_name: string | null;
    total: string;
  }>`SELECT r.id, r.registration_number, r.channel, r.received_at, r.status, r.category, r.urgency, r.flags,
      r.district_id, t.name_kk, t.name_ru, t.name_en, left(r.description, ${EXCERPT}) AS excerpt,
      r.answer_due_at, r.answered_at, r.lock_user_id, r.lock_expires_at, u.full_name AS lock_name,
      count(*) OVER () AS total
    FROM citizen_report r
    LEFT JOIN territory t ON t.id = r.district_id
    LEFT JOIN app_user u ON u.id = r.lock_user_id AND r.lock_expires_at > ${deps.now()}::timestamptz
    WHERE ${cond}
    ORDER BY CASE r.urgency WHEN 'immediate' THEN 0 WHEN 'urgent' THEN 1 WHEN 'routine' THEN 3 ELSE 2 END,
      r.received_at, r.id
    LIMIT ${q.pageSize} OFFSET ${offset}`.execute(deps.db);
  const now = deps.now();
  await recordAuditMany(
    deps.db,
    ctx.audit,
    rows.rows.map((r) => ({
      action: "citizen_report.list",
      recordType: "citizen_report",
      recordId: r.id,
      fields: ["description"],
    })),
  );
  return {
    items: rows.rows.map((r) => ({
      id: r.id,
      registrationNumber: r.registration_number,
      channel: r.channel,
      receivedAt: new Date(r.received_at).toISOString(),
      status: r.status as ReportTriagePage["items"][number]["status"],
      category: r.category,
      urgency: r.urgency,
      flags: r.flags ?? [],
      district:
        r.district_id && r.name_kk
          ? { id: r.district_id, name: { kk: r.name_kk, ru: r.name_ru!, en: r.name_en! } }
          : null,
      excerpt: r.excerpt,
      answerDueAt: r.answer_due_at ? new Date(r.answer_due_at).toISOString() : null,
      answerOverdue: answerOverdue(r, now),
      lock:
        r.lock_user_id && r.lock_name !== null
          ? {
              userId: r.lock_user_id,
              userName: r.lock_name,
              expiresAt: new Date(r.lock_expires_at!).toISOString(),
              mine: r.lock_user_id === ctx.userId,
            }
          : null,
    })),
    total: Number(rows.rows[0]?.total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}
