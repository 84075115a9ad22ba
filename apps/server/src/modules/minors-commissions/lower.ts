import { sql } from "kysely";
import { endOfLegalDate, startOfLegalDate } from "@aldyn/law";
import type { LowerCommissionsQuery, LowerCommissionsView } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { overseersOf } from "../../access/scope.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  authorize,
  caseCounts,
  commissionLinks,
  commissionResource,
  loadCommission,
  NO_CASES,
  todayOf,
} from "./mc-common.ts";

/**
 * What a commission sees of the commissions below it, which it coordinates and monitors (001 Art.
 * 79(6)(4)): for each, cases by state, meetings held and final decisions by code in the period (a
 * decision is final once the protocol is signed by the chair and the secretary), and the list of those
 * decisions — date, commission, decision and its article, case number. No names: figures and numbers
 * only. The reader must read the commission itself; each lower one is checked as the access rules
 * check oversight (Resource.overseers).
 */
export async function lowerCommissions(
  deps: MeasureDeps,
  ctx: ActCtx,
  bodyId: string,
  q: LowerCommissionsQuery,
): Promise<LowerCommissionsView> {
  const c = await loadCommission(deps.db, bodyId);
  if (!c) throw notFound("The commission");
  const links = await commissionLinks(deps.db);
  authorize(ctx.actor, "read", commissionResource("minors_commission", c.territoryPath, bodyId, links));
  const today = todayOf(deps.now());
  const from = q.from ?? `${today.slice(0, 4)}-01-01`;
  const until = q.until ?? today;
  if (until < from)
    throw new AppError("validation.failed", "The period ends before it begins.", { field: "until" });
  const lowerIds = links.filter((l) => overseersOf(l.bodyId, links).includes(bodyId)).map((l) => l.bodyId);
  const lower = (await Promise.all(lowerIds.map((id) => loadCommission(deps.db, id)))).filter(
    (x) => x !== null,
  );
  // Figures and numbers of the commission's work, no names: read as the commission's own record (the
  // akimat that formed it and supervision read them too), never the cases themselves.
  for (const l of lower)
    authorize(ctx.actor, "read", commissionResource("minors_commission", l.territoryPath, l.bodyId, links));
  const ids = lower.map((l) => l.bodyId);
  const counts = await caseCounts(deps.db, ids);
  const fromAt = startOfLegalDate(from);
  const untilAt = endOfLegalDate(until);
  const held =
    ids.length === 0
      ? []
      : (
          await sql<{ body_id: string; n: number }>`
            SELECT commission_body_id AS body_id, count(*)::int AS n FROM commission_meeting
             WHERE commission_body_id = ANY(${ids}::uuid[]) AND state = 'held'
               AND scheduled_at >= ${fromAt} AND scheduled_at <= ${untilAt}
             GROUP BY commission_body_id`.execute(deps.db)
        ).rows;
  const decisions =
    ids.length === 0
      ? []
      : (
          await sql<{
            body_id: string;
            decided_at: Date;
            decision: string;
            article: string | null;
            number: string | null;
          }>`
            SELECT m.commission_body_id AS body_id, i.decided_at, i.decision, i.article, k.number
              FROM meeting_item i
              JOIN commission_meeting m ON m.id = i.meeting_id
              LEFT JOIN minors_case k ON k.id = i.case_id
             WHERE m.commission_body_id = ANY(${ids}::uuid[]) AND i.decision IS NOT NULL
               AND m.chair_signed_at IS NOT NULL AND m.secretary_signed_at IS NOT NULL
               AND i.decided_at >= ${fromAt} AND i.decided_at <= ${untilAt}
             ORDER BY i.decided_at DESC, i.id
             LIMIT 1000`.execute(deps.db)
        ).rows;
  await recordAudit(deps.db, ctx.audit, {
    action: "minors_commission.lower_read",
    recordType: "minors_commission",
    recordId: bodyId,
    fields: ["figures"],
  });
  return {
    from,
    until,
    commissions: lower.map((l) => {
      const byCode: Record<string, number> = {};
      for (const d of decisions.filter((x) => x.body_id === l.bodyId))
        byCode[d.decision] = (byCode[d.decision] ?? 0) + 1;
      return {
        bodyId: l.bodyId,
        name: l.name,
        level: l.level,
        settlementName: l.settlementName,
        cases: counts.get(l.bodyId) ?? { ...NO_CASES },
        meetingsHeld: held.find((h) => h.body_id === l.bodyId)?.n ?? 0,
        decisionsByCode: byCode,
      };
    }),
    decisions: decisions.map((d) => ({
      decidedOn: todayOf(new Date(d.decided_at)),
      commissionBodyId: d.body_id,
      decision: d.decision,
      article: d.article,
      caseNumber: d.number,
    })),
  };
}
