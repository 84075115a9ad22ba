import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { AssistancePlan, MeasureCreated } from "@aldyn/contract";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import {
  counts,
  familySupportWorld,
  inDays,
  ok,
  openPlan,
  planBody,
  send,
  today,
  type FamilySupportWorld,
} from "./family-support.fixture.ts";

let w: FamilySupportWorld;
beforeAll(async () => {
  w = await familySupportWorld();
}, 60_000);
afterAll(async () => w.close());

describe("registration in a difficult life situation (001 Art. 54)", () => {
  it("001 Art. 54(1): the centre registers a member of the family — a measure linked to the family, victims' data", async () => {
    const res = await send(w, w.as.family, "POST", "/family-support/registrations", {
      familyId: w.family.id,
      personId: w.family.victim,
      issuedAt: new Date().toISOString(),
    });
    const { measureId } = ok<MeasureCreated>(res, 201);
    const m = await w.t.db
      .selectFrom("measure")
      .selectAll()
      .where("id", "=", measureId)
      .executeTakeFirstOrThrow();
    expect(m.kind).toBe("difficult_life_situation_registration");
    expect(m.issuer_kind).toBe("family_support_centre");
    const link = await w.t.db
      .selectFrom("family_measure")
      .selectAll()
      .where("measure_id", "=", measureId)
      .executeTakeFirst();
    expect(link?.family_id).toBe(w.family.id);
    const marks = await sql<{ field: string; barrier: string }>`
      SELECT field, barrier FROM measure_confidential WHERE measure_id = ${measureId}::uuid`.execute(w.t.db);
    expect(marks.rows.map((x) => [x.field, x.barrier])).toEqual([["*", "victim"]]);
  });

  it("001 Art. 54(1): a user of a body that is not a family support centre is refused with the article, nothing written", async () => {
    const before = await counts(w);
    const res = await send(w, w.fs.dv, "POST", "/family-support/registrations", {
      familyId: w.family.id,
      personId: w.family.victim,
      issuedAt: new Date().toISOString(),
    });
    expect(res.statusCode).toBe(422);
    const e = (res.json() as ErrorJson).error;
    expect(e).toMatchObject({ code: "measure.issuer_not_competent", article: "001 Art. 54(1)" });
    expect(await counts(w)).toEqual(before);
  });

  it("001 Art. 54(1): a person who is not a member of the family is refused", async () => {
    const res = await send(w, w.as.family, "POST", "/family-support/registrations", {
      familyId: w.family.id,
      personId: w.family.id,
      issuedAt: new Date().toISOString(),
    });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error.code).toBe("family_support.person_not_in_family");
  });
});

describe("individual assistance plan (001 Arts. 55(1), 72(5))", () => {
  it("001 Art. 55(1): opens the plan measure with its steps; the responsible body other than the centre gets a hand-off due at the end of the step's day", async () => {
    const plan = await openPlan(w);
    expect(plan.steps.map((s) => [s.seq, s.area, s.state])).toEqual([
      [1, "employment", "open"],
      [2, "psychological", "open"],
    ]);
    expect(plan.progress).toEqual({ done: 0, total: 2 });
    expect(plan.mayClose).toBe(false);
    expect(plan.familyId).toBe(w.family.id);
    expect(plan.goal).toBe("Social adaptation of the victim and her children");
    const [byAkimat, byCentre] = plan.steps;
    expect(byAkimat!.handoff).not.toBeNull();
    expect(byCentre!.handoff).toBeNull();
    const h = await w.t.db
      .selectFrom("handoff")
      .selectAll()
      .where("id", "=", byAkimat!.handoff!.id)
      .executeTakeFirstOrThrow();
    expect(h).toMatchObject({
      ground: "assistance_plan.step",
      record_type: "assistance_plan",
      record_id: plan.measureId,
      receiver_body_id: w.bodies.akimat,
      sender_body_id: w.bodies.centre,
    });
    const m = await w.t.db
      .selectFrom("measure")
      .select(["kind", "valid_from", "valid_until", "input"])
      .where("id", "=", plan.measureId)
      .executeTakeFirstOrThrow();
    expect(m).toMatchObject({ kind: "social_adaptation_plan", valid_from: today(), valid_until: inDays(90) });
    expect((m.input as { details: { planActivities: string[] } }).details.planActivities).toEqual([
      "Help to find a job",
      "Counselling",
    ]);
  });

  it("001 Art. 55(1): a step without a responsible body is a 422 with the field and article; nothing written", async () => {
    const before = await counts(w);
    const body = planBody(w);
    body.steps[1] = { ...body.steps[1]!, responsibleBodyId: null };
    const res = await send(w, w.as.family, "POST", "/family-support/plans", body);
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({
      code: "assistance_plan.step_responsible_body_required",
      field: "steps.1.responsibleBodyId",
      article: "001 Art. 55(1)",
    });
    expect(await counts(w)).toEqual(before);
  });

  it("001 Art. 55(1): a step due after the plan ends is refused; an unknown responsible body is a 400", async () => {
    const late = planBody(w);
    late.steps[0] = { ...late.steps[0]!, dueOn: inDays(91) };
    const r1 = await send(w, w.as.family, "POST", "/family-support/plans", late);
    expect(r1.statusCode).toBe(422);
    expect((r1.json() as ErrorJson).error.code).toBe("assistance_plan.step_due_outside_plan");
    const ghost = planBody(w);
    ghost.steps[0] = { ...ghost.steps[0]!, responsibleBodyId: "00000000-0000-4000-8000-000000000000" };
    const r2 = await send(w, w.as.family, "POST", "/family-support/plans", ghost);
    expect(r2.statusCode).toBe(400);
    expect((r2.json() as ErrorJson).error.field).toBe("steps.0.responsibleBodyId");
  });

  it("001 Art. 55(1): the responsible body's answer to its hand-off records progress on the step", async () => {
    const plan = await openPlan(w);
    const h = plan.steps[0]!.handoff!.id;
    // The responsible body sees the plan by its number, without personal data.
    const seen = ok<{ record: { type: string; label: string | null } }>(
      await send(w, w.fs.akimat, "GET", `/handoffs/${h}`),
    );
    expect(seen.record).toMatchObject({ type: "assistance_plan", label: plan.registrationNumber });
    expect(plan.registrationNumber).not.toBeNull();
    for (const act of ["receive", "accept"])
      ok(await send(w, w.fs.akimat, "POST", `/handoffs/${h}/${act}`, {}));
    ok(
      await send(w, w.fs.akimat, "POST", `/handoffs/${h}/answer`, {
        outcome: "Registered at the career centre",
      }),
    );
    const after = ok<AssistancePlan>(
      await send(w, w.as.family, "GET", `/family-support/plans/${plan.measureId}`),
    );
    expect(after.steps[0]!.facts).toEqual([
      expect.objectContaining({ type: "progress", note: "Registered at the career centre" }),
    ]);
    expect(after.steps[0]!.state).toBe("open");
    expect(after.steps[0]!.handoff?.state).toBe("answered");
  });

  it("001 Art. 55(1): closing is refused while a step is open; after the steps end it writes the termination and the assessment", async () => {
    const plan = await openPlan(w);
    const close = {
      outcome: "achieved",
      assessment: "She works and lives apart",
      at: new Date().toISOString(),
    };
    const refused = await send(
      w,
      w.as.family,
      "POST",
      `/family-support/plans/${plan.measureId}/close`,
      close,
    );
    expect(refused.statusCode).toBe(422);
    expect((refused.json() as ErrorJson).error.code).toBe("assistance_plan.open_steps");
    const at = new Date().toISOString();
    for (const [s, type] of [
      [plan.steps[0]!, "done"],
      [plan.steps[1]!, "cancelled"],
    ] as const)
      ok(
        await send(w, w.as.family, "POST", `/family-support/plans/${plan.measureId}/steps/${s.id}/facts`, {
          type,
          at,
        }),
        201,
      );
    const again = await send(
      w,
      w.as.family,
      "POST",
      `/family-support/plans/${plan.measureId}/steps/${plan.steps[0]!.id}/facts`,
      {
        type: "progress",
        at,
      },
    );
    expect(again.statusCode).toBe(409);
    const closed = ok<AssistancePlan>(
      await send(w, w.as.family, "POST", `/family-support/plans/${plan.measureId}/close`, close),
    );
    expect(closed.status).toBe("terminated");
    expect(closed.assessment).toMatchObject({ outcome: "achieved", assessment: "She works and lives apart" });
    expect(closed.progress).toEqual({ done: 1, total: 1 });
    const fact = await w.t.db
      .selectFrom("measure_fact")
      .select(["type", "data"])
      .where("measure_id", "=", plan.measureId)
      .where("type", "=", "terminated")
      .executeTakeFirstOrThrow();
    expect(fact.data).toMatchObject({ ground: "purpose_achieved" });
    const twice = await send(w, w.as.family, "POST", `/family-support/plans/${plan.measureId}/close`, close);
    expect(twice.statusCode).toBe(409);
  });

  it("a retried plan (same Idempotency-Key) returns the first plan and writes it once", async () => {
    const before = await counts(w);
    const headers = { "idempotency-key": "fs-plan-retry-1" };
    const a = await send(w, w.as.family, "POST", "/family-support/plans", planBody(w), headers);
    const b = await send(w, w.as.family, "POST", "/family-support/plans", planBody(w), headers);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect((b.json() as AssistancePlan).measureId).toBe((a.json() as AssistancePlan).measureId);
    const after = await counts(w);
    expect(after.measure).toBe(before.measure! + 1);
    expect(after.assistance_plan_step).toBe(before.assistance_plan_step! + 2);
  });

  it("001 Art. 83(2): the plan is victims' data — an education officer gets a 403", async () => {
    const plan = await openPlan(w);
    const res = await send(w, w.fs.edu, "GET", `/family-support/plans/${plan.measureId}`);
    expect(res.statusCode).toBe(403);
  });
});
