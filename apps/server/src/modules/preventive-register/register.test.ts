import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, TWICE_A_MONTH } from "@aldyn/law";
import type { LikelihoodAssessment, RegisterEntry, RegisterEntryList } from "@aldyn/contract";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import {
  bornYearsAgo,
  DAY,
  getJson,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  postJson,
  today,
  warningBody,
  type MeasuresWorld,
} from "../preventive-measures/measures.fixture.ts";
import { loadEntry } from "./register-entry-state.ts";
import { entryView } from "./read-register-entry.ts";

let w: MeasuresWorld;
beforeAll(async () => {
  w = await measuresWorld();
});
afterAll(async () => w.close());

async function place(personId: string, over: Record<string, unknown> = {}) {
  return postJson(w, w.as.cop1, "/api/v1/register", {
    personId,
    ground: "59.2.8_neglected_or_homeless_minor",
    placedOn: addCalendarDays(today(), -10),
    rightsExplained: true,
    ...over,
  });
}

async function fact(e: RegisterEntry, body: Record<string, unknown>) {
  return postJson(w, w.as.cop1, `/api/v1/register/${e.id}/facts`, {
    version: e.version,
    on: today(),
    ...body,
  });
}

describe("register entries opened by measures (R3.1)", () => {
  let entry: RegisterEntry;
  it("an official warning's entry is listed for the person with the warning's control minimum (51(6))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 2 * DAY)));
    const res = await getJson(w, w.as.cop1, `/api/v1/persons/${personId}/register-entries`);
    expect(res.statusCode).toBe(200);
    const items = (res.json() as RegisterEntryList).items;
    expect(items).toHaveLength(1);
    entry = items[0]!;
    expect(entry).toMatchObject({ ground: "59.2.5_official_warning", status: "active" });
    expect(entry.measures.map((x) => x.id)).toEqual([m.id]);
    expect(entry.groundArticle).toBe("001 Art. 59(2)(5)");
    expect(entry.control?.frequency).toEqual(TWICE_A_MONTH);
  });

  it("the entry names its person and each measure by kind, number and date, and audits the name read", async () => {
    const res = await getJson(w, w.as.cop1, `/api/v1/register/${entry.id}`);
    expect(res.statusCode).toBe(200);
    const one = res.json() as RegisterEntry;
    expect(one.personName).toBe("Сейтқали Нұрлан Серікұлы");
    expect(one.measures).toEqual([
      {
        id: entry.measures[0]!.id,
        kind: "official_warning",
        issuedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        registrationNumber: expect.stringMatching(/^\d+\/\d{4}$/),
      },
    ]);
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select("fields")
      .where("action", "=", "register_entry.read")
      .where("record_id", "=", entry.id)
      .executeTakeFirstOrThrow();
    expect(audit.fields).toContain("personName");
    // The person's card lists the entries without repeating the name.
    expect(entry.personName).toBeNull();
  });

  it("a control check with place and outcome moves the next due date (59(10))", async () => {
    const res = await fact(entry, {
      type: "control_check",
      place: "At home",
      outcome: "violation_found",
      violation: "Drunk",
    });
    expect(res.statusCode).toBe(201);
    const after = res.json() as RegisterEntry;
    expect(after.control?.nextDue).toBe(addCalendarDays(today(), 14));
    expect(after.facts.at(-1)).toMatchObject({
      type: "control_check",
      data: { place: "At home", violation: "Drunk" },
    });
    entry = after;
  });

  it("a stale version is a 409", async () => {
    const res = await postJson(w, w.as.cop1, `/api/v1/register/${entry.id}/facts`, {
      version: entry.version - 1,
      type: "appealed",
      on: today(),
    });
    expect(res.statusCode).toBe(409);
  });

  it("likelihood: a proposal with each factor; an override needs a reason; never below the legal minimum", async () => {
    const res = await getJson(w, w.as.cop1, `/api/v1/register/${entry.id}/likelihood`);
    expect(res.statusCode).toBe(200);
    const a = res.json() as LikelihoodAssessment;
    expect(a.factors.find((f) => f.code === "violations")?.value).toBe(1);
    expect(a.legalMinimum).toEqual(TWICE_A_MONTH);
    const other = a.proposedLevel === "low" ? "medium" : "low";
    const noReason = await postJson(w, w.as.cop1, `/api/v1/register/${entry.id}/likelihood`, {
      version: entry.version,
      level: other,
    });
    expect(noReason.statusCode).toBe(400);
    const ok = await postJson(w, w.as.cop1, `/api/v1/register/${entry.id}/likelihood`, {
      version: entry.version,
      level: "low",
      reason: "Works steadily, family support",
    });
    expect(ok.statusCode).toBe(201);
    const e = ok.json() as RegisterEntry;
    expect(e.likelihood?.level).toBe("low");
    expect(e.likelihood?.rationale).toMatchObject({ reason: "Works steadily, family support" });
    expect(e.control?.frequency).toEqual(TWICE_A_MONTH);
  });

  it("an inspector of another district cannot read the entry (as if none existed); an analyst neither (59(6))", async () => {
    expect((await getJson(w, w.as.cop2, `/api/v1/register/${entry.id}`)).statusCode).toBe(404);
    expect((await getJson(w, w.as.analyst, `/api/v1/register/${entry.id}`)).statusCode).toBe(403);
    expect((await getJson(w, w.as.prosecutor, `/api/v1/register/${entry.id}`)).statusCode).toBe(200);
  });
});

describe("placement by hand (59(2)-(4)), termination (59(8)), appeal (59(5))", () => {
  it("rights not explained, or a minors' ground for an adult, is refused with the article", async () => {
    const minor = await newPerson(w, w.as.cop1, { born: bornYearsAgo(15) });
    const r1 = await place(minor, { rightsExplained: false });
    expect(r1.statusCode).toBe(422);
    expect((r1.json() as ErrorJson).error).toMatchObject({
      code: "register.rights_not_explained",
      article: "001 Art. 59(4)",
    });
    const adult = await newPerson(w, w.as.cop1);
    const r2 = await place(adult);
    expect((r2.json() as ErrorJson).error.code).toBe("register.ground_minors_only");
  });

  it("a minor's entry reads as terminated on the 18th birthday, with no job run (59(8)(4))", async () => {
    const personId = await newPerson(w, w.as.cop1, { born: bornYearsAgo(18, -1) });
    const res = await place(personId);
    expect(res.statusCode).toBe(201);
    const e = res.json() as RegisterEntry;
    const birthday = addCalendarDays(today(), 1);
    expect(e.status).toBe("active");
    expect(e.scheduledTermination).toMatchObject({
      ground: "minor_turned_18",
      on: birthday,
      automatic: true,
    });
    const row = await loadEntry(w.t.db, e.id);
    const stored = await w.t.db
      .selectFrom("register_entry")
      .selectAll()
      .where("id", "=", e.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: "active", last_day: today(), auto_end_on: birthday });
    // Tomorrow, with the stored projection untouched:
    const tomorrow = await entryView(w.t.db, row!, new Date(Date.now() + DAY + HOUR));
    expect(tomorrow.status).toBe("terminated");
    expect(tomorrow.termination).toMatchObject({
      ground: "minor_turned_18",
      on: birthday,
      article: "001 Art. 59(8)(4)",
    });
  });

  it("termination for correction needs a positive characterisation (59(8)(1)); then facts are refused", async () => {
    const personId = await newPerson(w, w.as.cop1, { born: bornYearsAgo(15) });
    let e = (await place(personId)).json() as RegisterEntry;
    const r1 = await fact(e, { type: "terminated", ground: "corrected" });
    expect(r1.statusCode).toBe(422);
    expect((r1.json() as ErrorJson).error.code).toBe("register.correction_not_established");
    const r2 = await fact(e, { type: "terminated", ground: "corrected", positiveCharacterisation: true });
    expect(r2.statusCode).toBe(201);
    e = r2.json() as RegisterEntry;
    expect(e.status).toBe("terminated");
    const r3 = await fact(e, {
      type: "extended",
      until: addCalendarDays(today(), 90),
      reason: "Renewed risk",
    });
    expect(r3.statusCode).toBe(422);
    expect((r3.json() as ErrorJson).error.code).toBe("register.not_active");
  });

  it("an appeal annulling the placement annuls the entry (59(5))", async () => {
    const personId = await newPerson(w, w.as.cop1, { born: bornYearsAgo(16) });
    let e = (await place(personId)).json() as RegisterEntry;
    e = (await fact(e, { type: "appealed", on: addCalendarDays(today(), -5) })).json() as RegisterEntry;
    expect(e.appeal.status).toBe("pending");
    e = (
      await fact(e, { type: "appeal_decided", appealOutcome: "placement_annulled" })
    ).json() as RegisterEntry;
    expect(e).toMatchObject({ status: "annulled", appeal: { status: "annulled", decidedOn: today() } });
  });
});
