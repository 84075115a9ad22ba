import { sql, type SqlBool } from "kysely";
import { addCalendarDays, legalDateOf } from "@aldyn/law";
import type {
  DueCheck,
  DueCheckRecord,
  DueChecksPage,
  WorklistFilters,
  WorklistQuery,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { worklistPage, type Named } from "./worklist-page.ts";
import { checkStatus, resolveScope, scopeFilter, visibleName, type ResolvedScope } from "./worklist-scope.ts";

/**
 * The checks of preventive control due (001 Arts. 51(6), 59(10), 60(5)): of running measures and of
 * running register entries, from the stored next-due dates. Whether a measure still runs and whether a
 * check is overdue is decided against today's date at read time, so the list is right without a job
 * (a minor's entry stops at the 18th birthday through its stored last day).
 */
function dueChecksQuery(db: Db, scope: ResolvedScope, today: string, horizon: string) {
  const measures = db
    .selectFrom("measure as m")
    .select([
      sql<string>`'measure'`.as("source"),
      "m.id",
      "m.person_id",
      "m.kind as what",
      "m.territory_path",
      sql<string>`m.next_control_due::text`.as("due_on"),
    ])
    .where("m.next_control_due", "<=", horizon)
    .where("m.status", "=", "active")
    .where((eb) => eb.or([eb("m.valid_until", "is", null), eb("m.valid_until", ">=", today)]))
    .where(
      scopeFilter(scope, {
        path: "m.territory_path",
        body: "m.issuer_body_id",
        user: "m.issuer_user_id",
      }),
    );
  const entries = db
    .selectFrom("register_entry as e")
    .select([
      sql<string>`'register_entry'`.as("source"),
      "e.id",
      "e.person_id",
      "e.ground as what",
      "e.territory_path",
      sql<string>`e.next_control_due::text`.as("due_on"),
    ])
    .where("e.next_control_due", "<=", horizon)
    .where("e.status", "=", "active")
    .where((eb) => eb.or([eb("e.last_day", "is", null), eb("e.last_day", ">=", today)]))
    .where(
      scopeFilter(scope, {
        path: "e.territory_path",
        body: "e.placed_by_body",
        user: "e.placed_by_user",
      }),
    );
  // One row per person and day: a warning and the register entry it placed fall due together, and one
  // visit is the check of both (a check is carried between an entry and its measures, 001 Art. 59(10)).
  // A measure on an organisation has no person: it stays a row of its own. Names are read for the rows
  // shown only (withNames). The grouped rows are a subquery, so a count of the list (paging.ts pageOf)
  // counts rows, not records.
  const grouped = db
    .selectFrom(measures.unionAll(entries).as("w"))
    .select([
      "w.person_id",
      "w.due_on",
      sql<string>`min(w.territory_path)`.as("territory_path"),
      sql<string>`min(w.id::text)`.as("first_id"),
      sql<DueCheckRecord[]>`json_agg(json_build_object('source', w.source, 'id', w.id, 'what', w.what)
        ORDER BY w.source DESC, w.id)`.as("records"),
    ])
    .groupBy(["w.person_id", "w.due_on", sql`CASE WHEN w.person_id IS NULL THEN w.id END`]);
  return db
    .selectFrom(grouped.as("g"))
    .select(["g.person_id", "g.due_on", "g.territory_path", "g.first_id", "g.records"]);
}

type Row = Awaited<ReturnType<ReturnType<typeof dueChecksQuery>["execute"]>>[number];

/**
 * The due checks of a query, filtered and unordered, with the day they are judged against; refused
 * (403) for a reader without access to control checks, or outside the actor's territory.
 */
export async function dueChecks(deps: MeasureDeps, ctx: ActCtx, q: WorklistFilters) {
  authorizeOn(ctx.actor, "read", { type: "control_check", territoryPath: ctx.actor.territoryPath });
  const scope = await resolveScope(deps.db, ctx.actor, q);
  const today = legalDateOf(deps.now());
  const horizon = addCalendarDays(today, q.withinDays);
  const base = dueChecksQuery(deps.db, scope, today, horizon);
  const toItem = (r: Named<Row>): DueCheck => ({
    records: r.records,
    personId: r.person_id,
    personName: visibleName(ctx.actor, r.territory_path, r),
    territoryPath: r.territory_path,
    dueOn: r.due_on,
    status: checkStatus(r.due_on, today),
  });
  const status = {
    overdue: sql<SqlBool>`c.due_on < ${today}`,
    due: sql<SqlBool>`c.due_on = ${today}`,
    upcoming: sql<SqlBool>`c.due_on > ${today}`,
  };
  return {
    base,
    scope,
    status,
    toItem,
    order: (x: typeof base) => x.orderBy("g.due_on").orderBy("g.first_id"),
  };
}
/** One page of due checks with counts by status and by district, audited with the persons shown. */
export async function listDueChecks(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: WorklistQuery,
): Promise<DueChecksPage> {
  const { base, scope, status, toItem, order } = await dueChecks(deps, ctx, q);
  const audit = { ctx, action: "worklist.checks", recordType: "control_check" };
  const { rows, total, counts, byTerritory } = await worklistPage(
    deps.db,
    base,
    order,
    scope,
    status,
    q,
    audit,
    deps.pool,
  );
  return { items: rows.map(toItem), total, page: q.page, pageSize: q.pageSize, counts, byTerritory };
}
