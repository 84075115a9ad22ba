import { sql, type Kysely } from "kysely";
import {
  ASSESSMENT_FIGURES,
  endOfLegalDate,
  onTimeShare,
  startOfLegalDate,
  type AssessmentFigureCode,
  type AssessmentPeriod,
} from "@aldyn/law";
import type { DvAssessmentFigure } from "@aldyn/contract";
import { territoryLikePattern } from "../../access/scope.ts";
import type { Database } from "../../db/schema.ts";

export type FigureCounts = Record<AssessmentFigureCode, number>;

/**
 * The figures of a region's half-year (001 Art. 72(4),(7)), counted in one read from the region's
 * records as the law package's ASSESSMENT_FIGURES define them. Counts only: no personal field leaves
 * this query (the pack is read by the commission, the prosecutor and analysts). The half-year is the
 * legal days `from`..`until` in Asia/Almaty; a record belongs to the region by its territory path.
 * - identified: distinct persons named on the region's outreach visits of the half-year (11(1));
 * - registered / plans_opened / protective_orders: measures of the kind issued in the half-year;
 * - supported: distinct persons with a service delivered in the half-year (10(2)(3));
 * - plans_completed: plans whose closing assessment in the half-year says `achieved` (55(1));
 * - incidents / repeat_incidents: incidents that occurred in the half-year, and those with a repeat
 *   number of 2 or more;
 * - notifications_total / _on_time: the 72(3)(2) notices sent on those incidents (a re-routed notice
 *   counts once, as its original) and those received by a receiving body by the due instant, 24 hours
 *   from the report (the original's or its re-route's receipt);
 * - shelter_stays: stays admitted in the half-year; outreach_visits: visits of the half-year.
 */
export async function countFigures(
  db: Kysely<Database>,
  regionPath: string,
  period: AssessmentPeriod,
): Promise<FigureCounts> {
  const like = territoryLikePattern(regionPath);
  const from = startOfLegalDate(period.from);
  const until = endOfLegalDate(period.until);
  const inRegion = (col: string) => sql`(${sql.ref(col)} = ${regionPath} OR ${sql.ref(col)} LIKE ${like})`;
  const issued = (kind: string) => sql`(SELECT count(*)::int FROM measure m
    WHERE m.kind = ${kind} AND ${inRegion("m.territory_path")} AND m.issued_at BETWEEN ${from} AND ${until})`;
  const r = await sql<FigureCounts>`
    WITH inc AS (
      SELECT i.id, i.repeat_number FROM dv_incident i JOIN territory t ON t.id = i.territory_id
       WHERE ${inRegion("t.path")} AND i.occurred_at BETWEEN ${from} AND ${until}
    ),
    notices AS (
      SELECT h.id, EXISTS (
          SELECT 1 FROM handoff x WHERE (x.id = h.id OR x.rerouted_from_id = h.id)
             AND x.received_at IS NOT NULL AND x.received_at <= x.due_at) AS on_time
        FROM handoff h JOIN inc ON inc.id = h.record_id
       WHERE h.record_type = 'dv_incident' AND h.ground = 'domestic_violence.incident_notice'
         AND h.rerouted_from_id IS NULL
    )
    SELECT
      (SELECT count(DISTINCT p.person_id)::int FROM outreach_visit v
         JOIN outreach_visit_person p ON p.visit_id = v.id
        WHERE ${inRegion("v.territory_path")} AND v.visited_on BETWEEN ${period.from}::date AND ${period.until}::date) AS identified,
      ${issued("difficult_life_situation_registration")} AS registered,
      (SELECT count(DISTINCT s.person_id)::int FROM family_service s
        WHERE ${inRegion("s.territory_path")} AND s.delivered_on BETWEEN ${period.from}::date AND ${period.until}::date) AS supported,
      ${issued("social_adaptation_plan")} AS plans_opened,
      (SELECT count(*)::int FROM assistance_plan_assessment a JOIN measure m ON m.id = a.measure_id
        WHERE ${inRegion("m.territory_path")} AND a.outcome = 'achieved' AND a.at BETWEEN ${from} AND ${until}) AS plans_completed,
      (SELECT count(*)::int FROM inc) AS incidents,
      (SELECT count(*)::int FROM inc WHERE repeat_number >= 2) AS repeat_incidents,
      ${issued("protective_order")} AS protective_orders,
      (SELECT count(*)::int FROM notices) AS notifications_total,
      (SELECT count(*)::int FROM notices WHERE on_time) AS notifications_on_time,
      (SELECT count(*)::int FROM shelter_stay st JOIN shelter sh ON sh.id = st.shelter_id
        WHERE ${inRegion("sh.territory_path")} AND st.admitted_on BETWEEN ${period.from}::date AND ${period.until}::date) AS shelter_stays,
      (SELECT count(*)::int FROM outreach_visit v
        WHERE ${inRegion("v.territory_path")} AND v.visited_on BETWEEN ${period.from}::date AND ${period.until}::date) AS outreach_visits`.execute(
    db,
  );
  return r.rows[0]!;
}

/** The figures as the pack shows them: in the law's order, each with its article, and the share on time. */
export function figureList(counts: Readonly<Record<string, number>>): {
  figures: DvAssessmentFigure[];
  onTimeShare: number | null;
} {
  const n = (code: string) => counts[code] ?? 0;
  return {
    figures: ASSESSMENT_FIGURES.map((f) => ({ code: f.code, value: n(f.code), article: String(f.article) })),
    onTimeShare: onTimeShare(
      Math.min(n("notifications_on_time"), n("notifications_total")),
      n("notifications_total"),
    ),
  };
}
