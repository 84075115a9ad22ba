import { legalDateOf, REHABILITATION_ACTIVITIES } from "@aldyn/law";
import type {
  RehabilitationActivity,
  RehabilitationActivityCreate,
  RehabilitationActivityEnd,
  RehabilitationActivityList,
  RehabilitationCheckCreate,
} from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { activityStateOn } from "./activity-state.ts";
import { lockEntry, minorEntryInScope, minorOn, onRegisterOn } from "./minor-entry.ts";

const ARTICLE = "001 Art. 82(2)";
/** What an activity shows of the minor (audited by name). */
const ACTIVITY_FIELDS = ["activity", "provider", "duties", "checks"] as const;

function loadActivities(db: Db, entryId: string) {
  return db
    .selectFrom("rehabilitation_activity")
    .selectAll()
    .where("register_entry_id", "=", entryId)
    .orderBy("from_on")
    .orderBy("created_at")
    .execute();
}

/** The entry's activities of 82(2) with their checks and state today. */
async function activityViews(deps: MeasureDeps, entryId: string): Promise<RehabilitationActivity[]> {
  const rows = await loadActivities(deps.db, entryId);
  const checks =
    rows.length === 0
      ? []
      : await deps.db
          .selectFrom("rehabilitation_check")
          .selectAll()
          .where(
            "activity_id",
            "in",
            rows.map((r) => r.id),
          )
          .orderBy("checked_on", "desc")
          .orderBy("recorded_at", "desc")
          .execute();
  const today = legalDateOf(deps.now());
  return rows.map((r) => {
    const s = activityStateOn(
      { from: r.from_on, until: r.until_on, endedOn: r.ended_on, lastCheckOn: r.last_check_on },
      today,
    );
    return {
      id: r.id,
      entryId: r.register_entry_id,
      activity: r.activity,
      article: REHABILITATION_ACTIVITIES.find((a) => a.id === r.activity)?.article ?? ARTICLE,
      provider: r.provider,
      providerBodyId: r.provider_body_id,
      fromOn: r.from_on,
      untilOn: r.until_on,
      duties: r.duties,
      lastCheckOn: r.last_check_on,
      endedOn: r.ended_on,
      endedReason: r.ended_reason,
      state: s.state,
      checkDueOn: s.checkDueOn,
      checks: checks
        .filter((c) => c.activity_id === r.id)
        .map((c) => ({
          id: c.id,
          checkedOn: c.checked_on,
          outcome: c.outcome,
          note: c.note,
          recordedAt: new Date(c.recorded_at).toISOString(),
        })),
    };
  });
}

/** The rehabilitation activities of a registered minor (an audited read). */
export async function listActivities(
  deps: MeasureDeps,
  ctx: ActCtx,
  entryId: string,
): Promise<RehabilitationActivityList> {
  await minorEntryInScope(deps, ctx, entryId);
  await recordAudit(deps.db, ctx.audit, {
    action: "rehabilitation_activity.list",
    recordType: "register_entry",
    recordId: entryId,
    fields: [...ACTIVITY_FIELDS],
  });
  return { items: await activityViews(deps, entryId) };
}

/**
 * Records an activity the individual prevention measures of a registered minor take into account (001
 * Art. 82(2)(1)-(8)): one of the law's list (422 rehabilitation_activity.unknown), for a person under 18
 * on the register on its first day (422 rehabilitation_activity.not_registered_minor).
 */
export async function addActivity(
  deps: MeasureDeps,
  ctx: ActCtx,
  entryId: string,
  body: RehabilitationActivityCreate,
): Promise<string> {
  const e = await minorEntryInScope(deps, ctx, entryId, true);
  const info = REHABILITATION_ACTIVITIES.find((a) => a.id === body.activity);
  if (!info)
    throw new AppError(
      "rehabilitation_activity.unknown",
      `Not an activity of 001 Art. 82(2): ${body.activity}.`,
      {
        field: "activity",
        article: ARTICLE,
      },
    );
  const untilOn = body.untilOn ?? null;
  if (untilOn !== null && untilOn < body.fromOn)
    throw new AppError("validation.failed", "The activity cannot end before it begins.", {
      field: "untilOn",
    });
  if (!onRegisterOn(e, body.fromOn) || !minorOn(e, body.fromOn))
    throw new AppError(
      "rehabilitation_activity.not_registered_minor",
      "The activities of 001 Art. 82(2) are for a minor on the preventive register on the activity's first day.",
      { field: "fromOn", article: ARTICLE },
    );
  if (body.providerBodyId !== undefined) {
    const b = await deps.db
      .selectFrom("body")
      .select("id")
      .where("id", "=", body.providerBodyId)
      .executeTakeFirst();
    if (!b) throw new AppError("validation.failed", "No such body.", { field: "providerBodyId" });
  }
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("rehabilitation_activity")
      .values({
        register_entry_id: entryId,
        activity: body.activity,
        provider: body.provider,
        provider_body_id: body.providerBodyId ?? null,
        from_on: body.fromOn,
        until_on: untilOn,
        duties: body.duties,
        recorded_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: "rehabilitation_activity.create",
      recordType: "register_entry",
      recordId: entryId,
      fields: ["activity", "provider", "duties"],
    });
    return row.id;
  });
}

/** The activity and its entry, in the actor's scope (404 when absent). */
async function activityInScope(deps: MeasureDeps, ctx: ActCtx, id: string, write: boolean) {
  const a = await deps.db
    .selectFrom("rehabilitation_activity")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!a) throw notFound("The rehabilitation activity");
  const e = await minorEntryInScope(deps, ctx, a.register_entry_id, write);
  return { a, e };
}

/** Whether an activity is over on a day (ended by hand, or past its term). */
function endedBy(a: { ended_on: string | null; until_on: string | null }, on: string): boolean {
  return (a.ended_on !== null && a.ended_on <= on) || (a.until_on !== null && a.until_on < on);
}

/**
 * A check of how the minor takes part in an activity: within its term, not after today; the activity's
 * last_check_on projection is written with it (ARCHITECTURE.md: facts in, state out).
 */
export async function recordCheck(
  deps: MeasureDeps,
  ctx: ActCtx,
  activityId: string,
  body: RehabilitationCheckCreate,
): Promise<string> {
  const { a } = await activityInScope(deps, ctx, activityId, true);
  const today = legalDateOf(deps.now());
  if (body.checkedOn > today)
    throw new AppError("validation.failed", "A check cannot be dated after today.", { field: "checkedOn" });
  if (a.ended_on !== null && a.ended_on < body.checkedOn)
    throw new AppError("rehabilitation_activity.ended", "The activity has ended; it takes no more checks.", {
      field: "checkedOn",
    });
  if (body.checkedOn < a.from_on || (a.until_on !== null && body.checkedOn > a.until_on))
    throw new AppError(
      "rehabilitation_activity.check_outside_term",
      `A check falls within the activity's term (${a.from_on} – ${a.until_on ?? "…"}).`,
      { field: "checkedOn", article: ARTICLE },
    );
  return deps.db.transaction().execute(async (trx) => {
    await lockEntry(trx, a.register_entry_id);
    const row = await trx
      .insertInto("rehabilitation_check")
      .values({
        activity_id: activityId,
        checked_on: body.checkedOn,
        outcome: body.outcome,
        note: body.note ?? null,
        recorded_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const last = await trx
      .selectFrom("rehabilitation_check")
      .select((eb) => eb.fn.max("checked_on").as("on"))
      .where("activity_id", "=", activityId)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("rehabilitation_activity")
      .set({ last_check_on: last.on as string })
      .where("id", "=", activityId)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: "rehabilitation_activity.check",
      recordType: "register_entry",
      recordId: a.register_entry_id,
      fields: ["checks"],
    });
    return row.id;
  });
}

/** Ends an activity (completed, stopped, the minor came of age) — once, not before it began. */
export async function endActivity(
  deps: MeasureDeps,
  ctx: ActCtx,
  activityId: string,
  body: RehabilitationActivityEnd,
): Promise<void> {
  const { a } = await activityInScope(deps, ctx, activityId, true);
  const today = legalDateOf(deps.now());
  if (a.ended_on !== null || endedBy(a, today))
    throw new AppError("rehabilitation_activity.ended", "The activity has already ended.", {
      field: "endedOn",
    });
  if (body.endedOn > today || body.endedOn < a.from_on)
    throw new AppError("validation.failed", "The end falls between the activity's start and today.", {
      field: "endedOn",
    });
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("rehabilitation_activity")
      .set({ ended_on: body.endedOn, ended_reason: body.reason })
      .where("id", "=", activityId)
      .where("ended_on", "is", null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0)
      throw new AppError("rehabilitation_activity.ended", "The activity has already ended.", {
        field: "endedOn",
      });
    await recordAudit(trx, ctx.audit, {
      action: "rehabilitation_activity.end",
      recordType: "register_entry",
      recordId: a.register_entry_id,
      fields: ["activity"],
    });
  });
}

/** One activity as shown after a write (the write's audit row covers the read). */
export async function activityView(
  deps: MeasureDeps,
  entryId: string,
  id: string,
): Promise<RehabilitationActivity> {
  return (await activityViews(deps, entryId)).find((x) => x.id === id)!;
}
