import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "@aldyn/contract";
import {
  auditRows,
  createVia,
  get,
  personInput,
  personsWorld,
  type PersonsWorld,
} from "./persons.fixture.ts";

// The hot reads run as prepared statements and write their audit rows in the statement that reads
// (read-person.ts, search-persons.ts). PostgreSQL switches a prepared statement to a generic plan
// after five runs, so each read is repeated past that point: the answer and its audit must not change.

let w: PersonsWorld;
let mine: Person; // in cop1's district
let other: Person; // in the other district: never read by cop1

beforeAll(async () => {
  w = await personsWorld();
  mine = await createVia(w, w.as.cop1, personInput(w.d1.id));
  other = await createVia(w, w.as.cop2, personInput(w.d2.id));
});
afterAll(async () => w.close());

const RUNS = 8;

describe("audited hot reads (R11.2), repeated past the generic plan", () => {
  it("each IIN lookup finds the person and writes one audit row with the summary fields, route and request", async () => {
    const before = (await auditRows(w, mine.id, "person.read")).length;
    for (let i = 0; i < RUNS; i++) {
      const res = await get(w, w.as.cop1, `/api/v1/persons?iin=${mine.personal!.iin}`);
      expect(res.statusCode).toBe(200);
      expect((res.json() as { items: { id: string }[] }).items.map((x) => x.id)).toEqual([mine.id]);
    }
    const rows = (await auditRows(w, mine.id, "person.read")).slice(before);
    expect(rows).toHaveLength(RUNS);
    for (const r of rows) {
      expect(r.actor_name).toBe("cop1");
      expect(r.fields).toEqual(expect.arrayContaining(["iin", "lastNameCyr", "birthDate"]));
      expect(r.fields).not.toContain("documents");
      expect(r.route).toBe("GET /api/v1/persons");
      expect(r.request_id).toBeTruthy();
    }
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(RUNS);
  });

  it("an IIN lookup outside the territory finds nothing and writes nothing", async () => {
    const before = (await auditRows(w, other.id)).length;
    for (let i = 0; i < RUNS; i++) {
      const res = await get(w, w.as.cop1, `/api/v1/persons?iin=${other.personal!.iin}`);
      expect((res.json() as { total: number }).total).toBe(0);
    }
    expect(await auditRows(w, other.id)).toHaveLength(before);
  });

  it("each read of a person returns the documents and writes one audit row listing them", async () => {
    const before = (await auditRows(w, mine.id, "person.read")).length;
    for (let i = 0; i < RUNS; i++) {
      const res = await get(w, w.as.cop1, `/api/v1/persons/${mine.id}`);
      expect(res.statusCode).toBe(200);
      expect((res.json() as Person).personal?.documents).toEqual(mine.personal?.documents);
    }
    const rows = (await auditRows(w, mine.id, "person.read")).slice(before);
    expect(rows).toHaveLength(RUNS);
    expect(rows.every((r) => r.fields.includes("documents") && r.route === "GET /api/v1/persons/:id")).toBe(
      true,
    );
  });

  it("a refused read of a person (404 outside the territory) writes one refusal row each, no read", async () => {
    const before = (await auditRows(w, other.id)).length;
    for (let i = 0; i < RUNS; i++) {
      expect((await get(w, w.as.cop1, `/api/v1/persons/${other.id}`)).statusCode).toBe(404);
    }
    const rows = (await auditRows(w, other.id)).slice(before);
    expect(rows.map((r) => r.action)).toEqual(Array(RUNS).fill("person.read_refused"));
    expect(rows.every((r) => r.fields.length === 0 && r.actor_name === "cop1")).toBe(true);
  });
});
