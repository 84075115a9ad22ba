import { sql, type SqlBool } from "kysely";
import { addCalendarDays, endOfLegalDate, legalDateOf } from "@aldyn/law";
import type { DueDutiesPage, DueDuty, WorklistFilters, WorklistQuery } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { bodyRestriction } from "../../access/scope.ts";
import type { Actor } from "../../access/roles.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { completingFact } from "./duty-completion.ts";
import { worklistPage, type Named } from "./worklist-page.ts";
import {
  resolveScope,
  scopeFilter,
  visibleName,
  type ResolvedScope,
  type WorkStatus,
} from "./worklist-scope.ts";

function dueDutiesQuery(db: Db, actor: Actor, scope: ResolvedScope, horizon: Date) {
  const scoped = db
    .selectFrom("measure_duty as d")
    .innerJoin("measure as m", "m.id", "d.measure_id")
    .select([
      "d.measure_id",
      "m.kind",
      "m.person_id",
      "d.code",
      "d.article",
      "d.territory_path",
      "d.due_at",
      "d.liability",
    ])
    .where("d.done_at", "is", null)
    .where("d.due_at", "is not", null)
    .where("d.due_at", "<=", horizon)
    .where(
      scopeFilter(scope, { path: "d.territory_path", body: "d.issuer_body_id", user: "d.issuer_user_id" }),
    );
  // A body-scoped reader (a school council) sees only its own body's measures (policy.ts BODY_SCOPED).
  const body = bodyRestriction(actor, "measure");
  return body === null ? scoped : scoped.where("d.issuer_body_id", "=", body);
}
type Row = Awaited<ReturnType<ReturnType<typeof dueDutiesQuery>["execute"]>>[number];

/**
 * Duties not yet done whose term falls by the horizon: the prosecutor's copy within 24 hours (001 Art.
 * 51(3)), the answer to a statutory notice within a month (57(2)), the release notices and the akimat's
 * submission (80(10)-(11), 81(11)-(12))… The duty rows are the law's derivation stored with the
 * measure; overdue is decided against the current instant at read time. Filtered and unordered.
 *
 * A duty is due from the moment its term ends within a day: today's, and one whose term runs in hours
 * — the prosecutor's copy within 24 hours of issue (001 Art. 51(3)) is due now, not "upcoming" for the
 * next day; past its hour it is overdue.
 */
export async function dueDuties(deps: MeasureDeps, ctx: ActCtx, q: WorklistFilters) {
  authorizeOn(ctx.actor, "read", { type: "measure", territoryPath: ctx.actor.territoryPath });
  const scope = await resolveScope(deps.db, ctx.actor, q);
  const now = deps.now();
  const today = legalDateOf(now);
  const endToday = endOfLegalDate(today);
  const dayAhead = new Date(now.getTime() + 24 * 3600_000);
  const dueBy = dayAhead > endToday ? dayAhead : endToday;
  // The window reaches the due duties of the next 24 hours even at 0 days (due today or overdue).
  const endWindow = endOfLegalDate(addCalendarDays(today, q.withinDays));
  const horizon = endWindow > dueBy ? endWindow : dueBy;
  const base = dueDutiesQuery(deps.db, ctx.actor, scope, horizon);
  const statusOf = (at: Date): WorkStatus => (at < now ? "overdue" : at <= dueBy ? "due" : "upcoming");
  const toItem = (r: Named<Row>): DueDuty => {
    const dueAt = new Date(r.due_at!);
    return {
      measureId: r.measure_id,
      kind: r.kind,
      personId: r.person_id,
      personName: visibleName(ctx.actor, r.territory_path, r),
      code: r.code,
      article: r.article,
      territoryPath: r.territory_path,
      dueAt: dueAt.toISOString(),
      // Missing the duty entails liability (001 Art. 57(3)) once it is overdue.
      liability: r.liability || (r.code === "statutory_notice.answer" && dueAt < now),
      completedBy: completingFact(r.code),
      status: statusOf(dueAt),
    };
  };
  const status = {
    overdue: sql<SqlBool>`c.due_at < ${now}`,
    due: sql<SqlBool>`c.due_at >= ${now} and c.due_at <= ${dueBy}`,
    upcoming: sql<SqlBool>`c.due_at > ${dueBy}`,
  };
  return {
    base,
    scope,
    status,
    toItem,
    order: (x: typeof base) => x.orderBy("d.due_at").orderBy("d.measure_id").orderBy("d.code"),
  };
}

/**
 * One page of due duties, names for the page only, with counts by status and by district, audited
 * with the persons shown.
 */
export async function listDueDuties(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: WorklistQuery,
): Promise<DueDutiesPage> {
  const { base, scope, status, toItem, order } = await dueDuties(deps, ctx, q);
  const audit = { ctx, action: "worklist.duties", recordType: "measure" };
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
