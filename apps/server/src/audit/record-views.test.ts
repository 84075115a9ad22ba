import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, makeBody, makeUser } from "../test/app.ts";
import { sealAudit } from "./chain.ts";
import {
  getJson,
  issue,
  measuresWorld,
  newPerson,
  warningBody,
  type MeasuresWorld,
} from "../modules/preventive-measures/measures.fixture.ts";

let w: MeasuresWorld;
beforeAll(async () => {
  w = await measuresWorld();
  const national = await makeBody(w.t.db, "KZ", "ministry");
  await makeUser(w.t.db, { username: "aud", roles: ["auditor"], bodyId: national });
});
afterAll(async () => w.close());

describe("who has viewed a person's record (issue 4 item 7)", () => {
  it("the police head and the auditor see the reads of the person and of the measures; an inspector may not ask", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 3600_000)));
    await getJson(w, w.as.cop1, `/api/v1/persons/${personId}`);
    await getJson(w, w.as.cop1, `/api/v1/measures/${m.id}`);
    const head = await getJson(w, w.head, `/api/v1/persons/${personId}/views`);
    expect(head.statusCode).toBe(200);
    const rows = (head.json() as { items: { action: string; actorName: string; recordId: string }[] }).items;
    expect(rows.some((r) => r.action === "person.read" && r.recordId === personId)).toBe(true);
    expect(rows.some((r) => r.action === "measure.read" && r.recordId === m.id)).toBe(true);
    const auditor = await login(w.t.app, "aud");
    expect((await getJson(w, auditor, `/api/v1/persons/${personId}/views`)).statusCode).toBe(200);
    const cop = await getJson(w, w.as.cop1, `/api/v1/persons/${personId}/views`);
    expect(cop.statusCode).toBe(403);
    const analyst = await getJson(w, w.as.analyst, `/api/v1/persons/${personId}/views`);
    expect(analyst.statusCode).toBe(403);
  });

  it("a worklist page and an export that showed the person are listed, with the fields they showed (R11.2)", async () => {
    const personId = await newPerson(w, w.as.cop1);
    // Issued an hour ago: the prosecutor's copy is due within 24 hours (001 Art. 51(3)).
    await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 3600_000)));
    const page = await getJson(w, w.as.cop1, "/api/v1/worklists/duties?scope=mine&withinDays=1");
    expect((page.json() as { items: { personId: string }[] }).items.map((i) => i.personId)).toContain(
      personId,
    );
    const file = await getJson(w, w.as.cop1, "/api/v1/worklists/duties.csv?scope=mine&withinDays=1");
    // The file names the person (no ids in an export); its audit row names the person by id.
    expect(file.body).toContain("Сейтқали");
    const views = await getJson(w, w.head, `/api/v1/persons/${personId}/views`);
    const rows = (
      views.json() as { items: { action: string; actorName: string; recordId: string; fields: string[] }[] }
    ).items;
    for (const action of ["worklist.duties", "worklist.duties.export"])
      expect(rows).toContainEqual(
        expect.objectContaining({
          action,
          actorName: "cop1",
          recordId: personId,
          fields: ["lastNameCyr", "firstNameCyr"],
        }),
      );
  });

  it("a row not yet chained shows no place in the chain, then its place once sealed (R11.2)", async () => {
    const personId = await newPerson(w, w.as.cop1);
    await getJson(w, w.as.cop1, `/api/v1/persons/${personId}`);
    const seqOf = async () => {
      const r = await getJson(w, w.head, `/api/v1/persons/${personId}/views`);
      const rows = (r.json() as { items: { action: string; seq: number | null }[] }).items;
      return rows.find((x) => x.action === "person.read")!.seq;
    };
    // Tests run no sealer: the read's row is written, not yet chained (it used to read "0").
    expect(await seqOf()).toBeNull();
    await sealAudit(w.t.db);
    expect(await seqOf()).toBeGreaterThan(0);
  });
});
