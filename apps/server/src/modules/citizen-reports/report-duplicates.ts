import { sql, type Kysely } from "kysely";
import type { ReportDuplicateOfInput, ReportDetail } from "@aldyn/contract";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../access/roles.ts";
import { territoryFilter } from "../../access/scope.ts";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { reportForWrite } from "./report-lock.ts";
import { authorizeReport } from "./triage-access.ts";
import type { TriageDeps } from "./triage-deps.ts";
import { regionPathOf } from "./triage-report.ts";
import { appendReportFacts, loadReport, type ReportRow } from "./triage.queries.ts";

/**
 * Likely duplicates: the same facts reported again (by the same person on another channel, or by a
 * neighbour). A report is shown as a likely duplicate of another in the same region, not itself a
 * duplicate, that the reader may read, when:
 * - `same_phone`: the reporters' telephone numbers end in the same 10 digits (the national number,
 *   whatever the prefix: +7, 8 or none), received within 90 days of each other — one person calling
 *   again about the same trouble;
 * - `near_location`: both points lie within 300 m, received within 7 days — a block of flats, a yard;
 * - `same_district_category`: the same district and the same category, received within 3 days —
 *   the same event seen by several people.
 * The windows are the triage desk's judgement, not the law's; the operator decides (duplicate-of).
 * At most 10, the nearest in time first.
 */
export const DUPLICATE_RULES = {
  phoneDays: 90,
  nearMetres: 300,
  nearDays: 7,
  districtDays: 3,
  limit: 10,
} as const;

const DAY_MS = 86_400_000;

function phoneKey(phone: string | null): string | null {
  const digits = phone?.replace(/\D/g, "") ?? "";
  return digits.length >= 7 ? digits.slice(-10) : null;
}

export async function likelyDuplicates(
  db: Kysely<Database>,
  actor: Actor,
  row: ReportRow,
): Promise<ReportDetail["duplicates"]> {
  const r = DUPLICATE_RULES;
  const at = new Date(row.received_at).getTime();
  const within = (days: number) => [new Date(at - days * DAY_MS), new Date(at + days * DAY_MS)] as const;
  const phone = phoneKey(row.reporter_phone);
  const [p0, p1] = within(r.phoneDays);
  const [n0, n1] = within(r.nearDays);
  const [d0, d1] = within(r.districtDays);
  // ~300 m in degrees of latitude; longitude degrees shrink with the cosine of the latitude.
  const dLat = r.nearMetres / 111_320;
  const region = regionPathOf(row.territory_path);
  const scope = territoryFilter(actor, "citizen_report");
  const inScope =
    scope.kind === "all"
      ? sql`true`
      : sql`(c.territory_path = ${scope.equals} OR c.territory_path LIKE ${scope.like})`;
  const samePhone = phone
    ? sql`(right(regexp_replace(coalesce(c.reporter_phone, ''), '\\D', '', 'g'), 10) = ${phone}
        AND c.received_at BETWEEN ${p0}::timestamptz AND ${p1}::timestamptz)`
    : sql`false`;
  const near =
    row.lat !== null && row.lon !== null
      ? sql`(c.lat BETWEEN ${row.lat - dLat} AND ${row.lat + dLat}
          AND 6371000 * sqrt(power(radians(c.lat - ${row.lat}), 2)
            + power(cos(radians((c.lat + ${row.lat}) / 2)) * radians(c.lon - ${row.lon}), 2)) <= ${r.nearMetres}
          AND c.received_at BETWEEN ${n0}::timestamptz AND ${n1}::timestamptz)`
      : sql`false`;
  const sameDistrict =
    row.district_id && row.category
      ? sql`(c.district_id = ${row.district_id}::uuid AND c.category = ${row.category}
          AND c.received_at BETWEEN ${d0}::timestamptz AND ${d1}::timestamptz)`
      : sql`false`;
  const found = await sql<{
    id: string;
    registration_number: string;
    received_at: Date;
    status: string;
    category: string | null;
    same_phone: boolean;
    near: boolean;
    same_district: boolean;
  }>`SELECT c.id, c.registration_number, c.received_at, c.status, c.category,
      ${samePhone} AS same_phone, ${near} AS near, ${sameDistrict} AS same_district
    FROM citizen_report c
    WHERE c.id <> ${row.id}::uuid AND c.duplicate_of_id IS NULL
      AND (c.territory_path = ${region} OR c.territory_path LIKE ${region + ".%"}) AND ${inScope}
      AND (${samePhone} OR ${near} OR ${sameDistrict})
    ORDER BY abs(extract(epoch FROM c.received_at - ${new Date(at)}::timestamptz)), c.id
    LIMIT ${r.limit}`.execute(db);
  return found.rows.map((c) => ({
    id: c.id,
    registrationNumber: c.registration_number,
    receivedAt: new Date(c.received_at).toISOString(),
    status: c.status as ReportDetail["status"],
    category: c.category,
    reasons: [
      ...(c.same_phone ? (["same_phone"] as const) : []),
      ...(c.near ? (["near_location"] as const) : []),
      ...(c.same_district ? (["same_district_category"] as const) : []),
    ],
  }));
}

/**
 * Marks a report a duplicate of an earlier one (R6): it leaves the queue closed, and its reporter's
 * answer is the original's. Only before routing (a routed report has told bodies; re-route it
 * instead); never of itself or of a report that is itself a duplicate (name the original). One
 * transaction with its fact and audit row.
 */
export async function markDuplicateOf(
  deps: TriageDeps,
  ctx: ActCtx,
  id: string,
  body: ReportDuplicateOfInput,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await reportForWrite(trx, deps, ctx, id, body.version);
    if (row.status === "closed")
      throw new AppError("report.closed", "The report is closed (a duplicate of another).", {
        field: "status",
      });
    if (row.status !== "received" && row.status !== "triaged")
      throw new AppError("report.already_routed", "The report has been routed: bodies were told of it.", {
        field: "status",
      });
    if (body.reportId === id)
      throw new AppError("report.duplicate_invalid", "A report cannot repeat itself.", { field: "reportId" });
    const original = await loadReport(trx, body.reportId);
    authorizeReport(ctx.actor, "read", original.territory_path);
    if (original.duplicate_of_id)
      throw new AppError(
        "report.duplicate_invalid",
        "That report is itself a duplicate: name its original.",
        {
          field: "reportId",
        },
      );
    await sql`UPDATE citizen_report SET duplicate_of_id = ${original.id}::uuid, status = 'closed',
        version = version + 1, updated_at = now() WHERE id = ${id}::uuid`.execute(trx);
    await appendReportFacts(trx, id, [
      {
        type: "marked_duplicate",
        at: deps.now(),
        data: { of: original.id, registrationNumber: original.registration_number },
        recordedBy: ctx.userId,
      },
    ]);
    await recordAudit(trx, ctx.audit, {
      action: "citizen_report.duplicate_of",
      recordType: "citizen_report",
      recordId: id,
    });
  });
}
