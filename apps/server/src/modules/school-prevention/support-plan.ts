import { legalDateOf } from "@aldyn/law";
import type {
  CouncilMeeting,
  SchoolHandoffRef,
  SupportPlan,
  SupportStepDone,
  SupportStepInput,
} from "@aldyn/contract";
import { auditValues } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { insertSteps } from "./record-council-meeting.ts";
import { personNames, schoolFor, type Q } from "./sp-common.ts";

/** The hand-offs sent on a measure (the refusal's referral to the commission, 001 Art. 78(4)). */
export async function measureHandoffs(db: Q, measureId: string): Promise<SchoolHandoffRef[]> {
  const rows = await db
    .selectFrom("handoff as h")
    .innerJoin("body as b", "b.id", "h.receiver_body_id")
    .select([
      "h.id",
      "h.ground",
      "h.sent_at",
      "h.due_at",
      "b.id as body_id",
      "b.name_kk",
      "b.name_ru",
      "b.name_en",
    ])
    .where("h.record_type", "=", "measure")
    .where("h.record_id", "=", measureId)
    .orderBy("h.sent_at")
    .execute();
  return rows.map((h) => ({
    id: h.id,
    ground: h.ground,
    receiver: { id: h.body_id, name: { kk: h.name_kk, ru: h.name_ru, en: h.name_en } },
    sentAt: new Date(h.sent_at).toISOString(),
    dueAt: h.due_at ? new Date(h.due_at).toISOString() : null,
  }));
}

/** A council meeting of the user's school, with the hand-offs its measure sent. */
export async function readCouncilMeeting(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
): Promise<CouncilMeeting> {
  const school = await schoolFor(deps.db, ctx.actor, "read");
  const m = await deps.db
    .selectFrom("council_meeting")
    .selectAll()
    .where("id", "=", id)
    .where("school_body_id", "=", school.id)
    .executeTakeFirst();
  if (!m) throw notFound("The council's meeting");
  await deps.db
    .insertInto("audit_log")
    .values(
      auditValues(ctx.audit, {
        action: "council_meeting.read",
        recordType: "council_meeting",
        recordId: m.id,
        fields: ["personId", "criteria", "outcome"],
      }),
    )
    .execute();
  return {
    id: m.id,
    personId: m.person_id,
    heldOn: m.held_on,
    outcome: m.outcome,
    criteria: m.criteria,
    measureId: m.measure_id,
    handoffs: m.measure_id ? await measureHandoffs(deps.db, m.measure_id) : [],
  };
}

/** The school's pedagogical support measure, or a 404 (another school's is not there for this user). */
async function supportOf(db: Q, schoolId: string, measureId: string) {
  const m = await db
    .selectFrom("measure")
    .select(["id", "kind", "status", "issued_at", "person_id", "input", "issuer_body_id", "territory_path"])
    .where("id", "=", measureId)
    .executeTakeFirst();
  if (!m || m.kind !== "pedagogical_support" || m.issuer_body_id !== schoolId) throw notFound("The support");
  return m;
}

/** A support that ended (terminated) or was refused (78(4)) takes no plan changes. */
function refuseEnded(status: string): void {
  if (status === "terminated" || status === "refused")
    throw new AppError(
      "support_plan.closed",
      "The support has ended or was refused; its plan no longer changes.",
      {
        article: "001 Art. 78(3)",
      },
    );
}

/** The plan of a pedagogical support with its steps and progress (001 Art. 78(3)); the read is audited. */
export async function readSupportPlan(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
): Promise<SupportPlan> {
  const school = await schoolFor(deps.db, ctx.actor, "read");
  const m = await supportOf(deps.db, school.id, measureId);
  const today = legalDateOf(deps.now());
  const [steps, meeting, person, facts, handoffs] = await Promise.all([
    deps.db
      .selectFrom("support_plan_step")
      .selectAll()
      .where("measure_id", "=", measureId)
      .orderBy("seq")
      .execute(),
    deps.db
      .selectFrom("council_meeting")
      .select(["id", "held_on", "members", "representatives"])
      .where("measure_id", "=", measureId)
      .executeTakeFirst(),
    deps.db
      .selectFrom("person")
      .select(["id", "birth_date"])
      .where("id", "=", m.person_id!)
      .executeTakeFirstOrThrow(),
    deps.db.selectFrom("measure_fact").select("type").where("measure_id", "=", measureId).execute(),
    measureHandoffs(deps.db, measureId),
  ]);
  const names = await personNames(deps.db, [person.id]);
  const input = m.input as { details?: { criteria?: string[] } };
  const view = steps.map((s) => ({
    id: s.id,
    seq: s.seq,
    activity: s.activity,
    responsible: s.responsible,
    dueOn: s.due_on,
    doneOn: s.done_on,
    result: s.result,
    overdue: s.done_on === null && s.due_on < today,
  }));
  await deps.db
    .insertInto("audit_log")
    .values(
      auditValues(ctx.audit, {
        action: "support_plan.read",
        recordType: "measure",
        recordId: measureId,
        fields: ["person", "criteria", "steps"],
      }),
    )
    .execute();
  return {
    measureId,
    person: { id: person.id, fullName: names.get(person.id) ?? "", birthDate: person.birth_date },
    status: m.status,
    issuedAt: new Date(m.issued_at).toISOString(),
    criteria: input.details?.criteria ?? [],
    refused: facts.some((f) => f.type === "representative_refused"),
    meeting: meeting
      ? {
          id: meeting.id,
          heldOn: meeting.held_on,
          members: meeting.members,
          representatives: meeting.representatives.map((r) => ({
            fullName: r.fullName,
            relation: r.relation,
          })),
        }
      : null,
    steps: view,
    progress: {
      total: view.length,
      done: view.filter((s) => s.doneOn !== null).length,
      overdue: view.filter((s) => s.overdue).length,
    },
    handoffs,
  };
}

/** Adds steps to the plan of an active support (one transaction with its audit row). */
export async function addSupportSteps(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
  steps: readonly SupportStepInput[],
): Promise<void> {
  const school = await schoolFor(deps.db, ctx.actor, "update");
  await deps.db.transaction().execute(async (trx) => {
    // The measure's row locked: two writers of one plan number their steps one after the other.
    const m = await trx
      .selectFrom("measure")
      .select(["id", "kind", "status", "issuer_body_id"])
      .where("id", "=", measureId)
      .forUpdate()
      .executeTakeFirst();
    if (!m || m.kind !== "pedagogical_support" || m.issuer_body_id !== school.id)
      throw notFound("The support");
    refuseEnded(m.status);
    const last = await trx
      .selectFrom("support_plan_step")
      .select((eb) => eb.fn.max("seq").as("n"))
      .where("measure_id", "=", measureId)
      .executeTakeFirst();
    await insertSteps(trx, measureId, steps, Number(last?.n ?? 0) + 1, ctx.userId);
    await trx
      .insertInto("audit_log")
      .values(
        auditValues(ctx.audit, {
          action: "support_plan.update",
          recordType: "measure",
          recordId: measureId,
          fields: ["steps"],
        }),
      )
      .execute();
  });
}

/** Marks a step done with its result; a step done once stays done (409). */
export async function markStepDone(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
  stepId: string,
  body: SupportStepDone,
): Promise<void> {
  const school = await schoolFor(deps.db, ctx.actor, "update");
  if (body.doneOn > legalDateOf(deps.now()))
    throw new AppError("validation.failed", "A step is marked done on or after the day it was done.", {
      field: "doneOn",
    });
  const m = await supportOf(deps.db, school.id, measureId);
  refuseEnded(m.status);
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("support_plan_step")
      .set({ done_on: body.doneOn, result: body.result ?? null, done_by: ctx.userId })
      .where("id", "=", stepId)
      .where("measure_id", "=", measureId)
      .where("done_on", "is", null)
      .returning("id")
      .executeTakeFirst();
    if (!done) {
      const exists = await trx
        .selectFrom("support_plan_step")
        .select("id")
        .where("id", "=", stepId)
        .where("measure_id", "=", measureId)
        .executeTakeFirst();
      if (!exists) throw notFound("The step");
      throw new AppError("support_plan.step_done", "The step is already done.", { field: "stepId" });
    }
    await trx
      .insertInto("audit_log")
      .values(
        auditValues(ctx.audit, {
          action: "support_plan.step_done",
          recordType: "measure",
          recordId: measureId,
          fields: ["doneOn", "result"],
        }),
      )
      .execute();
  });
}
