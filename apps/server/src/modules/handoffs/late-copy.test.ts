import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addFact, issue, newPerson, warningBody } from "../preventive-measures/measures.fixture.ts";
import { handoffsWorld, type HandoffsWorld } from "./handoffs.fixture.ts";

let w: HandoffsWorld;
beforeAll(async () => {
  w = await handoffsWorld();
});
afterAll(async () => w.t.close());

describe("a late copy of a served warning (001 Art. 51(3))", () => {
  it("is recorded and sent to the prosecutor", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const issuedAt = new Date(Date.now() - 16 * 86_400_000);
    const m = await issue(w, w.as.cop1, warningBody(personId, issuedAt));
    const served = await addFact(w, w.as.cop1, m, {
      type: "served",
      at: new Date(issuedAt.getTime() + 3_600_000).toISOString(),
      channel: "in_person",
    });
    const copied = await addFact(w, w.as.cop1, served, {
      type: "prosecutor_notified",
      at: new Date().toISOString(),
    });
    expect(copied.version).toBeGreaterThan(served.version);
  });
});
