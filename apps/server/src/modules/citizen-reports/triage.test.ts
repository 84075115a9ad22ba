import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { ReportLock, ReportTriagePage } from "@aldyn/contract";
import { login, makeUser } from "../../test/app.ts";
import { personInput } from "../persons/persons.fixture.ts";
import {
  call,
  childInDanger,
  codeOf,
  fileReport,
  ok,
  triageWorld,
  type TriageWorld,
} from "./triage.fixture.ts";

let w: TriageWorld;
beforeAll(async () => {
  w = await triageWorld();
});
afterAll(async () => w.close());

const HOUR = 3600_000;

describe("the triage queue (R6)", () => {
  it("lists the territory's open reports: immediate and urgent first, then not yet triaged, oldest first", async () => {
    const old = await fileReport(w, {
      territoryPath: w.region.path,
      receivedAt: new Date(Date.now() - 50 * HOUR),
    });
    const fresh = await fileReport(w, {
      territoryPath: w.region.path,
      receivedAt: new Date(Date.now() - 2 * HOUR),
    });
    const urgent = await fileReport(w, {
      territoryPath: w.region.path,
      receivedAt: new Date(Date.now() - HOUR),
    });
    await ok(call(w, w.as.operator, "POST", `/api/v1/reports/${urgent}/triage`, childInDanger(w)));
    const page = await ok<ReportTriagePage>(
      call(w, w.as.operator, "GET", "/api/v1/reports/triage?pageSize=100"),
    );
    const ids = page.items.map((i) => i.id);
    expect(ids.indexOf(urgent)).toBe(0);
    expect(ids.indexOf(old)).toBeLessThan(ids.indexOf(fresh));
    expect(page.items[0]).toMatchObject({ urgency: "urgent", status: "triaged", district: { id: w.d1.id } });
    // The list never carries the reporter's contacts.
    expect(JSON.stringify(page)).not.toContain("555 12 34");
    const filtered = await ok<ReportTriagePage>(
      call(w, w.as.operator, "GET", "/api/v1/reports/triage?urgency=urgent&flag=minor_involved"),
    );
    expect(filtered.items.map((i) => i.id)).toEqual([urgent]);
  });

  it("is limited to the reader's territory: another region's operator sees none of them", async () => {
    await fileReport(w, { territoryPath: w.region.path });
    const far = await ok<ReportTriagePage>(call(w, w.as.farOperator, "GET", "/api/v1/reports/triage"));
    expect(far.items).toEqual([]);
    const res = await call(
      w,
      w.as.farOperator,
      "GET",
      `/api/v1/reports/${await fileReport(w, { territoryPath: w.region.path })}`,
    );
    expect(res.statusCode).toBe(403);
  });

  it("finds a report by its registration number or the words of its description", async () => {
    const id = await fileReport(w, {
      territoryPath: w.region.path,
      description: "Шум и драка во дворе дома 17",
    });
    const d = await ok(call(w, w.as.operator, "GET", `/api/v1/reports/${id}`));
    const byNumber = await ok<ReportTriagePage>(
      call(w, w.as.operator, "GET", `/api/v1/reports/triage?q=${encodeURIComponent(d.registrationNumber)}`),
    );
    expect(byNumber.items.map((i) => i.id)).toEqual([id]);
    const byWords = await ok<ReportTriagePage>(
      call(w, w.as.operator, "GET", `/api/v1/reports/triage?q=${encodeURIComponent("драка во дворе")}`),
    );
    expect(byWords.items.map((i) => i.id)).toEqual([id]);
  });
});

describe("a report's detail (R6; R11.1, R11.2)", () => {
  it("shows the reporter's contacts to the operator and audits the read with those fields", async () => {
    const id = await fileReport(w, { territoryPath: w.region.path });
    const d = await ok(call(w, w.as.operator, "GET", `/api/v1/reports/${id}`));
    expect(d.reporter).toMatchObject({ name: "Айгүл Серікова", phone: "+7 701 555 12 34", anonymous: false });
    expect(d.can).toEqual({ work: true, readPersonal: true });
    expect(d.facts.map((f) => f.type)).toEqual(["filed"]);
    expect(d.answerOverdue).toBe(false);
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select(["fields"])
      .where("action", "=", "citizen_report.read")
      .where("record_id", "=", id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.fields).toEqual(expect.arrayContaining(["reporterName", "reporterPhone"]));
  });

  it("withholds them from a body head, who reads reports without personal data", async () => {
    const id = await fileReport(w, { territoryPath: w.region.path });
    // A body reads the reports handed to it (001 Art. 39(3)): this one goes to guardianship.
    await ok(call(w, w.as.operator, "POST", `/api/v1/reports/${id}/triage`, childInDanger(w)));
    await ok(
      call(w, w.as.operator, "POST", `/api/v1/reports/${id}/route`, {
        receivers: [{ bodyId: w.bodies.guardianship, ground: "report.inform_competent_body" }],
      }),
    );
    const d = await ok(call(w, w.as.guardHead, "GET", `/api/v1/reports/${id}`));
    expect(d.reporter).toBeNull();
    expect(d.can).toEqual({ work: false, readPersonal: false });
    expect(JSON.stringify(d)).not.toContain("555 12 34");
  });

  it("is a 404 for a report that does not exist", async () => {
    const res = await call(w, w.as.operator, "GET", "/api/v1/reports/00000000-0000-4000-8000-000000000000");
    expect(res.statusCode).toBe(404);
  });
});

describe("the lock: one official at a time (R6)", () => {
  it("refuses another official's triage while the report is held, and lets it go when released or lapsed", async () => {
    const id = await fileReport(w, { territoryPath: w.region.path });
    const lock = await ok<ReportLock>(call(w, w.as.operator, "POST", `/api/v1/reports/${id}/lock`));
    expect(lock).toMatchObject({ mine: true, userName: "User operator" });
    expect(new Date(lock.expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    const seen = await ok(call(w, w.as.operator2, "GET", `/api/v1/reports/${id}`));
    expect(seen.lock).toMatchObject({ mine: false, userName: "User operator" });

    const refused = await call(w, w.as.operator2, "POST", `/api/v1/reports/${id}/triage`, childInDanger(w));
    expect(refused.statusCode).toBe(409);
    expect(codeOf(refused)).toBe("report.locked_by_other");
    const taken = await call(w, w.as.operator2, "POST", `/api/v1/reports/${id}/lock`);
    expect(codeOf(taken)).toBe("report.locked_by_other");
    const released = await call(w, w.as.operator2, "DELETE", `/api/v1/reports/${id}/lock`);
    expect(codeOf(released)).toBe("report.locked_by_other");
    // Nothing of the refused triage was written.
    const after = await ok(call(w, w.as.operator, "GET", `/api/v1/reports/${id}`));
    expect(after).toMatchObject({ status: "received", category: null, version: 1 });

    // The holder's own triage goes through while it holds the report.
    await ok(call(w, w.as.operator, "POST", `/api/v1/reports/${id}/triage`, childInDanger(w)));
    await ok(call(w, w.as.operator, "DELETE", `/api/v1/reports/${id}/lock`), 204);
    await ok<ReportLock>(call(w, w.as.operator2, "POST", `/api/v1/reports/${id}/lock`));

    // A hold that lapsed is nobody's.
    await sql`UPDATE citizen_report SET lock_expires_at = now() - interval '1 minute' WHERE id = ${id}::uuid`.execute(
      w.t.db,
    );
    const d = await ok(call(w, w.as.operator, "GET", `/api/v1/reports/${id}`));
    expect(d.lock).toBeNull();
    const mine = await ok<ReportLock>(call(w, w.as.operator, "POST", `/api/v1/reports/${id}/lock`));
    expect(mine.mine).toBe(true);
  });

  it("is for those who work on reports: a police inspector reads but cannot take one", async () => {
    const id = await fileReport(w, { territoryPath: w.d1.path, districtId: w.d1.id });
    const res = await call(w, w.as.cop, "POST", `/api/v1/reports/${id}/lock`);
    expect(res.statusCode).toBe(403);
    await ok(call(w, w.as.cop, "GET", `/api/v1/reports/${id}`));
  });
});

describe("triage (R6)", () => {
  it("records the category, urgency, flags and district, moves the report into the district, and says it in the timeline", async () => {
    const id = await fileReport(w, { territoryPath: w.region.path });
    const d = await ok(call(w, w.as.operator, "POST", `/api/v1/reports/${id}/triage`, childInDanger(w)));
    expect(d).toMatchObject({
      status: "triaged",
      category: "child_in_danger",
      urgency: "urgent",
      proposedUrgency: "urgent",
      flags: ["minor_involved"],
      district: { id: w.d1.id },
      territoryPath: w.d1.path,
      version: 2,
    });
    expect(d.facts.map((f) => f.type)).toEqual(["filed", "triaged"]);
    // The timeline names who recorded each fact; the reporter's own filing has no official.
    expect(d.facts.map((f) => f.byName)).toEqual([null, "User operator"]);
    // The district's police now see it.
    await ok(call(w, w.as.cop, "GET", `/api/v1/reports/${id}`));
  });

  it("refuses a category outside the law's closed list, and a district of another region (400 with the field)", async () => {
    const id = await fileReport(w, { territoryPath: w.region.path });
    const bad = await call(w, w.as.operator, "POST", `/api/v1/reports/${id}/triage`, {
      ...childInDanger(w),
      category: "noisy_neighbours",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: "validation.failed", field: "category" } });
    const far = await call(w, w.as.operator, "POST", `/api/v1/reports/${id}/triage`, {
      ...childInDanger(w),
      districtId: w.otherDistrict.id,
    });
    expect(far.statusCode).toBe(400);
    expect(far.json()).toMatchObject({ error: { field: "districtId" } });
  });

  it("the operator links the persons a report concerns and reads their names (R6.3); an unknown person is refused", async () => {
    const id = await fileReport(w, { territoryPath: w.region.path });
    // A district inspector who also works at the contact centre's desk registers the person.
    await makeUser(w.t.db, {
      username: "desk.cop",
      roles: ["hotline_operator", "police_inspector_local"],
      bodyId: w.bodies.centre,
    });
    const deskCop = await login(w.t.app, "desk.cop");
    const person = await ok<{ id: string }>(
      call(w, deskCop, "POST", "/api/v1/persons", personInput(w.d1.id)),
      201,
    );
    const unknown = await call(w, w.as.operator, "POST", `/api/v1/reports/${id}/triage`, {
      ...childInDanger(w),
      personIds: [{ personId: "00000000-0000-4000-8000-000000000000", role: "minor" }],
    });
    expect(unknown.statusCode).toBeGreaterThanOrEqual(400);
    expect(unknown.statusCode).toBeLessThan(500);
    const d = await ok(
      call(w, w.as.operator, "POST", `/api/v1/reports/${id}/triage`, {
        ...childInDanger(w),
        personIds: [{ personId: person.id, role: "minor" }],
      }),
    );
    expect(d.persons).toEqual([{ personId: person.id, role: "minor", fullName: "Сейтқали Нұрлан Серікұлы" }]);
  });

  it("refuses a stale version (409) and writes nothing", async () => {
    const id = await fileReport(w, { territoryPath: w.region.path });
    const res = await call(w, w.as.operator, "POST", `/api/v1/reports/${id}/triage`, {
      ...childInDanger(w),
      version: 7,
    });
    expect(codeOf(res)).toBe("conflict.stale_version");
    const d = await ok(call(w, w.as.operator, "GET", `/api/v1/reports/${id}`));
    expect(d.facts).toHaveLength(1);
  });
});

describe("likely duplicates and duplicate-of (R6)", () => {
  it("finds a report from the same telephone and one nearby, and marks a duplicate closed", async () => {
    const first = await fileReport(w, {
      territoryPath: w.region.path,
      phone: "+7 (777) 123-45-67",
      lat: 43.25,
      lon: 76.95,
    });
    const samePhone = await fileReport(w, { territoryPath: w.region.path, phone: "87771234567" });
    const near = await fileReport(w, {
      territoryPath: w.region.path,
      phone: null,
      name: null,
      lat: 43.2505,
      lon: 76.9502,
    });
    const d = await ok(call(w, w.as.operator, "GET", `/api/v1/reports/${first}`));
    const byId = new Map(d.duplicates.map((x) => [x.id, x.reasons]));
    expect(byId.get(samePhone)).toEqual(["same_phone"]);
    expect(byId.get(near)).toEqual(["near_location"]);

    const self = await call(w, w.as.operator, "POST", `/api/v1/reports/${samePhone}/duplicate-of`, {
      reportId: samePhone,
    });
    expect(codeOf(self)).toBe("report.duplicate_invalid");
    const marked = await ok(
      call(w, w.as.operator, "POST", `/api/v1/reports/${samePhone}/duplicate-of`, { reportId: first }),
    );
    expect(marked).toMatchObject({ status: "closed", duplicateOf: { id: first } });
    expect(marked.facts.at(-1)?.type).toBe("marked_duplicate");
    // A duplicate is not offered again, nor is it an original to name.
    const again = await ok(call(w, w.as.operator, "GET", `/api/v1/reports/${first}`));
    expect(again.duplicates.map((x) => x.id)).not.toContain(samePhone);
    const chain = await call(w, w.as.operator, "POST", `/api/v1/reports/${near}/duplicate-of`, {
      reportId: samePhone,
    });
    expect(codeOf(chain)).toBe("report.duplicate_invalid");
    // A closed report is not triaged.
    const closed = await call(
      w,
      w.as.operator,
      "POST",
      `/api/v1/reports/${samePhone}/triage`,
      childInDanger(w),
    );
    expect(codeOf(closed)).toBe("report.closed");
  });
});
