import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "@aldyn/contract";
import { describeCount, StatementCounter, type StatementCount } from "../../test/statement-counter.ts";
import { createVia, get, personInput, personsWorld, type PersonsWorld } from "./persons.fixture.ts";

/**
 * The light reads' statements, as PostgreSQL receives them (R12 fast path): an IIN lookup is the
 * session's lookup and one statement that reads the hits and writes their audit rows (R11.2); a person
 * card is the session, the record, then its documents read by the statement that writes the audit row.
 * Each is a prepared statement built once (db/hot-query.ts); a change that adds a round trip to these
 * reads — paid by every request of an inspector's day — fails here with the statements listed.
 */
let w: PersonsWorld;
let counter: StatementCounter;
let person: Person;
beforeAll(async () => {
  w = await personsWorld();
  counter = new StatementCounter(w.t.tdb.pool);
  person = await createVia(w, w.as.cop1, personInput(w.d1.id));
});
afterAll(async () => w.close());

async function counted(url: string): Promise<{ status: number; body: string; count: StatementCount }> {
  const { result, count } = await counter.count(() => get(w, w.as.cop1, url));
  return { status: result.statusCode, body: result.body, count };
}

describe("statements of the light reads", () => {
  it("an IIN lookup: the session and one audited read, no transaction control", async () => {
    for (let i = 0; i < 3; i += 1) {
      const r = await counted(`/api/v1/persons?iin=${person.personal!.iin}`);
      expect(r.status, r.body).toBe(200);
      expect((JSON.parse(r.body) as { total: number }).total).toBe(1);
      expect(r.count.all, describeCount(r.count)).toBe(2);
    }
  });

  it("a person card: the session, the record and the audited documents", async () => {
    const r = await counted(`/api/v1/persons/${person.id}`);
    expect(r.status, r.body).toBe(200);
    expect(r.count.all, describeCount(r.count)).toBe(3);
  });
});
