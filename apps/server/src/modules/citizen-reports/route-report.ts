import { sql, type Kysely } from "kysely";
import {
  bodyTypesActingAs,
  handoffDueAt,
  type BodyTypeId,
  REPORT_CATEGORIES,
  REPORT_FLAGS,
  routeReport,
  type ReportCategory,
  type ReportFlag,
} from "@aldyn/law";
import type { ReportRouteInput, ReportRouting, ReportRoutingQuery } from "@aldyn/contract";
import type { Database } from "../../db/schema.ts";
import { recordAudit } from "../../audit/record.ts";
import { pathWithin } from "../../access/territory.ts";
import { AppError } from "../../errors/app-error.ts";
import { findCompetentBody } from "../handoffs/competent-body.ts";
import { sendHandoffs } from "../handoffs/send-handoff.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { reportForWrite } from "./report-lock.ts";
import { authorizeReport } from "./triage-access.ts";
import type { TriageDeps } from "./triage-deps.ts";
import { refuseOutsideLaw, regionPathOf } from "./triage-report.ts";
import { appendReportFacts, loadReport, type ReportRow } from "./triage.queries.ts";

/** The duty routing rests on: tell the competent state bodies immediately (001 Art. 39(3)). */
export const ROUTING_ARTICLE = "001 Art. 39(3)";

type Q = Kysely<Database>;
type Proposal = ReturnType<typeof routeReport>[number];

/** What the law says must be told of a report of this category and flags (R6; 001 Art. 39(3)). */
export function proposalsFor(deps: TriageDeps, row: ReportRow, category: string, flags: readonly string[]) {
  return routeReport({
    category: category as ReportCategory,
    flags: flags as ReportFlag[],
    receivedAt: new Date(row.received_at),
    config: deps.law,
  });
}

/**
 * Bodies of a type the operator may choose for a report: those whose territory covers the report's
 * place (the district's, the region's, the Republic's) or lies in the report's region (a district's
 * body while the district is still unknown).
 */
async function bodiesOfType(db: Q, bodyType: BodyTypeId, reportPath: string) {
  const region = regionPathOf(reportPath);
  // The internal affairs bodies are the departments and their district units (001 Art. 13).
  const types = bodyTypesActingAs(bodyType);
  const r = await sql<{ id: string; name_kk: string; name_ru: string; name_en: string; path: string }>`
    SELECT b.id, b.name_kk, b.name_ru, b.name_en, t.path FROM body b JOIN territory t ON t.id = b.territory_id
    WHERE b.type = ANY (${types}::text[])
      AND (${reportPath} = t.path OR ${reportPath} LIKE t.path || '.%' OR t.path = ${region} OR t.path LIKE ${region} || '.%')
    ORDER BY length(t.path) DESC, b.name_ru LIMIT 50`.execute(db);
  return r.rows.map((b) => ({ id: b.id, name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en } }));
}

/**
 * The routing proposals for a triaged report: every body the law says must be told, with the
 * nearest body of that type covering the report's place (findCompetentBody) and the others the
 * operator may choose, each with the instant its hand-off falls overdue.
 */
export async function reportRouting(
  deps: TriageDeps,
  ctx: ActCtx,
  id: string,
  query: ReportRoutingQuery = {},
): Promise<ReportRouting> {
  const row = await loadReport(deps.db, id);
  authorizeReport(ctx.actor, "update", row.territory_path);
  const category = query.category ?? row.category;
  const flags = query.flags !== undefined ? query.flags.split(",").filter(Boolean) : row.flags;
  if (!category)
    throw new AppError("report.not_triaged", "Triage the report first: its category decides who is told.", {
      field: "category",
    });
  refuseOutsideLaw("category", [category], REPORT_CATEGORIES);
  refuseOutsideLaw("flags", flags, REPORT_FLAGS);
  const items = [];
  for (const p of proposalsFor(deps, row, category, flags)) {
    const body = await findCompetentBody(deps.db, p.bodyType, row.territory_path);
    const all = await bodiesOfType(deps.db, p.bodyType, row.territory_path);
    items.push({
      bodyType: p.bodyType,
      ground: p.ground,
      article: String(p.article),
      clock: p.clock,
      body: body ? { id: body.id, name: body.name } : null,
      alternatives: all.filter((b) => b.id !== body?.id),
      dueAt: handoffDueAt(p.clock, new Date(row.received_at), deps.workCalendar).toISOString(),
    });
  }
  return { items, article: ROUTING_ARTICLE };
}

/**
 * Checks each chosen receiver against the law's proposals: the ground must be proposed for the
 * body's type, the body must cover the report's place or lie in its region, and a body is told once
 * per ground. Anything else is a 422 `report.receiver_not_in_routing` citing 001 Art. 39(3) (the duty
 * is to tell the bodies competent for the facts, not any body).
 */
export async function checkReceivers(
  db: Q,
  row: ReportRow,
  proposals: readonly Proposal[],
  receivers: ReportRouteInput["receivers"],
): Promise<Proposal[]> {
  const seen = new Set<string>();
  const out: Proposal[] = [];
  for (const [i, r] of receivers.entries()) {
    const key = `${r.bodyId}|${r.ground}`;
    if (seen.has(key))
      throw new AppError("validation.failed", "A body is named twice for the same ground.", {
        field: `receivers.${i}`,
      });
    seen.add(key);
    const b = await sql<{ type: string; path: string }>`SELECT b.type, t.path FROM body b
      JOIN territory t ON t.id = b.territory_id WHERE b.id = ${r.bodyId}::uuid`.execute(db);
    const body = b.rows[0];
    const p =
      body &&
      proposals.find(
        (x) =>
          x.ground === r.ground && (bodyTypesActingAs(x.bodyType) as readonly string[]).includes(body.type),
      );
    const inPlace =
      body &&
      (pathWithin(body.path, row.territory_path) || pathWithin(regionPathOf(row.territory_path), body.path));
    if (!p || !inPlace)
      throw new AppError(
        "report.receiver_not_in_routing",
        "This body is not one the law says must be told of this report.",
        { field: `receivers.${i}`, article: ROUTING_ARTICLE },
      );
    out.push(p);
  }
  return out;
}

/** The status a write on a report's routing needs, or the 409 that says why not. */
function refuseRoute(row: ReportRow): void {
  if (row.status === "closed")
    throw new AppError("report.closed", "The report is closed (a duplicate of another).", {
      field: "status",
    });
  if (row.status === "received")
    throw new AppError("report.not_triaged", "Triage the report first: its category decides who is told.", {
      field: "status",
    });
  if (row.status !== "triaged")
    throw new AppError(
      "report.already_routed",
      "The report has been routed; re-route it to change the bodies.",
      {
        field: "status",
      },
    );
}

/**
 * Sends a triaged report to the bodies the operator confirmed, one hand-off each (sendHandoffs), its
 * clock from the report's receipt (the facts became known to the system then, 001 Art. 39(3)). The
 * proposals the operator left out are kept in the `routed` fact. One transaction: the hand-offs, the
 * report's status and fact, the audit row.
 */
export async function routeReportToBodies(
  deps: TriageDeps,
  ctx: ActCtx,
  id: string,
  body: ReportRouteInput,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await reportForWrite(trx, deps, ctx, id, body.version);
    refuseRoute(row);
    const proposals = proposalsFor(deps, row, row.category!, row.flags);
    const chosen = await checkReceivers(trx, row, proposals, body.receivers);
    const sent = await sendHandoffs(
      trx,
      ctx,
      body.receivers.map((r, i) => ({
        ground: chosen[i]!.ground,
        receiverBodyId: r.bodyId,
        record: { type: "citizen_report" as const, id },
        territoryPath: row.territory_path,
        eventAt: new Date(row.received_at),
      })),
      deps,
    );
    const omitted = proposals
      .filter((p) => !chosen.includes(p))
      .map((p) => ({ bodyType: p.bodyType, ground: p.ground }));
    await sql`UPDATE citizen_report SET status = 'routed', version = version + 1, updated_at = now()
      WHERE id = ${id}::uuid`.execute(trx);
    await appendReportFacts(trx, id, [
      {
        type: "routed",
        at: deps.now(),
        data: {
          // Why each body: the provision of its competence (routeReport's article).
          receivers: body.receivers.map((r, i) => ({
            ...r,
            article: chosen[i]!.article,
            handoffId: sent[i]!.id,
          })),
          omitted,
          article: ROUTING_ARTICLE,
        },
        recordedBy: ctx.userId,
      },
    ]);
    await recordAudit(trx, ctx.audit, {
      action: "citizen_report.route",
      recordType: "citizen_report",
      recordId: id,
    });
  });
}
