import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type {
  AssistancePlan,
  FamilyService,
  FamilyServicePage,
  FamilySupportWorklist,
  Shelter,
  VictimRecord,
  VictimRecordPage,
} from "@aldyn/contract";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import {
  familySupportWorld,
  inDays,
  ok,
  openPlan,
  send,
  today,
  type FamilySupportWorld,
} from "./family-support.fixture.ts";

let w: FamilySupportWorld;
beforeAll(async () => {
  w = await familySupportWorld();
}, 60_000);
afterAll(async () => w.close());

describe("records of victims (001 Art. 10(2)(10))", () => {
  it("the centre opens one record per victim, lists and closes it; a second open record is a 409", async () => {
    const body = { personId: w.family.victim, familyId: w.family.id, openedOn: today(), source: "self" };
    const rec = ok<VictimRecord>(await send(w, w.as.family, "POST", "/family-support/victims", body), 201);
    expect(rec.person.fullName).toContain("Сейтқали");
    const twice = await send(w, w.as.family, "POST", "/family-support/victims", body);
    expect(twice.statusCode).toBe(409);
    expect((twice.json() as ErrorJson).error.code).toBe("victim_record.already_open");
    const open = ok<VictimRecordPage>(
      await send(w, w.as.family, "GET", "/family-support/victims?open=true&q=сейт"),
    );
    expect(open.items.map((r) => r.id)).toContain(rec.id);
    const closed = ok<VictimRecord>(
      await send(w, w.as.family, "POST", `/family-support/victims/${rec.id}/close`, {
        closedOn: today(),
        reason: "Moved to another region",
      }),
    );
    expect(closed.closedOn).toBe(today());
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select("action")
      .where("record_id", "=", rec.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["victim_record.create", "victim_record.close"]),
    );
  });

  it("001 Art. 10(2)(10): the records are the centre's — a DV inspector reads them but opens none (403)", async () => {
    const res = await send(w, w.fs.dv, "POST", "/family-support/victims", {
      personId: w.family.child,
      openedOn: today(),
      source: "self",
    });
    expect(res.statusCode).toBe(403);
    expect((res.json() as ErrorJson).error.code).toBe("family_support.not_centre");
    ok<VictimRecordPage>(await send(w, w.fs.dv, "GET", "/family-support/victims"));
  });

  it("001 Art. 83(2): an education officer reads no victims' records", async () => {
    expect((await send(w, w.fs.edu, "GET", "/family-support/victims")).statusCode).toBe(403);
  });

  it("an unknown person is a 400 on its field, never a 500", async () => {
    const res = await send(w, w.as.family, "POST", "/family-support/victims", {
      personId: "00000000-0000-4000-8000-000000000000",
      openedOn: today(),
      source: "self",
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorJson).error.field).toBe("personId");
  });
});

describe("services delivered (001 Arts. 10(2)(3), 72(2))", () => {
  it("records a service in an area of the law's list and lists it; an unknown area is refused", async () => {
    const s = ok<FamilyService>(
      await send(w, w.as.family, "POST", "/family-support/services", {
        personId: w.family.victim,
        familyId: w.family.id,
        deliveredOn: today(),
        area: "legal",
        note: "Consultation on alimony",
      }),
      201,
    );
    expect(s).toMatchObject({ area: "legal", familyId: w.family.id });
    const page = ok<FamilyServicePage>(
      await send(w, w.as.family, "GET", `/family-support/services?familyId=${w.family.id}`),
    );
    expect(page.items.map((x) => x.id)).toContain(s.id);
    const bad = await send(w, w.as.family, "POST", "/family-support/services", {
      personId: w.family.victim,
      deliveredOn: today(),
      area: "astrology",
    });
    expect(bad.statusCode).toBe(422);
    expect((bad.json() as ErrorJson).error).toMatchObject({
      code: "assistance_plan.step_area_unknown",
      field: "area",
    });
    const ahead = await send(w, w.as.family, "POST", "/family-support/services", {
      personId: w.family.victim,
      deliveredOn: inDays(1),
      area: "legal",
    });
    expect(ahead.statusCode).toBe(400);
    expect((ahead.json() as ErrorJson).error.field).toBe("deliveredOn");
  });
});

describe("the centre's worklist", () => {
  it("shows steps overdue and due, stays ending and overdue, with counts", async () => {
    const plan: AssistancePlan = await openPlan(w, {
      from: inDays(-20),
      steps: [
        { area: "social", title: "Overdue step", responsibleBodyId: w.bodies.centre, dueOn: inDays(-2) },
        { area: "legal", title: "Due step", responsibleBodyId: w.bodies.akimat, dueOn: inDays(3) },
        { area: "housing", title: "Later step", responsibleBodyId: w.bodies.akimat, dueOn: inDays(60) },
      ],
    });
    const shelter = ok<Shelter>(
      await send(w, w.as.family, "POST", "/family-support/shelters", {
        name: "Үміт",
        address: "—",
        places: 5,
      }),
      201,
    );
    for (const [personId, until] of [
      [w.family.victim, inDays(1)],
      [w.family.child, inDays(20)],
    ] as const)
      ok(
        await send(w, w.as.family, "POST", "/family-support/stays", {
          shelterId: shelter.id,
          personId,
          admittedOn: today(),
          plannedUntil: until,
        }),
        201,
      );
    // A stay admitted earlier and past its planned end (written as it was then).
    await sql`UPDATE shelter_stay SET admitted_on = ${inDays(-20)}::date, planned_until = ${inDays(-1)}::date
      WHERE person_id = ${w.family.child}::uuid`.execute(w.t.db);
    const wl = ok<FamilySupportWorklist>(await send(w, w.as.family, "GET", "/family-support/worklist"));
    expect(wl.stepsOverdue.map((s) => s.title)).toEqual(["Overdue step"]);
    expect(wl.stepsDue.map((s) => s.title)).toEqual(["Due step"]);
    expect(wl.stepsDue[0]!.measureId).toBe(plan.measureId);
    expect(wl.staysEnding.map((s) => [s.person.id, s.daysLeft])).toEqual([[w.family.victim, 1]]);
    expect(wl.staysOverdue.map((s) => s.person.id)).toEqual([w.family.child]);
    expect(wl.counts).toMatchObject({ stepsOverdue: 1, stepsDue: 1, staysEnding: 1, staysOverdue: 1 });
  });
});
