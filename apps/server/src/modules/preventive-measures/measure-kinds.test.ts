import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, legalDateOf, ONCE_EVERY_SEVEN_DAYS } from "@aldyn/law";
import type { Measure, RegisterEntry, RegisterEntryList } from "@aldyn/contract";
import {
  addFact,
  getJson,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  postJson,
  today,
  type MeasuresWorld,
} from "./measures.fixture.ts";

let w: MeasuresWorld;
beforeAll(async () => {
  w = await measuresWorld();
});
afterAll(async () => w.close());

const grounds = {
  legalGround: "direct_discovery",
  justification: { basis: "antisocial_behaviour", text: "Threats of violence against the spouse" },
};

describe("other kinds through the same API", () => {
  it("a protective order places on 59(2)(1) with weekly control from delivery (60(5), 60(7))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const issuedAt = new Date(Date.now() - 2 * HOUR);
    let m = await issue(w, w.as.cop1, {
      kind: "protective_order",
      personId,
      issuedAt: issuedAt.toISOString(),
      ...grounds,
      details: {
        subjectSane: true,
        placeOfIssue: "District police office",
        placeOfViolence: "The shared dwelling",
        timeOfViolence: new Date(Date.now() - 10 * HOUR).toISOString(),
        circumstances: "Threats of violence against the spouse",
        victims: [{ fullName: "Сейтқали Әйгерім Болатқызы", address: "Астана қ., Әуезов к-сі, 7" }],
        prohibitions: ["violence", "visiting_victim"],
        coversFamilyMembers: true,
        consequencesStated: true,
        appealRightStated: true,
      },
      rightsExplained: true,
    });
    expect(m.register).toMatchObject({ places: true, ground: "59.2.1_protective_order" });
    m = await addFact(w, w.as.cop1, m, {
      type: "served",
      at: new Date(issuedAt.getTime() + HOUR).toISOString(),
      channel: "text_message",
    });
    const x = legalDateOf(new Date(issuedAt.getTime() + HOUR));
    expect(m.validUntil).toBe(addCalendarDays(x, 30));
    expect(m.control?.frequency).toEqual(ONCE_EVERY_SEVEN_DAYS);
    expect(m.control?.nextDue).toBe(addCalendarDays(x, 7));
    const entries = (
      await getJson(w, w.as.cop1, `/api/v1/persons/${personId}/register-entries`)
    ).json() as RegisterEntryList;
    expect(entries.items[0]).toMatchObject({
      ground: "59.2.1_protective_order",
      lastDay: addCalendarDays(x, 30),
    });
  });

  it("a statutory notice to an organisation: the answer is due a month from receipt (57(2))", async () => {
    let m = await issue(w, w.head, {
      kind: "statutory_notice",
      organisation: { name: "Secondary school No. 5", headOrOfficial: "Director" },
      issuedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
      ...grounds,
    });
    expect(m.personId).toBeNull();
    m = await addFact(w, w.head, m, {
      type: "served",
      at: new Date(Date.now() - HOUR).toISOString(),
      channel: "email",
    });
    const duty = m.duties.find((d) => d.code === "statutory_notice.answer");
    expect(duty).toMatchObject({ overdue: false, liability: false });
    expect(duty?.dueAt).not.toBeNull();
  });

  it("an extension of a running entry (59(9)) moves its last day", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m: Measure = await issue(w, w.as.cop1, {
      kind: "official_warning",
      personId,
      issuedAt: new Date(Date.now() - HOUR).toISOString(),
      ...grounds,
      rightsExplained: true,
    });
    const served = await addFact(w, w.as.cop1, m, {
      type: "served",
      at: new Date().toISOString(),
      channel: "in_person",
    });
    const entry = (
      await getJson(w, w.as.cop1, `/api/v1/register/${served.register.entryIds[0]}`)
    ).json() as RegisterEntry;
    expect(entry.lastDay).toBe(served.validUntil);
    const until = addCalendarDays(today(), 90);
    const res = await postJson(w, w.as.cop1, `/api/v1/register/${entry.id}/facts`, {
      version: entry.version,
      type: "extended",
      on: today(),
      until,
      reason: "Repeated threats after the warning",
    });
    expect(res.statusCode).toBe(201);
    expect((res.json() as RegisterEntry).lastDay).toBe(until);
  });

  it("a retried issue with the same Idempotency-Key returns the first measure and writes nothing more", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const body = {
      kind: "official_warning",
      personId,
      issuedAt: new Date(Date.now() - HOUR).toISOString(),
      ...grounds,
      rightsExplained: true,
    };
    const headers = { ...w.as.cop1.headers, "idempotency-key": `issue-${personId}` };
    const send = () => w.t.app.inject({ method: "POST", url: "/api/v1/measures", headers, payload: body });
    const first = await send();
    const second = await send();
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect((second.json() as Measure).id).toBe((first.json() as Measure).id);
    const rows = await w.t.db.selectFrom("measure").select("id").where("person_id", "=", personId).execute();
    expect(rows).toHaveLength(1);
  });
});
