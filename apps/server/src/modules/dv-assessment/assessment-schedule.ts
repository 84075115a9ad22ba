import { sql } from "kysely";
import { effectivenessAssessmentSchedule, legalDateOf } from "@aldyn/law";
import type { DvAssessmentSchedule } from "@aldyn/contract";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizePackRead, regionOf } from "./pack-access.ts";
import type { PackDeps } from "./packs.ts";

/**
 * The region's half-years from the law's commencement to today and whether its commission assessed
 * each (001 Art. 72(4)): a half-year is done by the meeting of its approved pack, missed when it ended
 * without one (effectivenessAssessmentSchedule of the law package).
 */
export async function assessmentSchedule(
  deps: PackDeps,
  ctx: ActCtx,
  regionId?: string,
): Promise<DvAssessmentSchedule> {
  const region = await regionOf(deps.db, ctx.actor, regionId);
  authorizePackRead(ctx.actor, region.path);
  const packs = await sql<{
    id: string;
    year: number;
    half: number;
    status: string;
    meeting_on: string | null;
  }>`
    SELECT id, year, half, status, meeting_on::text AS meeting_on FROM dv_assessment_pack
     WHERE region_territory_id = ${region.id}::uuid`.execute(deps.db);
  const s = effectivenessAssessmentSchedule({
    since: deps.law.commencement001,
    meetings: packs.rows.filter((p) => p.status === "approved" && p.meeting_on).map((p) => p.meeting_on!),
    today: legalDateOf(deps.now()),
  });
  const periods = s.periods.map((p) => ({
    year: p.year,
    half: p.half,
    from: p.from,
    until: p.until,
    state: p.state,
    assessedOn: p.assessedOn,
    packId: packs.rows.find((x) => x.year === p.year && x.half === p.half)?.id ?? null,
  }));
  return {
    region: { id: region.id, name: region.name },
    article: String(s.article),
    periods,
    nextDue: s.nextDue,
    missed: periods.filter((p) => p.state === "missed").length,
  };
}
