import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  AttendanceImportResult,
  AttentionRecord,
  CouncilMeeting,
  CouncilMeetingCreate,
  SchoolPreventionSummary,
  SchoolPupilPage,
  SupportPlan,
} from "@aldyn/contract";
import {
  counts,
  daysAgo,
  fourDays,
  ok,
  pupilIin,
  schoolWorld,
  send,
  today,
  type SchoolWorld,
} from "./school-prevention.fixture.ts";
import type { LoggedIn } from "../../test/app.ts";

let w: SchoolWorld;
beforeAll(async () => {
  w = await schoolWorld();
}, 60_000);
afterAll(async () => w.close());

/** A pupil of the school with four unexcused days (imported), returned by id. */
async function pupil(who: LoggedIn = w.as.school1): Promise<string> {
  const iin = pupilIin();
  const r = ok<AttendanceImportResult>(
    await send(w, who, "POST", "/school-prevention/attendance", { rows: fourDays(iin) }),
    201,
  );
  return r.pupilsMeetingCriterion[0]!.personId;
}

function meeting(personId: string, over: Partial<CouncilMeetingCreate> = {}): CouncilMeetingCreate {
  return {
    personId,
    heldOn: today(),
    minorPresent: true,
    representatives: [{ fullName: "Сейтқалиева Гүлнар", relation: "mother" }],
    members: "Директор Ахметова А., социальный педагог Омарова Б., психолог Ким В.",
    criteria: ["78.2.4_missing_classes"],
    outcome: "support_assigned",
    support: {
      steps: [
        { activity: "Беседа с психологом", responsible: "Психолог Ким В.", dueOn: daysAgo(-14) },
        { activity: "Контроль посещаемости", responsible: "Классный руководитель", dueOn: daysAgo(1) },
      ],
    },
    ...over,
  };
}

describe("the council's meeting with the minor and the legal representatives (001 Art. 78(3))", () => {
  it("001 Art. 78(3): without the minor, or without a legal representative, the meeting is refused with the article and nothing is written", async () => {
    const id = await pupil();
    const before = await counts(w);
    const noMinor = await send(
      w,
      w.as.school1,
      "POST",
      "/school-prevention/council-meetings",
      meeting(id, { minorPresent: false }),
    );
    expect(noMinor.statusCode).toBe(422);
    expect(noMinor.json()).toMatchObject({
      error: { code: "school_council.minor_absent", field: "minorPresent", article: "001 Art. 78(3)" },
    });
    const noRep = await send(
      w,
      w.as.school1,
      "POST",
      "/school-prevention/council-meetings",
      meeting(id, { representatives: [] }),
    );
    expect(noRep.statusCode).toBe(422);
    expect(noRep.json()).toMatchObject({
      error: {
        code: "school_council.representatives_absent",
        field: "representatives",
        article: "001 Art. 78(3)",
      },
    });
    const refusedToo = await send(
      w,
      w.as.school1,
      "POST",
      "/school-prevention/council-meetings",
      meeting(id, { representatives: [], outcome: "representatives_refused", support: { steps: [] } }),
    );
    expect(refusedToo.json()).toMatchObject({ error: { code: "school_council.representatives_absent" } });
    expect(await counts(w)).toEqual(before);
  });

  it("support assigned: the measure pedagogical_support with the days from the attendance, the meeting and the plan's steps in one write", async () => {
    const id = await pupil();
    const m = ok<CouncilMeeting>(
      await send(w, w.as.school1, "POST", "/school-prevention/council-meetings", meeting(id)),
      201,
    );
    expect(m.outcome).toBe("support_assigned");
    expect(m.handoffs).toEqual([]);
    const measure = await w.t.db
      .selectFrom("measure")
      .selectAll()
      .where("id", "=", m.measureId!)
      .executeTakeFirstOrThrow();
    expect([measure.kind, measure.issuer_kind, measure.issuer_body_id, measure.person_id]).toEqual([
      "pedagogical_support",
      "school_prevention_council",
      w.bodies.school1,
      id,
    ]);
    expect((measure.input as { details: Record<string, unknown> }).details).toMatchObject({
      criteria: ["78.2.4_missing_classes"],
      unexcusedAbsenceDaysInMonth: 4,
      present: ["minor", "legal_representative"],
    });
    const plan = ok<SupportPlan>(
      await send(w, w.as.school1, "GET", `/school-prevention/supports/${m.measureId}`),
    );
    expect(plan.steps.map((s) => [s.seq, s.activity, s.overdue])).toEqual([
      [1, "Беседа с психологом", false],
      [2, "Контроль посещаемости", true],
    ]);
    expect(plan.progress).toEqual({ total: 2, done: 0, overdue: 1 });
    expect(plan.meeting?.representatives).toEqual([{ fullName: "Сейтқалиева Гүлнар", relation: "mother" }]);

    // Steps: one added, one done (once); another school does not find the plan.
    const added = ok<SupportPlan>(
      await send(w, w.as.school1, "POST", `/school-prevention/supports/${m.measureId}/steps`, {
        steps: [{ activity: "Встреча с родителями", responsible: "Социальный педагог", dueOn: daysAgo(-30) }],
      }),
      201,
    );
    expect(added.steps.map((s) => s.seq)).toEqual([1, 2, 3]);
    const stepId = added.steps[1]!.id;
    const url = `/school-prevention/supports/${m.measureId}/steps/${stepId}/done`;
    const done = ok<SupportPlan>(
      await send(w, w.as.school1, "POST", url, { doneOn: today(), result: "Пропусков нет" }),
    );
    expect(done.progress).toEqual({ total: 3, done: 1, overdue: 0 });
    const twice = await send(w, w.as.school1, "POST", url, { doneOn: today() });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: "support_plan.step_done" } });
    expect(
      (await send(w, w.as.school2, "GET", `/school-prevention/supports/${m.measureId}`)).statusCode,
    ).toBe(404);
  });

  it("001 Art. 78(2)(4): the missing-classes criterion without four unexcused days in the school's attendance is refused by the law, nothing written", async () => {
    const iin = pupilIin();
    const r = ok<AttendanceImportResult>(
      await send(w, w.as.school1, "POST", "/school-prevention/attendance", { rows: fourDays(iin).slice(1) }),
      201,
    );
    expect(r.pupilsMeetingCriterion).toEqual([]);
    const person = await w.t.db
      .selectFrom("person")
      .select("id")
      .where("iin", "=", iin)
      .executeTakeFirstOrThrow();
    const before = await counts(w);
    const res = await send(
      w,
      w.as.school1,
      "POST",
      "/school-prevention/council-meetings",
      meeting(person.id),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: "pedagogical_support.absence_below_four_days", article: "001 Art. 78(2)(4)" },
    });
    expect(await counts(w)).toEqual(before);
  });
  it("support found not needed: the meeting is recorded without the minor and the representatives, and no measure is issued (001 Art. 78(3))", async () => {
    const id = await pupil();
    const before = await counts(w);
    const m = ok<CouncilMeeting>(
      await send(
        w,
        w.as.school1,
        "POST",
        "/school-prevention/council-meetings",
        meeting(id, {
          outcome: "not_needed",
          minorPresent: false,
          representatives: [],
          support: { steps: [] },
        }),
      ),
      201,
    );
    expect([m.outcome, m.measureId, m.handoffs]).toEqual(["not_needed", null, []]);
    const after = await counts(w);
    expect([after.council_meeting! - before.council_meeting!, after.measure! - before.measure!]).toEqual([
      1, 0,
    ]);
  });
});

describe("the representatives' refusal goes to the commission on minors' affairs (001 Art. 78(4))", () => {
  it("the measure with representative_refused and submitted_to_commission, and the hand-off pedagogical_support.refusal_referral to the district's commission, in one write", async () => {
    const id = await pupil();
    const before = await counts(w);
    const m = ok<CouncilMeeting>(
      await send(
        w,
        w.as.school1,
        "POST",
        "/school-prevention/council-meetings",
        meeting(id, {
          outcome: "representatives_refused",
          support: { steps: [] },
          note: "Родители отказались",
        }),
      ),
      201,
    );
    expect(m.handoffs).toHaveLength(1);
    expect(m.handoffs[0]).toMatchObject({
      ground: "pedagogical_support.refusal_referral",
      receiver: { id: w.bodies.commission },
    });
    const h = await w.t.db
      .selectFrom("handoff")
      .selectAll()
      .where("id", "=", m.handoffs[0]!.id)
      .executeTakeFirstOrThrow();
    expect([h.receiver_body_id, h.sender_body_id, h.record_type, h.record_id, h.article]).toEqual([
      w.bodies.commission,
      w.bodies.school1,
      "measure",
      m.measureId,
      "001 Art. 78(4)",
    ]);
    const facts = await w.t.db
      .selectFrom("measure_fact")
      .select("type")
      .where("measure_id", "=", m.measureId!)
      .orderBy("seq")
      .execute();
    expect(facts.map((f) => f.type)).toEqual(["issued", "representative_refused", "submitted_to_commission"]);
    const after = await counts(w);
    expect(after.handoff! - before.handoff!).toBe(1);
    expect(after.council_meeting! - before.council_meeting!).toBe(1);
    // The plan of a refused support takes no steps.
    const res = await send(w, w.as.school1, "POST", `/school-prevention/supports/${m.measureId}/steps`, {
      steps: [{ activity: "x", responsible: "y", dueOn: today() }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: "support_plan.closed" } });
    const s = ok<SchoolPreventionSummary>(await send(w, w.as.school1, "GET", "/school-prevention/summary"));
    expect(s.refusalsReferred).toBeGreaterThanOrEqual(1);
  });

  it("no commission for the pupil's district: 422 handoff.no_competent_body and nothing of the meeting or the measure is written", async () => {
    const id = await pupil(w.as.school3);
    const before = await counts(w);
    const res = await send(
      w,
      w.as.school3,
      "POST",
      "/school-prevention/council-meetings",
      meeting(id, { outcome: "representatives_refused", support: { steps: [] } }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: "handoff.no_competent_body" } });
    expect(await counts(w)).toEqual(before);
  });
});

describe("the school's pupils and attention records (001 Art. 78(2))", () => {
  it("lists by criterion, attention and support; one open attention record per pupil; closing it; the summary counts", async () => {
    const id = await pupil(w.as.school2);
    const page = (filter: string) =>
      send(w, w.as.school2, "GET", `/school-prevention/pupils?filter=${filter}`).then((r) =>
        ok<SchoolPupilPage>(r),
      );
    const met = await page("criterion_met");
    expect(met.items.map((p) => p.personId)).toContain(id);
    const row = met.items.find((p) => p.personId === id)!;
    expect([row.unexcusedLastMonth, row.absentLastMonth, row.criterion.met, row.criterion.days]).toEqual([
      4,
      5,
      true,
      4,
    ]);
    const sum0 = ok<SchoolPreventionSummary>(
      await send(w, w.as.school2, "GET", "/school-prevention/summary"),
    );
    const a = ok<AttentionRecord>(
      await send(w, w.as.school2, "POST", "/school-prevention/attention", {
        personId: id,
        criteria: ["78.2.4_missing_classes", "78.2.3_violating_school_rules"],
        since: today(),
      }),
      201,
    );
    expect(a.absenceDays).toBe(4);
    const sum1 = ok<SchoolPreventionSummary>(
      await send(w, w.as.school2, "GET", "/school-prevention/summary"),
    );
    expect(sum1.criterionMet).toBe(sum0.criterionMet - 1);
    expect((await page("attention")).items.map((p) => p.personId)).toEqual([id]);
    const dup = await send(w, w.as.school2, "POST", "/school-prevention/attention", {
      personId: id,
      criteria: ["78.2.3_violating_school_rules"],
      since: today(),
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ error: { code: "attention_record.already_open" } });
    // Another school's council does not see this school's pupils.
    const other = ok<SchoolPupilPage>(
      await send(w, w.as.school3, "GET", "/school-prevention/pupils?filter=all"),
    );
    expect(other.items.map((p) => p.personId)).not.toContain(id);
    ok(await send(w, w.as.school2, "POST", "/school-prevention/council-meetings", meeting(id)), 201);
    expect((await page("support")).items.map((p) => p.personId)).toEqual([id]);
    const sum2 = ok<SchoolPreventionSummary>(
      await send(w, w.as.school2, "GET", "/school-prevention/summary"),
    );
    expect([sum2.supportsActive, sum2.stepsOverdue]).toEqual([1, 1]);
    const closed = ok<AttentionRecord>(
      await send(w, w.as.school2, "POST", `/school-prevention/attention/${a.id}/close`, {
        until: today(),
        reason: "Посещает",
      }),
    );
    expect(closed.until).toBe(today());
    const again = await send(w, w.as.school2, "POST", `/school-prevention/attention/${a.id}/close`, {
      until: today(),
      reason: "x",
    });
    expect(again.json()).toMatchObject({ error: { code: "attention_record.closed" } });
    expect(
      (
        await send(w, w.as.school1, "POST", `/school-prevention/attention/${a.id}/close`, {
          until: today(),
          reason: "x",
        })
      ).statusCode,
    ).toBe(404);
  });

  it("the list of pupils is a read of personal data: one audit row per pupil shown", async () => {
    const res = ok<SchoolPupilPage>(
      await send(w, w.as.school1, "GET", "/school-prevention/pupils?filter=all&pageSize=2"),
    );
    const rows = await w.t.db
      .selectFrom("audit_log")
      .select("record_id")
      .where("action", "=", "school_pupil.list")
      .orderBy("id", "desc")
      .limit(2)
      .execute();
    expect(rows.map((r) => r.record_id).sort()).toEqual(res.items.map((p) => p.personId).sort());
  });
});
