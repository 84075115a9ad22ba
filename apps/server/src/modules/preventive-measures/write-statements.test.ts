import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LightMyRequestResponse } from "fastify";
import type { Measure } from "@aldyn/contract";
import type { LoggedIn } from "../../test/app.ts";
import { describeCount, StatementCounter, type StatementCount } from "../../test/statement-counter.ts";
import { protectiveOrder } from "./confidentiality.fixture.ts";
import type { MeasureProjection } from "./measure-projection.ts";
import { EntriesMoved, writeMeasure } from "./measure-write.ts";
import { HOUR, measuresWorld, newPerson, warningBody, type MeasuresWorld } from "./measures.fixture.ts";

/**
 * The write path's statements, counted as PostgreSQL receives them from the app's pool (the queries
 * really run). A write request — the session's lookup, the use case and the measure read back for the
 * response — sends at most WRITE_BUDGET statements besides pure transaction control (BEGIN, COMMIT,
 * SAVEPOINT, RELEASE, SET LOCAL): under a mixed load each round trip waits its turn for a connection,
 * so a write's latency grows with their number. A change that reads or writes again what the one read
 * and the one write already carry fails here, with the statements listed.
 * Today: the session (1), the subject's or the measure's read (1), the write (1), a new measure's
 * confidentiality marks (1, when issuing) and the response's read of the measure (1): issuing 5, a fact 4 —
 * within the target of 8 (R12 fast path), with the budget at today's count so nothing creeps back.
 */
const WRITE_BUDGET = 5;
/** Pure transaction control of a write: BEGIN with SET LOCAL synchronous_commit (one round trip), COMMIT. */
const WRITE_CONTROL = 3;
/** An Idempotency-Key adds its reservation and its stored answer (http/idempotency.ts). */
const KEY_STATEMENTS = 2;

let w: MeasuresWorld;
let counter: StatementCounter;
beforeAll(async () => {
  w = await measuresWorld();
  counter = new StatementCounter(w.t.tdb.pool);
});
afterAll(async () => w.close());

async function post(
  who: LoggedIn,
  url: string,
  payload: unknown,
  key?: string,
): Promise<{ res: LightMyRequestResponse; count: StatementCount }> {
  const headers = { ...who.headers, ...(key ? { "idempotency-key": key } : {}) };
  const { result: res, count } = await counter.count(() =>
    w.t.app.inject({ method: "POST", url, headers, payload: payload as object }),
  );
  return { res, count };
}

/** A protective order also sends its incident to the family support centre (001 Art. 72(3)(2)): one statement. */
const HANDOFF_STATEMENTS = 1;

function withinBudget(count: StatementCount, keyed = false, handoffs = 0): void {
  const extra = (keyed ? KEY_STATEMENTS : 0) + handoffs;
  expect(count.work, describeCount(count)).toBeLessThanOrEqual(WRITE_BUDGET + extra);
  // One transaction (a savepoint of the request's when keyed), not one per step.
  expect(count.control, describeCount(count)).toBeLessThanOrEqual(WRITE_CONTROL + (keyed ? 3 : 0));
}

async function created(r: { res: LightMyRequestResponse }): Promise<Measure> {
  expect(r.res.statusCode, r.res.body).toBe(201);
  return r.res.json() as Measure;
}

async function auditActions(recordId: string): Promise<string[]> {
  const rows = await w.t.db
    .selectFrom("audit_log")
    .select("action")
    .where("record_id", "=", recordId)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.action);
}

async function entryOf(id: string) {
  return w.t.db.selectFrom("register_entry").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

async function registerFacts(entryId: string) {
  return w.t.db
    .selectFrom("register_fact")
    .select(["seq", "type", "data"])
    .where("entry_id", "=", entryId)
    .orderBy("seq")
    .execute();
}

async function measureFacts(measureId: string) {
  return w.t.db
    .selectFrom("measure_fact")
    .select(["seq", "type"])
    .where("measure_id", "=", measureId)
    .orderBy("seq")
    .execute();
}

describe(`a measure's writes send at most ${WRITE_BUDGET} statements (besides transaction control)`, () => {
  it("issuing an official warning, which places the person on the register (001 Art. 59(2)(5))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const r = await post(w.as.cop1, "/api/v1/measures", warningBody(personId, new Date(Date.now() - HOUR)));
    const m = await created(r);
    withinBudget(r.count);
    expect(m.register.entryIds).toHaveLength(1);
    const entryId = m.register.entryIds[0]!;
    expect(await entryOf(entryId)).toMatchObject({
      person_id: personId,
      ground: "59.2.5_official_warning",
      status: "active",
    });
    expect((await registerFacts(entryId)).map((f) => f.type)).toEqual(["placed"]);
    expect(await measureFacts(m.id)).toEqual([{ seq: 0, type: "issued" }]);
    expect(m.duties.map((d) => d.code)).toContain("official_warning.prosecutor_copy");
    expect(await auditActions(m.id)).toEqual(["measure.create"]);
    expect(await auditActions(entryId)).toEqual(["register_entry.create"]);
  });

  it("issuing a second warning joins the person's running entry on that ground (001 Art. 59(2))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const first = await created(
      await post(w.as.cop1, "/api/v1/measures", warningBody(personId, new Date(Date.now() - 3 * HOUR))),
    );
    const r = await post(w.as.cop1, "/api/v1/measures", warningBody(personId, new Date(Date.now() - HOUR)));
    const second = await created(r);
    withinBudget(r.count);
    expect(second.register.entryIds).toEqual(first.register.entryIds);
    const links = await w.t.db
      .selectFrom("register_entry_measure")
      .select("measure_id")
      .where("entry_id", "=", first.register.entryIds[0]!)
      .execute();
    expect(links.map((l) => l.measure_id).sort()).toEqual([first.id, second.id].sort());
  });

  it("issuing a protective order: placed (60(7)) and its victims marked confidential in the same transaction (83(2))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const r = await post(w.as.cop1, "/api/v1/measures", protectiveOrder(personId));
    const m = await created(r);
    withinBudget(r.count, false, HANDOFF_STATEMENTS);
    expect(m.register).toMatchObject({ places: true, ground: "59.2.1_protective_order" });
    const marks = await w.t.db
      .selectFrom("measure_confidential" as never)
      .select(["field" as never, "barrier" as never])
      .where("measure_id" as never, "=", m.id as never)
      .execute();
    expect(marks).toEqual([{ field: "input.details.victims", barrier: "victim" }]);
    expect(await auditActions(m.id)).toEqual(["measure.create"]);
  });

  it("recording the copy to the prosecutor sends the prosecutor's office its hand-off in the same transaction (001 Art. 51(3))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m0 = await created(
      await post(w.as.cop1, "/api/v1/measures", warningBody(personId, new Date(Date.now() - HOUR))),
    );
    const r = await post(w.as.cop1, `/api/v1/measures/${m0.id}/facts`, {
      version: m0.version,
      type: "prosecutor_notified",
      at: new Date().toISOString(),
    });
    expect(r.res.statusCode, r.res.body).toBe(201);
    withinBudget(r.count);
    const sent = await w.t.db
      .selectFrom("handoff")
      .select(["ground", "state"])
      .where("record_id", "=", m0.id)
      .execute();
    expect(sent).toEqual([{ ground: "official_warning.prosecutor_copy", state: "sent" }]);
  });

  it("recording service, then a control check carried to the measure's register entry (001 Arts. 51(6), 59(10))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const issuedAt = new Date(Date.now() - 3 * HOUR);
    const m0 = await created(await post(w.as.cop1, "/api/v1/measures", warningBody(personId, issuedAt)));
    const entryId = m0.register.entryIds[0]!;

    const served = await post(w.as.cop1, `/api/v1/measures/${m0.id}/facts`, {
      version: m0.version,
      type: "served",
      at: new Date(issuedAt.getTime() + HOUR).toISOString(),
      channel: "in_person",
    });
    const m1 = await created(served);
    withinBudget(served.count);
    expect(m1).toMatchObject({ status: "active", version: m0.version + 1 });
    expect(await auditActions(m0.id)).toEqual(["measure.create", "measure.fact.served"]);

    const entryBefore = await entryOf(entryId);
    const check = await post(w.as.cop1, `/api/v1/measures/${m0.id}/facts`, {
      version: m1.version,
      type: "control_check",
      at: new Date(Date.now() - HOUR / 2).toISOString(),
      outcome: "complied",
      place: "At home",
    });
    const m2 = await created(check);
    withinBudget(check.count);
    expect(m2.control?.checksDone).toBe(1);
    expect((await measureFacts(m0.id)).map((f) => f.type)).toEqual(["issued", "served", "control_check"]);
    const facts = await registerFacts(entryId);
    expect(facts.map((f) => f.type)).toEqual(["placed", "control_check"]);
    expect(facts[1]!.data).toMatchObject({ measureId: m0.id, outcome: "complied", place: "At home" });
    // A fact of the entry moves its version (0004), so a writer holding the old one reloads.
    const entryAfter = await entryOf(entryId);
    expect(entryAfter.version).toBe(entryBefore.version + 1);
    expect(entryAfter.next_control_due).not.toBeNull();
    expect(await auditActions(m0.id)).toEqual([
      "measure.create",
      "measure.fact.served",
      "measure.fact.control_check",
    ]);
  });

  it("the same writes in one request transaction (Idempotency-Key) add only the key's own statements", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const issue = await post(
      w.as.cop1,
      "/api/v1/measures",
      warningBody(personId, new Date(Date.now() - 3 * HOUR)),
      `write-statements-issue-${personId}`,
    );
    const m0 = await created(issue);
    withinBudget(issue.count, true);
    const served = await post(
      w.as.cop1,
      `/api/v1/measures/${m0.id}/facts`,
      {
        version: m0.version,
        type: "served",
        at: new Date(Date.now() - 2 * HOUR).toISOString(),
        channel: "in_person",
      },
      `write-statements-served-${personId}`,
    );
    const m1 = await created(served);
    withinBudget(served.count, true);
    const check = await post(
      w.as.cop1,
      `/api/v1/measures/${m0.id}/facts`,
      {
        version: m1.version,
        type: "control_check",
        at: new Date(Date.now() - HOUR).toISOString(),
        outcome: "complied",
        place: "At home",
      },
      `write-statements-check-${personId}`,
    );
    await created(check);
    withinBudget(check.count, true);
    const entryId = m0.register.entryIds[0]!;
    expect((await registerFacts(entryId)).map((f) => f.type)).toEqual(["placed", "control_check"]);
    expect((await measureFacts(m0.id)).map((f) => f.type)).toEqual(["issued", "served", "control_check"]);
    expect(await auditActions(m0.id)).toEqual([
      "measure.create",
      "measure.fact.served",
      "measure.fact.control_check",
    ]);
  });

  it("a stale version is refused before any write: 409, nothing written", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m0 = await created(
      await post(w.as.cop1, "/api/v1/measures", warningBody(personId, new Date(Date.now() - HOUR))),
    );
    const r = await post(w.as.cop1, `/api/v1/measures/${m0.id}/facts`, {
      version: m0.version + 1,
      type: "prosecutor_notified",
      at: new Date().toISOString(),
    });
    expect(r.res.statusCode).toBe(409);
    expect(r.count.control, describeCount(r.count)).toBe(0);
    expect((await measureFacts(m0.id)).map((f) => f.type)).toEqual(["issued"]);
  });

  it("a carried entry changed since it was read: the write changes nothing and says so, for the use case to re-plan", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m0 = await created(
      await post(w.as.cop1, "/api/v1/measures", warningBody(personId, new Date(Date.now() - HOUR))),
    );
    const entry = await entryOf(m0.register.entryIds[0]!);
    const row = await w.t.db
      .selectFrom("measure")
      .selectAll()
      .where("id", "=", m0.id)
      .executeTakeFirstOrThrow();
    const audit = {
      actorId: null,
      actorName: "test",
      role: null,
      bodyId: null,
      route: null,
      ip: null,
      requestId: null,
    };
    const write = w.t.db.transaction().execute((trx) =>
      writeMeasure(trx, audit, {
        measure: { op: "update", id: m0.id, version: row.version },
        scope: row,
        // Refused as a whole: the values are the stored ones.
        projection: row as unknown as MeasureProjection,
        fact: {
          seq: 1,
          type: "prosecutor_notified",
          at: new Date(),
          data: {},
          recorded_by: row.issuer_user_id,
        },
        duties: [],
        register: {
          newEntry: null,
          link: null,
          // Read before someone else's fact moved the entry's version.
          updates: [{ ...entry, version: entry.version - 1, bump: 0 }],
          facts: [],
          audit: [],
          entryIds: [entry.id],
        },
        audit: [{ action: "measure.fact.prosecutor_notified", recordType: "measure", recordId: m0.id }],
      }),
    );
    await expect(write).rejects.toBeInstanceOf(EntriesMoved);
    expect(
      await w.t.db.selectFrom("measure").select("version").where("id", "=", m0.id).executeTakeFirst(),
    ).toEqual({ version: row.version });
    expect((await measureFacts(m0.id)).map((f) => f.type)).toEqual(["issued"]);
    expect(await auditActions(m0.id)).toEqual(["measure.create"]);
  });
});
