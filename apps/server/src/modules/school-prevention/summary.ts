import { legalDateOf, quarterOf } from "@aldyn/law";
import type { SchoolPreventionSummary } from "@aldyn/contract";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { schoolPupils } from "./pupils.ts";
import { schoolFor } from "./sp-common.ts";

/**
 * Today's work of the school's council for its home page (001 Arts. 78(2)-(4)): pupils meeting
 * 78(2)(4) not yet under increased attention, supports running, their overdue steps, refusals passed to
 * the commission this quarter. Counts only: nothing personal, so the read is not audited.
 */
export async function schoolSummary(deps: MeasureDeps, ctx: ActCtx): Promise<SchoolPreventionSummary> {
  const school = await schoolFor(deps.db, ctx.actor, "read");
  const today = legalDateOf(deps.now());
  const pupils = await schoolPupils(deps.db, school.id, today);
  const active = pupils.filter((p) => p.support && !p.support.refused && p.support.status !== "terminated");
  const q = quarterOf(today);
  const refusals = await deps.db
    .selectFrom("council_meeting")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("school_body_id", "=", school.id)
    .where("outcome", "=", "representatives_refused")
    .where("held_on", ">=", q.from)
    .where("held_on", "<=", q.until)
    .executeTakeFirstOrThrow();
  return {
    criterionMet: pupils.filter((p) => p.criterion.met && p.attention === null).length,
    supportsActive: active.length,
    stepsOverdue: active.reduce((n, p) => n + (p.support?.stepsOverdue ?? 0), 0),
    refusalsReferred: Number(refusals.n),
  };
}
