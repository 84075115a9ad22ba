import { sql } from "kysely";
import { ageOn, addCalendarDays, controlFrequencyFor, legalDateOf, type LikelihoodLevel } from "@aldyn/law";
import type { LikelihoodAssessment, LikelihoodDecision } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { entryInScope } from "./read-register-entry.ts";
import { legalMinimumOf, loadLinkedMeasures, refreshEntry, type EntryRow } from "./register-entry-state.ts";
import { LIKELIHOOD_THRESHOLDS, scoreLikelihood, type LikelihoodRecord } from "./likelihood-score.ts";

async function recordOf(db: Db, e: EntryRow, today: string): Promise<LikelihoodRecord> {
  const since = addCalendarDays(today, -365);
  const measures = await db
    .selectFrom("measure")
    .select(["kind", "issued_at", "violations", "status"])
    .where("person_id", "=", e.person_id)
    .execute();
  const live = measures.filter((m) => m.status !== "annulled");
  const checks = await db
    .selectFrom("register_fact as f")
    .innerJoin("register_entry as r", "r.id", "f.entry_id")
    .select(sql<string>`f.data->>'outcome'`.as("outcome"))
    .where("r.person_id", "=", e.person_id)
    .where("f.type", "=", "control_check")
    .execute();
  const earlier = await db
    .selectFrom("register_entry")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("person_id", "=", e.person_id)
    .where("id", "<>", e.id)
    .where("placed_on", "<=", e.placed_on)
    .executeTakeFirstOrThrow();
  return {
    measuresLastYear: live.filter((m) => legalDateOf(new Date(m.issued_at)) >= since).length,
    protectiveOrders: live.filter((m) => m.kind === "protective_order").length,
    violations:
      live.reduce((s, m) => s + m.violations, 0) +
      checks.filter((c) => c.outcome === "violation_found").length,
    absentAtChecks: checks.filter((c) => c.outcome === "not_at_home" || c.outcome === "not_found").length,
    earlierEntries: Number(earlier.n),
    age: ageOn(e.birth_date, today),
  };
}

async function assessmentOf(deps: MeasureDeps, e: EntryRow): Promise<LikelihoodAssessment> {
  const today = legalDateOf(deps.now());
  const { score, level, factors } = scoreLikelihood(await recordOf(deps.db, e, today));
  const legalMinimum = legalMinimumOf(await loadLinkedMeasures(deps.db, e.id));
  const proposal = controlFrequencyFor({ ...(legalMinimum ? { legalMinimum } : {}), likelihood: level });
  return {
    score,
    proposedLevel: level,
    factors,
    thresholds: { ...LIKELIHOOD_THRESHOLDS },
    legalMinimum: legalMinimum ?? null,
    proposedFrequency: proposal.frequency,
    frequencySource: proposal.source,
    article: proposal.article,
  };
}

/** The proposal for an entry (001 Art. 59(10)), computed from the record now; nothing is stored. */
export async function proposeLikelihood(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
): Promise<LikelihoodAssessment> {
  const e = await entryInScope(deps, ctx, id);
  await recordAudit(deps.db, ctx.audit, {
    action: "register_entry.likelihood_read",
    recordType: "register_entry",
    recordId: id,
    fields: ["likelihood"],
  });
  return assessmentOf(deps, e);
}

/**
 * The inspector confirms the proposed level or sets another with a reason; the frequency of control
 * follows the chosen level and never falls below the legal minimum (the law's controlFrequencyFor).
 * The rationale (factors, proposal, decision, reason) is kept on the entry and as a fact.
 */
export async function assessLikelihood(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  body: LikelihoodDecision,
): Promise<void> {
  const e = await entryInScope(deps, ctx, id);
  authorizeOn(ctx.actor, "update", { type: "register_entry", territoryPath: e.territory_path });
  const a = await assessmentOf(deps, e);
  const level: LikelihoodLevel = body.level ?? a.proposedLevel;
  const overridden = level !== a.proposedLevel;
  if (overridden && !body.reason?.trim())
    throw new AppError("validation.failed", "State why the proposed level is changed.", { field: "reason" });
  const chosen = controlFrequencyFor({
    ...(a.legalMinimum ? { legalMinimum: a.legalMinimum } : {}),
    likelihood: level,
  });
  const today = legalDateOf(deps.now());
  const rationale = {
    assessment: a,
    level,
    overridden,
    reason: body.reason ?? null,
    frequency: chosen.frequency,
    frequencySource: chosen.source,
    article: chosen.article,
    decidedBy: ctx.userId,
    decidedOn: today,
  };
  await deps.db.transaction().execute(async (trx) => {
    const bumped = await trx
      .updateTable("register_entry")
      .set({
        version: sql`version + 1`,
        likelihood_level: level,
        likelihood_rationale: JSON.stringify(rationale),
        control_frequency: JSON.stringify(chosen.frequency),
      })
      .where("id", "=", id)
      .where("version", "=", body.version)
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) === 0)
      throw new AppError("conflict.stale_version", "Someone else changed this entry; reload and try again.", {
        field: "version",
      });
    const seq = await trx
      .selectFrom("register_fact")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("entry_id", "=", id)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("register_fact")
      .values({
        entry_id: id,
        seq: Number(seq.n),
        type: "likelihood_assessed",
        on: today,
        data: JSON.stringify(rationale),
        recorded_by: ctx.userId,
      })
      .execute();
    await refreshEntry(trx, deps, id);
    await recordAudit(trx, ctx.audit, {
      action: "register_entry.likelihood",
      recordType: "register_entry",
      recordId: id,
      fields: ["likelihood"],
    });
  });
}
