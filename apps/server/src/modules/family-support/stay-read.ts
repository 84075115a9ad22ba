import { sql } from "kysely";
import { addCalendarDays, deriveShelterStay, legalDateOf, SHELTER_STAY_ENDING_DAYS } from "@aldyn/law";
import type { ShelterStay, StayPage } from "@aldyn/contract";
import { can } from "../../access/can.ts";
import { recordAudit, recordAuditMany } from "../../audit/record.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import { notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeCase, familyCase, personNames, personRef, type Q } from "./fs-common.ts";

interface StayRow {
  id: string;
  shelter_id: string;
  shelter_name: string;
  person_id: string;
  family_id: string | null;
  incident_id: string | null;
  admitted_on: string;
  planned_until: string;
  departed_on: string | null;
  version: number;
}

const COLUMNS = [
  "st.id",
  "st.shelter_id",
  "s.name as shelter_name",
  "st.person_id",
  "st.family_id",
  "st.incident_id",
  "st.admitted_on",
  "st.planned_until",
  "st.departed_on",
  "st.version",
] as const;

async function toStays(
  db: Q,
  rows: readonly StayRow[],
  today: string,
  withFacts: boolean,
): Promise<ShelterStay[]> {
  const names = await personNames(
    db,
    rows.map((r) => r.person_id),
  );
  const facts =
    withFacts && rows.length > 0
      ? await db
          .selectFrom("shelter_stay_fact")
          .selectAll()
          .where(
            "stay_id",
            "in",
            rows.map((r) => r.id),
          )
          .orderBy("seq")
          .execute()
      : [];
  return rows.map((r) => {
    const d = deriveShelterStay(
      { admittedOn: r.admitted_on, plannedUntil: r.planned_until, departedOn: r.departed_on },
      today,
    );
    return {
      id: r.id,
      shelter: { id: r.shelter_id, name: r.shelter_name },
      person: personRef(r.person_id, names, true),
      familyId: r.family_id,
      incidentId: r.incident_id,
      admittedOn: r.admitted_on,
      plannedUntil: r.planned_until,
      departedOn: r.departed_on,
      state: d.state,
      latestEnd: d.latestEnd,
      daysLeft: d.daysLeft,
      facts: facts
        .filter((f) => f.stay_id === r.id)
        .map((f) => ({ seq: f.seq, type: f.type, at: new Date(f.at).toISOString(), data: f.data })),
      version: r.version,
    };
  });
}

/** One stay with its facts and its clock derived now (001 Art. 72(2)); victims' data, audited. */
export async function readStay(deps: MeasureDeps, ctx: ActCtx, id: string): Promise<ShelterStay> {
  const r = await deps.db
    .selectFrom("shelter_stay as st")
    .innerJoin("shelter as s", "s.id", "st.shelter_id")
    .select([...COLUMNS, "s.territory_path", "s.centre_body_id"])
    .where("st.id", "=", id)
    .executeTakeFirst();
  if (!r) throw notFound("The stay");
  authorizeCase(ctx.actor, "read_personal", r.territory_path, r.centre_body_id);
  await recordAudit(deps.db, ctx.audit, {
    action: "shelter_stay.read",
    recordType: "shelter_stay",
    recordId: id,
    fields: ["person"],
  });
  return (await toStays(deps.db, [r], legalDateOf(deps.now()), true))[0]!;
}

/**
 * The stays in the reader's territory: `current` (not departed: staying, ending, overdue) by default;
 * `ending` — 3 days or fewer left (the law package's reading), `overdue` — past the planned end.
 */
export async function listStays(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: {
    state?: "current" | "staying" | "ending" | "overdue" | "departed" | "all" | undefined;
    shelterId?: string | undefined;
    familyId?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<StayPage> {
  authorizeCase(ctx.actor, "read_personal", ctx.actor.territoryPath, ctx.actor.bodyId);
  const today = legalDateOf(deps.now());
  const ending = addCalendarDays(today, SHELTER_STAY_ENDING_DAYS);
  let query = deps.db
    .selectFrom("shelter_stay as st")
    .innerJoin("shelter as s", "s.id", "st.shelter_id")
    .where(inTerritory("s.territory_path", ctx.actor.territoryPath));
  const state = q.state ?? "current";
  if (state !== "all" && state !== "departed") query = query.where("st.state", "=", "staying");
  if (state === "departed") query = query.where("st.state", "=", "departed");
  if (state === "staying") query = query.where("st.planned_until", ">", ending);
  if (state === "ending")
    query = query.where("st.planned_until", ">=", today).where("st.planned_until", "<=", ending);
  if (state === "overdue") query = query.where("st.planned_until", "<", today);
  if (q.shelterId) query = query.where("st.shelter_id", "=", q.shelterId);
  if (q.familyId) query = query.where("st.family_id", "=", q.familyId);
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await query
    .select([...COLUMNS, "s.territory_path", "s.centre_body_id"])
    .orderBy("st.planned_until")
    .orderBy("st.id")
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  // A rule limited to a body (another centre's shelter) leaves its stays out.
  const visible = rows.filter(
    (r) => can(ctx.actor, "read_personal", familyCase(r.territory_path, r.centre_body_id)).allowed,
  );
  await recordAuditMany(
    deps.db,
    ctx.audit,
    visible.map((r) => ({
      action: "shelter_stay.read",
      recordType: "shelter_stay",
      recordId: r.id,
      fields: ["person"],
    })),
  );
  return {
    items: await toStays(deps.db, visible, today, false),
    total: Number(total.n),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Counts for the worklist: stays ending within 3 days and overdue, in a territory. */
export async function stayCounts(db: Q, territoryPath: string, today: string) {
  const ending = addCalendarDays(today, SHELTER_STAY_ENDING_DAYS);
  const r = await sql<{ ending: number; overdue: number }>`
    SELECT count(*) FILTER (WHERE st.planned_until BETWEEN ${today}::date AND ${ending}::date)::integer AS ending,
           count(*) FILTER (WHERE st.planned_until < ${today}::date)::integer AS overdue
      FROM shelter_stay st JOIN shelter s ON s.id = st.shelter_id
     WHERE st.state = 'staying' AND ${inTerritory("s.territory_path", territoryPath)}`.execute(db);
  return r.rows[0]!;
}
