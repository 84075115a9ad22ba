import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRACKING_CODE_PATTERN, type ReportDetail, type ReportFiled } from "@aldyn/contract";
import {
  closeWorld,
  countReports,
  filePublic,
  intakeWorld,
  SAMPLES,
  track,
  type IntakeWorld,
} from "./intake.fixture.ts";
import type { LoggedIn } from "../../test/app.ts";

let w: IntakeWorld;
beforeAll(async () => {
  w = await intakeWorld();
});
afterAll(async () => closeWorld(w));

const DESCRIPTION = "A neighbour says a child of five is left alone for days in flat 12.";

async function enter(who: LoggedIn, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return w.t.app.inject({
    method: "POST",
    url: "/api/v1/reports",
    headers: { ...who.headers, ...headers },
    payload: body,
  });
}

describe("a hotline call entered by the operator (R6; 001 Art. 71(8))", () => {
  it("files the call with its time and the caller's consent; the receiving body is the contact centre", async () => {
    const callAt = new Date(Date.now() - 10 * 60_000).toISOString();
    const res = await enter(w.as.operator, {
      channel: "hotline",
      callAt,
      callbackConsent: true,
      description: DESCRIPTION,
      districtId: w.d2.id,
      locationText: "Flat 12, Lenin St. 4",
      reporterName: "Saule",
      reporterPhone: "+7 777 123 4567",
    });
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json() as ReportFiled;
    expect(out).toMatchObject({
      channel: "hotline",
      status: "received",
      territoryPath: w.d2.path,
      districtId: w.d2.id,
    });
    expect(out.trackingCode).toMatch(TRACKING_CODE_PATTERN);
    expect(new Date(out.answerDueAt).getTime()).toBeGreaterThan(new Date(out.receivedAt).getTime());
    const row = await w.t.db
      .selectFrom("citizen_report")
      .selectAll()
      .where("id", "=", out.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      taken_by_body_id: w.bodies.centre,
      created_by: w.ids.operator,
      callback_consent: true,
      reporter_name: "Saule",
    });
    expect(new Date(row.call_at!).toISOString()).toBe(callAt);
    const facts = await w.t.db
      .selectFrom("citizen_report_fact")
      .selectAll()
      .where("report_id", "=", out.id)
      .execute();
    expect(facts.map((f) => [f.type, f.recorded_by])).toEqual([["filed", w.ids.operator]]);
    const audit = await w.t.db.selectFrom("audit_log").selectAll().where("record_id", "=", out.id).execute();
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([["citizen_report.create", w.ids.operator]]);
    // The caller reads the status by the code the operator read out.
    expect((await track(w, out.trackingCode)).statusCode).toBe(200);
  });

  it("a call back needs the caller's telephone; a call in the future is a mistake", async () => {
    const before = await countReports(w);
    const noPhone = await enter(w.as.operator, {
      channel: "hotline",
      callAt: new Date().toISOString(),
      callbackConsent: true,
      description: DESCRIPTION,
      districtId: w.d1.id,
    });
    expect(noPhone.statusCode).toBe(400);
    expect(noPhone.json()).toMatchObject({
      error: {
        code: "validation.failed",
        details: [{ field: "body.reporterPhone", code: "callback_without_phone" }],
      },
    });
    const future = await enter(w.as.operator, {
      channel: "hotline",
      callAt: new Date(Date.now() + 3_600_000).toISOString(),
      callbackConsent: false,
      description: DESCRIPTION,
      districtId: w.d1.id,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ error: { field: "callAt", details: [{ code: "in_future" }] } });
    const noCallTime = await enter(w.as.operator, {
      channel: "hotline",
      callbackConsent: false,
      description: DESCRIPTION,
      districtId: w.d1.id,
    });
    expect(noCallTime.statusCode).toBe(400);
    expect(await countReports(w)).toBe(before);
  });

  it("a retry with the same Idempotency-Key files the report once", async () => {
    const before = await countReports(w);
    const body = {
      channel: "hotline",
      callAt: new Date().toISOString(),
      callbackConsent: false,
      description: DESCRIPTION,
      districtId: w.d1.id,
      anonymous: true,
    };
    const first = await enter(w.as.operator, body, { "idempotency-key": "call-0001" });
    const again = await enter(w.as.operator, body, { "idempotency-key": "call-0001" });
    expect(first.statusCode, first.body).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await countReports(w)).toBe(before + 1);
  });
});

describe("a report made in person at a body, entered by its official (R6; 001 Art. 6(4))", () => {
  it("takes a report about another district: the body passes it on (001 Art. 39(3))", async () => {
    const res = await enter(w.as.cop, {
      channel: "in_person",
      description: DESCRIPTION,
      districtId: w.d2.id,
      occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
      reporterName: "Marat",
    });
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json() as ReportFiled;
    const row = await w.t.db
      .selectFrom("citizen_report")
      .selectAll()
      .where("id", "=", out.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: "in_person",
      taken_by_body_id: w.bodies.police,
      territory_path: w.d2.path,
      call_at: null,
    });
    expect(row.occurred_at).not.toBeNull();
    // The contact centre reads when it happened beside when it was received.
    const read = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/reports/${out.id}`,
      headers: w.as.operator.headers,
    });
    expect(read.statusCode, read.body).toBe(200);
    expect((read.json() as ReportDetail).occurredAt).toBe(new Date(row.occurred_at!).toISOString());
  });

  it("refuses a role that takes no reports (403), a logged-out caller (401), an unknown district, a hotline field", async () => {
    const before = await countReports(w);
    const analyst = await enter(w.as.analyst, {
      channel: "in_person",
      description: DESCRIPTION,
      districtId: w.d1.id,
    });
    expect(analyst.statusCode).toBe(403);
    const anonymousCaller = await w.t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: { channel: "in_person", description: DESCRIPTION, districtId: w.d1.id },
    });
    expect(anonymousCaller.statusCode).toBe(401);
    const region = await enter(w.as.cop, {
      channel: "in_person",
      description: DESCRIPTION,
      districtId: w.region.id,
    });
    expect(region.statusCode).toBe(400);
    expect(region.json()).toMatchObject({ error: { field: "districtId" } });
    const mixed = await enter(w.as.cop, {
      channel: "in_person",
      description: DESCRIPTION,
      districtId: w.d1.id,
      callbackConsent: true,
    });
    expect(mixed.statusCode).toBe(400);
    expect(await countReports(w)).toBe(before);
  });
});

describe("a report's files are the report's: officials who read its personal data see them (R6, R11.5)", () => {
  it("the operator lists and downloads the photo a citizen sent; the analyst may not", async () => {
    const res = await filePublic(w, { description: DESCRIPTION, districtId: w.d1.id }, [
      { name: "files", fileName: "door.png", type: "image/png", data: SAMPLES.png },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const { registrationNumber } = res.json() as { registrationNumber: string };
    const report = await w.t.db
      .selectFrom("citizen_report")
      .select("id")
      .where("registration_number", "=", registrationNumber)
      .executeTakeFirstOrThrow();
    const list = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/attachments?recordType=citizen_report&recordId=${report.id}`,
      headers: w.as.operator.headers,
    });
    expect(list.statusCode, list.body).toBe(200);
    const items = (list.json() as { items: { id: string; uploadedBy: string | null; fileName: string }[] })
      .items;
    expect(items).toMatchObject([{ fileName: "door.png", uploadedBy: null }]);
    const file = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/attachments/${items[0]!.id}`,
      headers: w.as.operator.headers,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(SAMPLES.png)).toBe(true);
    const analyst = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/attachments?recordType=citizen_report&recordId=${report.id}`,
      headers: w.as.analyst.headers,
    });
    expect(analyst.statusCode).toBe(403);
  });
});
