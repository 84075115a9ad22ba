import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportDetail, ReportTriagePage } from "@aldyn/contract";
import { call, childInDanger, fileReport, ok, triageWorld, type TriageWorld } from "./triage.fixture.ts";

let w: TriageWorld;
beforeAll(async () => {
  w = await triageWorld();
});
afterAll(async () => w.close());

/** A report of district 1 triaged by the contact centre and, when `toGuardianship`, handed to guardianship. */
async function report(toGuardianship: boolean): Promise<string> {
  const id = await fileReport(w, { territoryPath: w.region.path });
  await ok(call(w, w.as.operator, "POST", `/api/v1/reports/${id}/triage`, childInDanger(w)));
  const receivers = [{ bodyId: w.bodies.police, ground: "report.inform_competent_body" }];
  if (toGuardianship)
    receivers.push({ bodyId: w.bodies.guardianship, ground: "report.inform_competent_body" });
  await ok(call(w, w.as.operator, "POST", `/api/v1/reports/${id}/route`, { receivers }));
  return id;
}

describe("a body other than the police reads only the reports that concern it (001 Arts. 39(3), 83(2))", () => {
  it("guardianship reads the report handed to it with the reporter's contacts, not another report of its district", async () => {
    const handed = await report(true);
    const notHanded = await report(false);

    const mine = await ok<ReportDetail>(call(w, w.as.guardian, "GET", `/api/v1/reports/${handed}`));
    expect(mine.reporter?.phone).toBe("+7 701 555 12 34");
    expect(mine.duplicates).toEqual([]); // comparing reports is the contact centre's work
    const other = await call(w, w.as.guardian, "GET", `/api/v1/reports/${notHanded}`);
    expect([403, 404]).toContain(other.statusCode);
    expect(other.body).not.toContain("+7 701 555 12 34");

    // Its head reads the same ones (without contacts); the police of the district read both.
    expect((await call(w, w.as.guardHead, "GET", `/api/v1/reports/${handed}`)).statusCode).toBe(200);
    expect([403, 404]).toContain(
      (await call(w, w.as.guardHead, "GET", `/api/v1/reports/${notHanded}`)).statusCode,
    );
    expect((await call(w, w.as.cop, "GET", `/api/v1/reports/${notHanded}`)).statusCode).toBe(200);
  });

  it("the queue of a body-scoped reader lists only its reports; the contact centre's lists all", async () => {
    const handed = await report(true);
    const notHanded = await report(false);
    const ids = async (who: TriageWorld["as"][keyof TriageWorld["as"]]) =>
      (
        await ok<ReportTriagePage>(call(w, who, "GET", "/api/v1/reports/triage?status=routed&pageSize=100"))
      ).items.map((r) => r.id);
    const guardian = await ids(w.as.guardian);
    expect(guardian).toContain(handed);
    expect(guardian).not.toContain(notHanded);
    const operator = await ids(w.as.operator);
    expect(operator).toEqual(expect.arrayContaining([handed, notHanded]));
  });
});
