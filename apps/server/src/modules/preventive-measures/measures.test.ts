import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, legalDateOf, MEASURE_KINDS } from "@aldyn/law";
import { MEASURE_KIND_IDS, type Measure } from "@aldyn/contract";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import {
  addFact,
  bornYearsAgo,
  countRows,
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
} from "./measures.fixture.ts";

let w: MeasuresWorld;
beforeAll(async () => {
  w = await measuresWorld();
});
afterAll(async () => w.close());

describe("issuing measures (R2; issue 4 item 2)", () => {
  it("the contract names exactly the law's kinds", () => {
    expect([...MEASURE_KIND_IDS]).toEqual([...MEASURE_KINDS]);
  });

  it("an official warning places the person on the register (001 Art. 59(2)(5)) with the prosecutor duty due in 24 h", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const issuedAt = new Date(Date.now() - HOUR);
    const m = await issue(w, w.as.cop1, warningBody(personId, issuedAt));
    expect(m.status).toBe("issued");
    expect(m.register).toMatchObject({ places: true, ground: "59.2.5_official_warning" });
    expect(m.register.entryIds).toHaveLength(1);
    const duty = m.duties.find((d) => d.code === "official_warning.prosecutor_copy")!;
    expect(new Date(duty.dueAt!).getTime()).toBe(issuedAt.getTime() + 24 * HOUR);
    expect(duty.overdue).toBe(false);
    const entry = await w.t.db
      .selectFrom("register_entry")
      .selectAll()
      .where("id", "=", m.register.entryIds[0]!)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ person_id: personId, status: "active", placed_on: legalDateOf(issuedAt) });
    const duties = await w.t.db
      .selectFrom("measure_duty")
      .selectAll()
      .where("measure_id", "=", m.id)
      .execute();
    expect(duties.map((d) => d.code)).toContain("official_warning.prosecutor_copy");
  });

  it("the prosecutor's copy is overdue after 24 hours and done once notified (001 Art. 51(3))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const issuedAt = new Date(Date.now() - 25 * HOUR);
    let m = await issue(w, w.as.cop1, warningBody(personId, issuedAt));
    expect(m.duties.find((d) => d.code === "official_warning.prosecutor_copy")?.overdue).toBe(true);
    m = await addFact(w, w.as.cop1, m, { type: "prosecutor_notified", at: new Date().toISOString() });
    const duty = m.duties.find((d) => d.code === "official_warning.prosecutor_copy")!;
    expect(duty).toMatchObject({ overdue: false, late: true });
    expect(duty.doneAt).not.toBeNull();
  });

  it("served → valid 30 days from service (51(5)); a control check moves the next due date (51(6))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const issuedAt = new Date(Date.now() - 3 * DAY);
    let m = await issue(w, w.as.cop1, warningBody(personId, issuedAt));
    const servedAt = new Date(issuedAt.getTime() + HOUR);
    m = await addFact(w, w.as.cop1, m, { type: "served", at: servedAt.toISOString(), channel: "in_person" });
    const x = legalDateOf(servedAt);
    expect(m).toMatchObject({ status: "active", validFrom: x, validUntil: addCalendarDays(x, 30) });
    expect(m.control?.nextDue).toBe(addCalendarDays(x, 14));
    m = await addFact(w, w.as.cop1, m, {
      type: "control_check",
      at: new Date().toISOString(),
      outcome: "complied",
      place: "At home",
    });
    expect(m.control?.nextDue).toBe(addCalendarDays(today(), 14));
    const row = await w.t.db
      .selectFrom("measure")
      .selectAll()
      .where("id", "=", m.id)
      .executeTakeFirstOrThrow();
    expect(row.next_control_due).toBe(addCalendarDays(today(), 14));
    expect(row.version).toBe(3);
  });

  it("a protective order for a 15-year-old is refused with 60(2) and writes nothing", async () => {
    const personId = await newPerson(w, w.as.cop1, { born: bornYearsAgo(15) });
    const before = await countRows(w);
    const res = await postJson(w, w.as.cop1, "/api/v1/measures", {
      kind: "protective_order",
      personId,
      issuedAt: new Date(Date.now() - HOUR).toISOString(),
      legalGround: "direct_discovery",
      justification: { basis: "antisocial_behaviour", text: "Threats" },
      details: {
        subjectSane: true,
        placeOfIssue: "District police office",
        placeOfViolence: "The shared dwelling",
        timeOfViolence: new Date(Date.now() - 5 * HOUR).toISOString(),
        circumstances: "Threats of violence",
        victims: [{ fullName: "Сейтқали Әйгерім Болатқызы" }],
        prohibitions: ["violence"],
        coversFamilyMembers: true,
        consequencesStated: true,
        appealRightStated: true,
      },
    });
    expect(res.statusCode).toBe(422);
    const e = (res.json() as ErrorJson).error;
    expect(e.code).toMatch(/^protective_order\.subject_under_16/);
    expect(e.article).toMatch(/^001 Art\. 60\(/);
    expect(await countRows(w)).toEqual(before);
  });

  it("a conversation with a minor and no representative or teacher is refused (001 Art. 50(5))", async () => {
    const personId = await newPerson(w, w.as.cop1, { born: bornYearsAgo(14) });
    const before = await countRows(w);
    const res = await postJson(w, w.as.cop1, "/api/v1/measures", {
      kind: "preventive_conversation",
      personId,
      issuedAt: new Date(Date.now() - HOUR).toISOString(),
      legalGround: "direct_discovery",
      justification: { basis: "antisocial_behaviour", text: "Fights at school" },
      details: { place: "official_premises", durationMinutes: 40, present: [] },
    });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error.code).toBe(
      "preventive_conversation.minor_without_representative_or_teacher",
    );
    expect(await countRows(w)).toEqual(before);
  });

  it("a term outside the law is refused (001 Art. 56(2): at most 30 days)", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const before = await countRows(w);
    const res = await postJson(w, w.head, "/api/v1/measures", {
      kind: "movement_restriction",
      personId,
      issuedAt: new Date(Date.now() - HOUR).toISOString(),
      legalGround: "direct_discovery",
      justification: { basis: "antisocial_behaviour", text: "No residence" },
      term: { days: 45 },
      details: { category: "no_residence_or_documents" },
    });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error.code).toBe("movement_restriction.term_out_of_range");
    expect(await countRows(w)).toEqual(before);
  });
});

describe("facts (R2; optimistic concurrency)", () => {
  let m: Measure;
  beforeAll(async () => {
    const personId = await newPerson(w, w.as.cop1);
    m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 2 * HOUR)));
  });

  it("a stale version is a 409 and writes nothing", async () => {
    m = await addFact(w, w.as.cop1, m, {
      type: "served",
      at: new Date(Date.now() - HOUR).toISOString(),
      channel: "in_person",
    });
    const before = await countRows(w);
    const res = await postJson(w, w.as.cop1, `/api/v1/measures/${m.id}/facts`, {
      version: m.version - 1,
      type: "signed",
      at: new Date().toISOString(),
    });
    expect(res.statusCode).toBe(409);
    expect((res.json() as ErrorJson).error.code).toBe("conflict.stale_version");
    expect(await countRows(w)).toEqual(before);
  });

  it("a fact on a terminated measure is refused by the law (422 measure.terminated)", async () => {
    m = await addFact(w, w.as.cop1, m, {
      type: "terminated",
      at: new Date().toISOString(),
      ground: "early_correction",
    });
    expect(m.status).toBe("terminated");
    const before = await countRows(w);
    const res = await postJson(w, w.as.cop1, `/api/v1/measures/${m.id}/facts`, {
      version: m.version,
      type: "violation",
      at: new Date().toISOString(),
    });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({ code: "measure.terminated" });
    expect(await countRows(w)).toEqual(before);
    const version = await w.t.db
      .selectFrom("measure")
      .select("version")
      .where("id", "=", m.id)
      .executeTakeFirstOrThrow();
    expect(version.version).toBe(m.version); // the version bump rolled back with the refusal
  });

  it("an unknown fact type or a missing field is a 400", async () => {
    const res = await postJson(w, w.as.cop1, `/api/v1/measures/${m.id}/facts`, {
      version: m.version,
      type: "control_check",
      at: new Date().toISOString(),
      outcome: "complied",
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorJson).error.field).toBe("place");
  });

  it("facts are append-only in the database", async () => {
    await expect(
      w.t.db.updateTable("measure_fact").set({ type: "signed" }).where("measure_id", "=", m.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(w.t.db.deleteFrom("measure_fact").where("measure_id", "=", m.id).execute()).rejects.toThrow(
      /append-only/,
    );
  });
});

describe("scope and audit (R11.1, R11.2, 001 Art. 59(6))", () => {
  let m: Measure;
  let personId: string;
  beforeAll(async () => {
    personId = await newPerson(w, w.as.cop1);
    m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - HOUR)));
  });

  it("an inspector of another district cannot read the measure or the person's measures: as if none existed", async () => {
    expect((await getJson(w, w.as.cop2, `/api/v1/measures/${m.id}`)).statusCode).toBe(404);
    expect((await getJson(w, w.as.cop2, `/api/v1/persons/${personId}/measures`)).statusCode).toBe(404);
    const res = await postJson(w, w.as.cop2, "/api/v1/measures", warningBody(personId, new Date()));
    expect(res.statusCode).toBe(404);
  });

  it("an analyst is refused personal case data; the region prosecutor reads it", async () => {
    expect((await getJson(w, w.as.analyst, `/api/v1/measures/${m.id}`)).statusCode).toBe(403);
    const res = await getJson(w, w.as.prosecutor, `/api/v1/measures/${m.id}`);
    expect(res.statusCode).toBe(200);
    const list = await getJson(w, w.as.prosecutor, `/api/v1/persons/${personId}/measures`);
    expect((list.json() as { items: { id: string }[] }).items.map((x) => x.id)).toEqual([m.id]);
  });

  it("writes and reads are audited", async () => {
    await getJson(w, w.as.cop1, `/api/v1/measures/${m.id}`);
    const rows = await w.t.db
      .selectFrom("audit_log")
      .select(["action", "actor_name", "fields"])
      .where("record_id", "=", m.id)
      .orderBy("id")
      .execute();
    const actions = rows.map((r) => `${r.action}:${r.actor_name}`);
    expect(actions).toContain("measure.create:cop1");
    expect(actions).toContain("measure.read:cop1");
    expect(actions).toContain("measure.read:prosecutor");
    // Refusals are audited too, and show no fields.
    expect(actions).toContain("measure.read_refused:cop2");
    expect(actions).toContain("measure.read_refused:analyst");
    const reads = rows.filter((r) => !r.action.endsWith("_refused"));
    expect(reads.every((r) => r.fields.length > 0)).toBe(true);
  });
});
