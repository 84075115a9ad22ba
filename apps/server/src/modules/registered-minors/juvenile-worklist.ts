import { sql, type SqlBool } from "kysely";
import {
  addCalendarDays,
  ageOn,
  dateOfAge,
  legalDateOf,
  REGISTER_MAJORITY_AGE,
  type LegalDate,
} from "@aldyn/law";
import type {
  JuvenileSummary,
  JuvenileWorklistFilter,
  JuvenileWorklistItem,
  JuvenileWorklistPage,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { inTerritoryRange } from "../../db/territory-scope.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { keyWords, wordConditions } from "../persons/search-persons.ts";
import { withNames } from "../worklists/worklist-page.ts";
import { ACTIVITY_CHECK_DAYS, activityStateOn } from "./activity-state.ts";

/** The 18th birthday "within 30 days" the worklist warns of (the entry ends then, 001 Art. 59(8)(4)). */
export const TURNING_18_DAYS = 30;

/**
 * The latest birth date of a person who is 18 on `on` (ageOn's rule, 29 February included): a person
 * is a minor on `on` exactly when born after it. Dates compare as strings.
 */
function adultBornBy(on: LegalDate): LegalDate {
  return `${String(Number(on.slice(0, 4)) - REGISTER_MAJORITY_AGE).padStart(4, "0")}${on.slice(4)}`;
}

interface Flags {
  checkDue: ReturnType<typeof sql<SqlBool>>;
  restricted: ReturnType<typeof sql<SqlBool>>;
  turning18: ReturnType<typeof sql<SqlBool>>;
}

/** The conditions of the filters, over `e` (register_entry) and `p` (person), for the day. */
function flags(today: LegalDate): Flags {
  const lastCheckBy = addCalendarDays(today, -ACTIVITY_CHECK_DAYS);
  return {
    // A control check of the entry due (59(10)) or an activity of 82(2) without a check for 30 days
    // (the law's activityCheckDueOn: from the later of the last check and the start).
    checkDue: sql<SqlBool>`(e.next_control_due <= ${today}::date OR EXISTS (
      SELECT 1 FROM rehabilitation_activity a WHERE a.register_entry_id = e.id
        AND (a.ended_on IS NULL OR a.ended_on > ${today}::date)
        AND (a.until_on IS NULL OR a.until_on >= ${today}::date)
        AND greatest(a.last_check_on, a.from_on) <= ${lastCheckBy}::date))`,
    restricted: sql<SqlBool>`coalesce(cardinality((SELECT r.restrictions FROM minor_restriction r
      WHERE r.register_entry_id = e.id AND r.ruling_on <= ${today}::date ORDER BY r.seq DESC LIMIT 1)), 0) > 0`,
    turning18: sql<SqlBool>`p.birth_date <= ${adultBornBy(addCalendarDays(today, TURNING_18_DAYS))}::date`,
  };
}

/**
 * Active register entries of persons under 18 today in the actor's territory — for the juvenile
 * inspector, the district's registered minors (001 Arts. 59(2), 82).
 */
function minorsBase(db: Db, actorPath: string, today: LegalDate) {
  return db
    .selectFrom("register_entry as e")
    .innerJoin("person as p", "p.id", "e.person_id")
    .where(inTerritoryRange("e.territory_path", actorPath))
    .where("e.status", "=", "active")
    .where((eb) => eb.or([eb("e.last_day", "is", null), eb("e.last_day", ">=", today)]))
    .where("e.placed_on", "<=", today)
    .where("p.birth_date", ">", adultBornBy(today));
}

function authorizeList(ctx: ActCtx, personal: boolean): void {
  const resource = { type: "register_entry" as const, territoryPath: ctx.actor.territoryPath };
  authorizeOn(ctx.actor, "read", resource);
  if (personal) authorizeOn(ctx.actor, "read_personal", resource);
}

/**
 * The list's counts by filter: of rows (register entries) for the worklist's tabs, of persons for the
 * home block — a minor with two active entries (a warning and a protective order) is one minor.
 */
async function countsOf(
  db: Db,
  actorPath: string,
  today: LegalDate,
  unit: "entries" | "persons" = "entries",
) {
  const f = flags(today);
  const n = (cond: ReturnType<typeof sql<SqlBool>> | null) => {
    const what = unit === "persons" ? sql`DISTINCT e.person_id` : sql`*`;
    return cond === null
      ? sql<number>`count(${what})::int`
      : sql<number>`(count(${what}) FILTER (WHERE ${cond}))::int`;
  };
  return minorsBase(db, actorPath, today)
    .select([
      n(null).as("all"),
      n(f.checkDue).as("check_due"),
      n(f.restricted).as("restricted"),
      n(f.turning18).as("turning_18"),
    ])
    .executeTakeFirstOrThrow();
}

/**
 * The juvenile inspector's worklist (001 Art. 82): the district's minors on the register with the
 * restrictions in force (82(3)), the activities and their state (82(2)), the next control check
 * (59(10)) and the 18th birthday. Names are read for the page shown, with its audit rows (withNames).
 */
export async function juvenileWorklist(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: { filter: JuvenileWorklistFilter; q?: string | undefined; page: number; pageSize: number },
): Promise<JuvenileWorklistPage> {
  authorizeList(ctx, true);
  const today = legalDateOf(deps.now());
  const f = flags(today);
  let base = minorsBase(deps.db, ctx.actor.territoryPath, today);
  if (q.filter === "check_due") base = base.where(f.checkDue);
  if (q.filter === "restricted") base = base.where(f.restricted);
  if (q.filter === "turning_18") base = base.where(f.turning18);
  if (q.q) for (const c of wordConditions(await keyWords(deps.db, q.q))) base = base.where(c);
  const [rows, total, counts] = await Promise.all([
    base
      .select([
        "e.id",
        "e.person_id",
        "e.territory_path",
        "e.ground",
        "e.placed_on",
        "p.birth_date",
        sql<string | null>`e.next_control_due::text`.as("next_control_due"),
        sql<string[] | null>`(SELECT r.restrictions FROM minor_restriction r WHERE r.register_entry_id = e.id
          AND r.ruling_on <= ${today}::date ORDER BY r.seq DESC LIMIT 1)`.as("restrictions"),
      ])
      .orderBy(sql`e.next_control_due ASC NULLS LAST`)
      .orderBy("p.birth_date")
      .orderBy("e.id")
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow(),
    countsOf(deps.db, ctx.actor.territoryPath, today),
  ]);
  const named = await withNames(deps.db, rows, {
    ctx,
    action: "worklist.juvenile",
    recordType: "register_entry",
  });
  const activities =
    rows.length === 0
      ? []
      : await deps.db
          .selectFrom("rehabilitation_activity")
          .select(["id", "register_entry_id", "activity", "from_on", "until_on", "ended_on", "last_check_on"])
          .where(
            "register_entry_id",
            "in",
            rows.map((r) => r.id),
          )
          .orderBy("from_on")
          .execute();
  const items: JuvenileWorklistItem[] = named.map((r) => ({
    entryId: r.id,
    personId: r.person_id,
    personName: r.last_name_cyr === null ? null : `${r.last_name_cyr} ${r.first_name_cyr ?? ""}`.trim(),
    birthDate: r.birth_date,
    age: ageOn(r.birth_date, today),
    turns18On: dateOfAge(r.birth_date, REGISTER_MAJORITY_AGE),
    ground: r.ground,
    placedOn: r.placed_on,
    nextControlDue: r.next_control_due,
    controlOverdue: r.next_control_due !== null && r.next_control_due < today,
    restrictions: r.restrictions ?? [],
    activities: activities
      .filter((a) => a.register_entry_id === r.id)
      .map((a) => ({
        id: a.id,
        activity: a.activity,
        state: activityStateOn(
          { from: a.from_on, until: a.until_on, endedOn: a.ended_on, lastCheckOn: a.last_check_on },
          today,
        ).state,
      })),
  }));
  return { items, total: total.n, page: q.page, pageSize: q.pageSize, counts };
}

/** The juvenile inspector's home block: counts of minors only, no person (no read audit needed). */
export async function juvenileSummary(deps: MeasureDeps, ctx: ActCtx): Promise<JuvenileSummary> {
  authorizeList(ctx, false);
  const c = await countsOf(deps.db, ctx.actor.territoryPath, legalDateOf(deps.now()), "persons");
  return { minors: c.all, checkDue: c.check_due, restricted: c.restricted, turning18: c.turning_18 };
}
