import { sql } from "kysely";
import { REPORT_CATEGORIES, REPORT_FLAGS } from "@aldyn/law";
import type { ReportRerouteInput } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { sendHandoffs } from "../handoffs/send-handoff.ts";
import { withdrawHandoffs } from "../handoffs/withdraw-handoffs.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { reportForWrite } from "./report-lock.ts";
import { checkReceivers, proposalsFor, ROUTING_ARTICLE } from "./route-report.ts";
import type { TriageDeps } from "./triage-deps.ts";
import { refuseOutsideLaw } from "./triage-report.ts";
import { appendReportFacts } from "./triage.queries.ts";

/**
 * Re-routes a wrongly categorised report (R6): the new category and flags, then the bodies to tell
 * under them, checked against the law's proposals for the new category (001 Art. 39(3)). A body
 * already told on the same ground keeps its hand-off; a new one gets a hand-off whose clock still runs
 * from the report's receipt; every other open hand-off is withdrawn by the sender with the reason
 * (withdrawHandoffs: declined, never deleted), so the timeline shows who was told and when. One
 * transaction with its audit row.
 */
export async function rerouteReport(
  deps: TriageDeps,
  ctx: ActCtx,
  id: string,
  body: ReportRerouteInput,
): Promise<void> {
  if (body.category) refuseOutsideLaw("category", [body.category], REPORT_CATEGORIES);
  refuseOutsideLaw("flags", body.flags ?? [], REPORT_FLAGS);
  await deps.db.transaction().execute(async (trx) => {
    const row = await reportForWrite(trx, deps, ctx, id, body.version);
    if (row.status === "closed")
      throw new AppError("report.closed", "The report is closed (a duplicate of another).", {
        field: "status",
      });
    if (row.status !== "routed" && row.status !== "answered")
      throw new AppError("report.not_routed", "The report has not been routed yet: route it.", {
        field: "status",
      });
    const category = body.category ?? row.category!;
    const flags = body.flags ? [...new Set(body.flags)] : row.flags;
    const proposals = proposalsFor(deps, row, category, flags);
    const chosen = await checkReceivers(trx, row, proposals, body.receivers);
    const open = await sql<{ id: string; receiver_body_id: string; ground: string }>`
      SELECT id, receiver_body_id, ground FROM handoff
      WHERE record_type = 'citizen_report' AND record_id = ${id}::uuid
        AND state NOT IN ('declined', 'answered')`.execute(trx);
    const kept = open.rows.filter((h) =>
      body.receivers.some((r) => r.bodyId === h.receiver_body_id && r.ground === h.ground),
    );
    const withdrawn = open.rows.filter((h) => !kept.includes(h));
    await withdrawHandoffs(
      trx,
      ctx,
      withdrawn.map((h) => h.id),
      body.reason,
      deps,
    );
    const fresh = body.receivers
      .map((r, i) => ({ r, p: chosen[i]! }))
      .filter(({ r }) => !kept.some((h) => h.receiver_body_id === r.bodyId && h.ground === r.ground));
    const sent = await sendHandoffs(
      trx,
      ctx,
      fresh.map(({ r, p }) => ({
        ground: p.ground,
        receiverBodyId: r.bodyId,
        record: { type: "citizen_report" as const, id },
        territoryPath: row.territory_path,
        eventAt: new Date(row.received_at),
      })),
      deps,
    );
    await sql`UPDATE citizen_report SET category = ${category}, flags = ${flags}::text[],
        version = version + 1, updated_at = now() WHERE id = ${id}::uuid`.execute(trx);
    await appendReportFacts(trx, id, [
      {
        type: "rerouted",
        at: deps.now(),
        data: {
          fromCategory: row.category,
          category,
          flags,
          reason: body.reason,
          withdrawn: withdrawn.map((h) => h.id),
          kept: kept.map((h) => h.id),
          sent: fresh.map(({ r, p }, i) => ({ ...r, article: p.article, handoffId: sent[i]!.id })),
          article: ROUTING_ARTICLE,
        },
        recordedBy: ctx.userId,
      },
    ]);
    await recordAudit(trx, ctx.audit, {
      action: "citizen_report.reroute",
      recordType: "citizen_report",
      recordId: id,
    });
  });
}
