import { sql } from "kysely";
import {
  addCalendarDays,
  addMonths,
  PEDAGOGICAL_SUPPORT_CRITERION_INFO,
  pupilsMeetingAbsenceCriterion,
  quarterRange,
  SCHOOL_ANALYSIS_FIGURES,
  type Quarter,
} from "@aldyn/law";
import type { SchoolAnalysis, SchoolAnalysisQuery } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { schoolRecord, type Q } from "./sp-common.ts";

/** The per-criterion figure's code: `attention_by_criterion.<78(2) id>`. */
export const BY_CRITERION = "attention_by_criterion";

type SchoolRow = {
  id: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  t_kk: string;
  t_ru: string;
  t_en: string;
};

/**
 * Which schools the user analyses: a school's own user its school only; the education management
 * body (and any role reading aggregate reports) the schools of its territory or of a territory within
 * it (001 Art. 21(10)). The figures are aggregates: the rows name schools, never pupils.
 */
async function scope(db: Q, ctx: ActCtx, territoryId: string | undefined) {
  const own = await db
    .selectFrom("body as b")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(["b.id", "b.type", "t.path", "t.id as territory_id"])
    .where("b.id", "=", ctx.actor.bodyId)
    .executeTakeFirstOrThrow();
  if (own.type === "school") {
    authorizeOn(ctx.actor, "read", schoolRecord({ id: own.id, territoryPath: own.path }));
    return { territoryId: own.territory_id, path: own.path, schoolId: own.id };
  }
  const t = await db
    .selectFrom("territory")
    .select(["id", "path"])
    .where("id", "=", territoryId ?? own.territory_id)
    .executeTakeFirst();
  if (!t) throw new AppError("validation.failed", "No such territory.", { field: "territoryId" });
  authorizeOn(ctx.actor, "read", { type: "aggregate_report", territoryPath: t.path });
  return { territoryId: t.id, path: t.path, schoolId: null };
}

/** Counts per school from `rows` of {school, n}. */
function tally(rows: readonly { school: string; n: number | string }[]): Map<string, number> {
  return new Map(rows.map((r) => [r.school, Number(r.n)]));
}

/**
 * The quarterly analysis of the schools' prevention work (001 Art. 21(10)): for each school of the
 * scope, the law's SCHOOL_ANALYSIS_FIGURES for the quarter, counted from the school's own records —
 * attention records (78(2)) and by criterion, pupils meeting 78(2)(4) from the attendance, council
 * meetings (23(14)), support assigned (78(3)), refusals referred (78(4)), supports ended with every
 * step done, reports the school took (23(1)). The read is audited.
 */
export async function schoolAnalysis(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: SchoolAnalysisQuery,
): Promise<SchoolAnalysis> {
  const db = deps.db;
  const s = await scope(db, ctx, q.territoryId);
  const { from, until } = quarterRange(q.year, q.quarter as Quarter);
  const schools: SchoolRow[] = await db
    .selectFrom("body as b")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select([
      "b.id",
      "b.name_kk",
      "b.name_ru",
      "b.name_en",
      "t.name_kk as t_kk",
      "t.name_ru as t_ru",
      "t.name_en as t_en",
    ])
    .where("b.type", "=", "school")
    .$if(s.schoolId !== null, (qb) => qb.where("b.id", "=", s.schoolId!))
    .$if(s.schoolId === null, (qb) =>
      qb.where(sql<boolean>`(t.path = ${s.path} OR t.path LIKE ${`${s.path}.%`})`),
    )
    .orderBy("t.name_ru")
    .orderBy("b.name_ru")
    .execute();
  const ids = schools.map((x) => x.id);
  const values = new Map<string, Record<string, number>>(ids.map((id) => [id, {}]));
  const put = (code: string, m: Map<string, number>) => {
    for (const id of ids) values.get(id)![code] = m.get(id) ?? 0;
  };
  const criteriaSeen = new Set<string>();
  if (ids.length > 0) {
    const openInQuarter = (qb: Q) =>
      qb
        .selectFrom("attention_record")
        .where("school_body_id", "in", ids)
        .where("since", "<=", until)
        .where((eb) => eb.or([eb("until", "is", null), eb("until", ">=", from)]));
    put(
      "attention_pupils",
      tally(
        await openInQuarter(db)
          .select((eb) => ["school_body_id as school", eb.fn.count<number>("person_id").distinct().as("n")])
          .groupBy("school_body_id")
          .execute(),
      ),
    );
    const byCriterion = (
      await sql<{ school: string; criterion: string; n: number }>`
        SELECT a.school_body_id AS school, c AS criterion, count(DISTINCT a.person_id) AS n
        FROM attention_record a, unnest(a.criteria) AS c
        WHERE a.school_body_id = ANY(${ids}::uuid[]) AND a.since <= ${until}::date
          AND (a.until IS NULL OR a.until >= ${from}::date)
        GROUP BY a.school_body_id, c`.execute(db)
    ).rows;
    for (const info of PEDAGOGICAL_SUPPORT_CRITERION_INFO) {
      const rows = byCriterion.filter((r) => r.criterion === info.id);
      if (rows.length === 0) continue;
      criteriaSeen.add(info.id);
      put(`${BY_CRITERION}.${info.id}`, tally(rows));
    }
    // Pupils with four days within a month ending in the quarter (78(2)(4)).
    const absences = await db
      .selectFrom("school_absence")
      .select(["school_body_id", "person_id", "absent_on", "valid_reason"])
      .where("school_body_id", "in", ids)
      .where("absent_on", ">=", addCalendarDays(addMonths(from, -1), 1))
      .where("absent_on", "<=", until)
      .execute();
    const met = pupilsMeetingAbsenceCriterion(
      absences.map((a) => ({
        personKey: `${a.school_body_id}|${a.person_id}`,
        date: a.absent_on,
        validReason: a.valid_reason,
      })),
      until,
    );
    const metBy = new Map<string, number>();
    for (const m of met) {
      const school = m.personKey.split("|")[0]!;
      metBy.set(school, (metBy.get(school) ?? 0) + 1);
    }
    put("absence_criterion_met", metBy);
    const meetings = await db
      .selectFrom("council_meeting")
      .select(["school_body_id as school", "outcome", (eb) => eb.fn.countAll<number>().as("n")])
      .where("school_body_id", "in", ids)
      .where("held_on", ">=", from)
      .where("held_on", "<=", until)
      .groupBy(["school_body_id", "outcome"])
      .execute();
    const sumBy = (pred: (o: string) => boolean) => {
      const m = new Map<string, number>();
      for (const r of meetings) if (pred(r.outcome)) m.set(r.school, (m.get(r.school) ?? 0) + Number(r.n));
      return m;
    };
    put(
      "council_meetings",
      sumBy(() => true),
    );
    put(
      "support_assigned",
      sumBy((o) => o === "support_assigned"),
    );
    put(
      "refusals_referred",
      sumBy((o) => o === "representatives_refused"),
    );
    const closed = await sql<{ school: string; n: number }>`
      SELECT m.issuer_body_id AS school, count(*) AS n
      FROM measure m
      WHERE m.kind = 'pedagogical_support' AND m.issuer_body_id = ANY(${ids}::uuid[])
        AND EXISTS (SELECT 1 FROM measure_fact f WHERE f.measure_id = m.id AND f.type = 'terminated'
          AND (f.at AT TIME ZONE 'Asia/Almaty')::date BETWEEN ${from}::date AND ${until}::date)
        AND EXISTS (SELECT 1 FROM support_plan_step s WHERE s.measure_id = m.id)
        AND NOT EXISTS (SELECT 1 FROM support_plan_step s WHERE s.measure_id = m.id AND s.done_on IS NULL)
      GROUP BY m.issuer_body_id`.execute(db);
    put("support_closed_achieved", tally(closed.rows));
    const reports = await sql<{ school: string; n: number }>`
      SELECT r.taken_by_body_id AS school, count(*) AS n FROM citizen_report r
      WHERE r.taken_by_body_id = ANY(${ids}::uuid[])
        AND (r.received_at AT TIME ZONE 'Asia/Almaty')::date BETWEEN ${from}::date AND ${until}::date
      GROUP BY r.taken_by_body_id`.execute(db);
    put("offences_by_pupils_reported", tally(reports.rows));
  }
  const figures = SCHOOL_ANALYSIS_FIGURES.flatMap((f) =>
    f.code === BY_CRITERION
      ? PEDAGOGICAL_SUPPORT_CRITERION_INFO.filter((c) => criteriaSeen.has(c.id)).map((c) => ({
          code: `${BY_CRITERION}.${c.id}`,
          article: String(c.article),
        }))
      : [{ code: f.code, article: String(f.article) }],
  );
  const totals: Record<string, number> = {};
  for (const f of figures) totals[f.code] = ids.reduce((sum, id) => sum + (values.get(id)![f.code] ?? 0), 0);
  const territory = await db
    .selectFrom("territory")
    .select(["id", "name_kk", "name_ru", "name_en"])
    .where("id", "=", s.territoryId)
    .executeTakeFirstOrThrow();
  await recordAudit(db, ctx.audit, {
    action: "school_analysis.read",
    recordType: "territory",
    recordId: territory.id,
    fields: ["figures"],
  });
  return {
    year: q.year,
    quarter: q.quarter,
    from,
    until,
    territory: {
      id: territory.id,
      name: { kk: territory.name_kk, ru: territory.name_ru, en: territory.name_en },
    },
    figures,
    schools: schools.map((x) => ({
      school: {
        id: x.id,
        name: { kk: x.name_kk, ru: x.name_ru, en: x.name_en },
        territoryName: { kk: x.t_kk, ru: x.t_ru, en: x.t_en },
      },
      values: values.get(x.id)!,
    })),
    totals,
  };
}
