import {
  checkCouncilMeeting,
  legalDateOf,
  missedClassesCriterion,
  outcomeRefersToCommission,
  startOfLegalDate,
  type MeasureFact,
} from "@aldyn/law";
import type { CouncilMeetingCreate, MeasureCreate, SupportStepInput } from "@aldyn/contract";
import { auditValues } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { issueMeasure } from "../preventive-measures/issue-measure.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { appendFactsInTransaction } from "./refusal-facts.ts";
import { schoolFor, unknown, type Q, type School } from "./sp-common.ts";

/** The most days missed without a valid reason within one month, from the school's attendance (78(2)(4)). */
async function unexcusedDays(db: Q, schoolId: string, personId: string, asOf: string): Promise<number> {
  const rows = await db
    .selectFrom("school_absence")
    .select(["absent_on", "valid_reason"])
    .where("school_body_id", "=", schoolId)
    .where("person_id", "=", personId)
    .execute();
  return missedClassesCriterion({
    absences: rows.map((r) => ({ date: r.absent_on, validReason: r.valid_reason })),
    asOf,
  }).days;
}

/** Writes plan steps from `seq` on (inside the caller's transaction). */
export async function insertSteps(
  trx: Q,
  measureId: string,
  steps: readonly SupportStepInput[],
  from: number,
  userId: string,
): Promise<void> {
  if (steps.length === 0) return;
  await trx
    .insertInto("support_plan_step")
    .values(
      steps.map((s, i) => ({
        measure_id: measureId,
        seq: from + i,
        activity: s.activity,
        responsible: s.responsible,
        due_on: s.dueOn,
        created_by: userId,
      })),
    )
    .execute();
}

/**
 * Records a meeting of the school's prevention council on a pupil (001 Arts. 23(14), 78(3),(4)). The
 * law refuses first, with every refusal and nothing written: support assigned or refused without the
 * minor or without a legal representative present (78(3)), no criterion of 78(2). Then, in one transaction:
 * - support_assigned: the measure pedagogical_support issued by the measures' machinery (the law checks
 *   it again: a minor, the criteria, four days for 78(2)(4) from the school's attendance, who was
 *   present), the meeting, the plan's steps and the audit rows (issueMeasure's afterWrite);
 * - representatives_refused: the same measure, then its facts representative_refused and
 *   submitted_to_commission, whose hand-off pedagogical_support.refusal_referral goes to the commission
 *   on minors' affairs competent for the pupil's district (78(4)); no commission there: 422
 *   handoff.no_competent_body and nothing written;
 * - not_needed: the meeting alone (the minor and the representatives need not have taken part).
 */
export async function recordCouncilMeeting(
  deps: MeasureDeps,
  ctx: ActCtx,
  body: CouncilMeetingCreate,
): Promise<string> {
  const school = await schoolFor(deps.db, ctx.actor, "create");
  const refusals = checkCouncilMeeting({
    minorPresent: body.minorPresent,
    representativesPresent: body.representatives.length,
    criteria: body.criteria,
    outcome: body.outcome,
  });
  if (refusals.length > 0) throw AppError.fromRefusals(refusals);
  const today = legalDateOf(deps.now());
  if (body.heldOn > today)
    throw new AppError("validation.failed", "The meeting is recorded once it has been held.", {
      field: "heldOn",
    });
  const person = await deps.db
    .selectFrom("person")
    .select("id")
    .where("id", "=", body.personId)
    .executeTakeFirst();
  if (!person) throw unknown("personId", "The pupil");
  const steps = body.support?.steps ?? [];
  if (body.outcome !== "support_assigned" && steps.length > 0)
    throw new AppError("validation.failed", "A support plan is made only when support is assigned.", {
      field: "support",
    });

  if (body.outcome === "not_needed") {
    return deps.db.transaction().execute(async (trx) => writeMeeting(trx, ctx, school, body, null));
  }
  // The decision's instant: now for a meeting of today, else 09:00 of its day (Almaty).
  const at =
    body.heldOn === today ? deps.now() : new Date(startOfLegalDate(body.heldOn).getTime() + 9 * 3_600_000);
  const create: MeasureCreate = {
    kind: "pedagogical_support",
    personId: body.personId,
    issuerKind: "school_prevention_council",
    issuedAt: at.toISOString(),
    // The school identified the pupil itself (001 Arts. 23(9), 49(1)(2)).
    legalGround: "direct_discovery",
    justification: {
      basis: "antisocial_behaviour",
      text: `001 Art. 78(2): ${body.criteria.map((c) => c.split("_")[0]).join(", ")}`,
    },
    details: {
      criteria: body.criteria,
      unexcusedAbsenceDaysInMonth: await unexcusedDays(deps.db, school.id, body.personId, body.heldOn),
      present: ["minor", "legal_representative"],
    },
  };
  let meetingId = "";
  await issueMeasure(deps, ctx, create, {
    afterWrite: async (trx, measureId) => {
      if (outcomeRefersToCommission(body.outcome)) {
        const facts: MeasureFact[] = [
          { type: "representative_refused", at },
          { type: "submitted_to_commission", at: new Date(Math.max(at.getTime(), deps.now().getTime())) },
        ];
        await appendFactsInTransaction(trx, deps, ctx, measureId, facts);
      }
      meetingId = await writeMeeting(trx, ctx, school, body, measureId);
      await insertSteps(trx, measureId, steps, 1, ctx.userId);
    },
  });
  return meetingId;
}

async function writeMeeting(
  trx: Q,
  ctx: ActCtx,
  school: School,
  body: CouncilMeetingCreate,
  measureId: string | null,
): Promise<string> {
  const m = await trx
    .insertInto("council_meeting")
    .values({
      school_body_id: school.id,
      territory_path: school.territoryPath,
      person_id: body.personId,
      held_on: body.heldOn,
      minor_present: body.minorPresent,
      representatives: JSON.stringify(body.representatives),
      members: body.members,
      criteria: body.criteria,
      outcome: body.outcome,
      measure_id: measureId,
      note: body.note ?? null,
      created_by: ctx.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("audit_log")
    .values(
      auditValues(ctx.audit, {
        action: "council_meeting.create",
        recordType: "council_meeting",
        recordId: m.id,
        fields: ["personId", "representatives", "criteria", "outcome", "note"],
      }),
    )
    .execute();
  return m.id;
}
