import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { loadConfig } from "../config.ts";
import { buildApp } from "./app.ts";
import { testDatabase, type TestDatabase } from "../test/db.ts";
import { login, makeBody, makeUser, territories, type LoggedIn } from "../test/app.ts";
import { personInput } from "../modules/persons/persons.fixture.ts";
import { warningBody } from "../modules/preventive-measures/measures.fixture.ts";
import { IDEMPOTENCY_RETENTION_HOURS, purgeIdempotencyKeys } from "./idempotency-retention.ts";

// Idempotent POSTs (ARCHITECTURE.md "Writes are idempotent"): the key is reserved in the request's own
// transaction and committed with the write, so parallel retries, retries after a lost response and
// retries after a refusal each do the right thing.

let tdb: TestDatabase;
let app: FastifyInstance;
let cop: LoggedIn;
let districtId: string;
/** Requests carrying this header lose their response after the commit, as in a crash at that point. */
const LOSE_RESPONSE = "x-test-lose-response";

beforeAll(async () => {
  tdb = await testDatabase();
  app = await buildApp({
    db: tdb.db,
    pool: tdb.pool,
    config: loadConfig({ DEMO: "false", LOG_LEVEL: "silent" }),
    logger: false,
  });
  // Registered after the idempotency hook, so it runs once the request has committed.
  app.addHook("onSend", async (req) => {
    if (req.headers[LOSE_RESPONSE]) throw new Error("connection lost after the commit");
  });
  await app.ready();
  const terr = await territories(tdb.db);
  const body = await makeBody(tdb.db, terr.d1, "police_unit", "District police");
  await makeUser(tdb.db, { username: "idem", roles: ["police_inspector_local"], bodyId: body });
  cop = await login(app, "idem");
  const d = await tdb.db
    .selectFrom("territory")
    .select("id")
    .where("code", "=", terr.d1)
    .executeTakeFirstOrThrow();
  districtId = d.id;
});

afterAll(async () => {
  await app.close();
  await tdb.close();
});

const createPerson = (key: string, payload: object, extra: Record<string, string> = {}) =>
  app.inject({
    method: "POST",
    url: "/api/v1/persons",
    headers: { ...cop.headers, "idempotency-key": key, ...extra },
    payload,
  });

async function personsNamed(lastNameLat: string): Promise<number> {
  const r = await tdb.db
    .selectFrom("person")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("last_name_lat", "=", lastNameLat)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const same = (rs: LightMyRequestResponse[]) => new Set(rs.map((r) => `${r.statusCode} ${r.body}`));

describe("Idempotency-Key", () => {
  it("ten parallel requests with one key and no IIN make one person and ten identical answers", async () => {
    const input = {
      ...personInput(districtId, { lastNameLat: "Parallelov" }),
      iin: undefined,
      noIinReason: "foreign_citizen" as const,
      citizenship: "UZB",
      birthDate: "1990-05-17",
      sex: "male" as const,
    };
    const rs = await Promise.all(Array.from({ length: 10 }, () => createPerson("parallel-no-iin-01", input)));
    expect(
      rs.map((r) => r.statusCode),
      rs[0]!.body,
    ).toEqual(Array(10).fill(201));
    expect(same(rs).size).toBe(1);
    expect(rs.filter((r) => r.headers["idempotent-replay"] === "true")).toHaveLength(9);
    expect(await personsNamed("Parallelov")).toBe(1);
  });

  it("with an IIN, parallel retries replay the first 201, never a losing attempt's 409", async () => {
    const input = personInput(districtId, { lastNameLat: "Iinov" });
    const rs = await Promise.all(Array.from({ length: 8 }, () => createPerson("parallel-iin-0001", input)));
    expect(rs.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    expect(same(rs).size).toBe(1);
    const later = await createPerson("parallel-iin-0001", input);
    expect(later.statusCode).toBe(201);
    expect(later.body).toBe(rs[0]!.body);
    expect(await personsNamed("Iinov")).toBe(1);
  });

  it("a response lost after the commit is replayed to the retry, with no second record", async () => {
    const input = personInput(districtId, { lastNameLat: "Lostov" });
    const lost = await createPerson("lost-response-01", input, { [LOSE_RESPONSE]: "1" });
    expect(lost.statusCode).toBe(500);
    expect(await personsNamed("Lostov")).toBe(1); // committed before the response was lost
    const retry = await createPerson("lost-response-01", input);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replay"]).toBe("true");
    const stored = await tdb.db
      .selectFrom("person")
      .select("id")
      .where("last_name_lat", "=", "Lostov")
      .executeTakeFirstOrThrow();
    expect((retry.json() as { id: string }).id).toBe(stored.id);
    expect(await personsNamed("Lostov")).toBe(1);
  });

  it("the record, its audit row and the key commit together", async () => {
    const input = personInput(districtId, { lastNameLat: "Atomov" });
    const r = await createPerson("atomic-write-01", input);
    expect(r.statusCode).toBe(201);
    const id = (r.json() as { id: string }).id;
    const key = await tdb.db
      .selectFrom("idempotency_key")
      .select(["status", "response"])
      .where("key", "=", "atomic-write-01")
      .executeTakeFirstOrThrow();
    expect(key.status).toBe(201);
    expect(key.response).toBe(r.body);
    const audit = await tdb.db
      .selectFrom("audit_log")
      .select("id")
      .where("record_id", "=", id)
      .where("action", "like", "person.create%")
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it("a refused attempt keeps no key: the corrected retry with the same key really runs", async () => {
    const taken = personInput(districtId, { lastNameLat: "Takenov" });
    expect((await createPerson("takes-the-iin-01", taken)).statusCode).toBe(201);
    // Refused inside the use case (the IIN is registered), after the key was reserved.
    const first = await createPerson("refused-then-ok-1", { ...taken, lastNameLat: "Refusov" });
    expect(first.statusCode).toBeGreaterThanOrEqual(400);
    expect(first.statusCode).toBeLessThan(500);
    expect(
      await tdb.db
        .selectFrom("idempotency_key")
        .select("key")
        .where("key", "=", "refused-then-ok-1")
        .execute(),
    ).toHaveLength(0);
    const ok = await createPerson("refused-then-ok-1", personInput(districtId, { lastNameLat: "Refusov" }));
    expect(ok.statusCode).toBe(201);
    expect(ok.headers["idempotent-replay"]).toBeUndefined();
    expect(await personsNamed("Refusov")).toBe(1);
  });

  it("a key reused for another body is refused and writes nothing", async () => {
    const a = await createPerson("reused-key-0001", personInput(districtId, { lastNameLat: "Firstov" }));
    expect(a.statusCode).toBe(201);
    const b = await createPerson("reused-key-0001", personInput(districtId, { lastNameLat: "Secondov" }));
    expect(b.statusCode).toBe(409);
    expect((b.json() as { error: { code: string; field: string } }).error).toMatchObject({
      code: "conflict.duplicate",
      field: "Idempotency-Key",
    });
    expect(await personsNamed("Secondov")).toBe(0);
  });

  it("a request waits for the first holder of its key and then replays; no connection is left open", async () => {
    const input = personInput(districtId, { lastNameLat: "Waitov" });
    const [a, b] = await Promise.all([
      createPerson("wait-for-first-1", input),
      new Promise<LightMyRequestResponse>((resolve) =>
        setTimeout(() => void createPerson("wait-for-first-1", input).then(resolve), 5),
      ),
    ]);
    expect(a.body).toBe(b.body);
    expect(tdb.pool.totalCount - tdb.pool.idleCount).toBe(0);
  });

  it("keys older than a day are purged; a retry after that runs anew, a fresh key still replays", async () => {
    const input = personInput(districtId, { lastNameLat: "Purgov" });
    expect((await createPerson("purged-key-00001", input)).statusCode).toBe(201);
    const kept = personInput(districtId, { lastNameLat: "Keptov" });
    const fresh = await createPerson("kept-key-0000001", kept);
    expect(fresh.statusCode).toBe(201);
    await tdb.db
      .updateTable("idempotency_key")
      .set({ created_at: new Date(Date.now() - (IDEMPOTENCY_RETENTION_HOURS + 1) * 3600_000) })
      .where("key", "=", "purged-key-00001")
      .execute();
    expect(await purgeIdempotencyKeys(tdb.db, new Date(), 1)).toBe(1);
    const keys = await tdb.db
      .selectFrom("idempotency_key")
      .select("key")
      .where("key", "in", ["purged-key-00001", "kept-key-0000001"])
      .execute();
    expect(keys.map((k) => k.key)).toEqual(["kept-key-0000001"]);
    const again = await createPerson("kept-key-0000001", kept);
    expect(again.headers["idempotent-replay"]).toBe("true");
  });

  it("refused requests with keys, more at once than the pool has connections, are all answered", async () => {
    // The refusal's own reads and audit row run on the request's connection: taking a second one from
    // the pool while holding the first would starve the pool under a burst of refusals.
    const terr = await territories(tdb.db);
    const other = await makeBody(tdb.db, terr.d2, "police_unit", "District 2 police");
    await makeUser(tdb.db, { username: "idem2", roles: ["police_inspector_local"], bodyId: other });
    const cop2 = await login(app, "idem2");
    const d2 = await tdb.db
      .selectFrom("territory")
      .select("id")
      .where("code", "=", terr.d2)
      .executeTakeFirstOrThrow();
    const theirs = await app.inject({
      method: "POST",
      url: "/api/v1/persons",
      headers: cop2.headers,
      payload: personInput(d2.id, { lastNameLat: "Elsewhere" }),
    });
    expect(theirs.statusCode).toBe(201);
    const personId = (theirs.json() as { id: string }).id;
    const body = warningBody(personId, new Date(Date.now() - 3600_000));
    const rs = await Promise.all(
      Array.from({ length: tdb.pool.options.max! + 3 }, (_, i) =>
        app.inject({
          method: "POST",
          url: "/api/v1/measures",
          headers: { ...cop.headers, "idempotency-key": `refused-burst-${i}` },
          payload: body,
        }),
      ),
    );
    expect(new Set(rs.map((r) => r.statusCode))).toEqual(new Set([404]));
    const audited = await tdb.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "measure.write_refused")
      .where("record_id", "=", personId)
      .execute();
    expect(audited).toHaveLength(rs.length);
  }, 20_000);
});
