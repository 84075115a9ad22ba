import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { login, makeBody, makeUser, testApp, type LoggedIn, type TestApp } from "../test/app.ts";
import { loadConfig } from "../config.ts";
import { recordAudit } from "../audit/record.ts";
import { annualFigures, type AnnualFigures } from "../modules/npm/annual-figures.ts";
import { npmDeps } from "../modules/npm/npm-deps.ts";
import type { DbHandle } from "./pool.ts";
import { attachReplica, readOnlyUrl, reportReader } from "./replica.ts";

/**
 * The read-replica seam, proved as far as one machine can: the "replica" is a second pool to the same
 * database whose sessions are read-only (default_transaction_read_only), as a hot standby's are.
 * Reports must compute the same figures through it, writes through it must fail, and writes and audit
 * rows of the requests must keep going to the primary.
 */
let w: TestApp;
let rep: LoggedIn;
let replica: DbHandle | null = null;
let onPrimary: AnnualFigures;
const YEAR = 2020;

async function createInstitution(name: string, regionCode: string) {
  return w.app.inject({
    method: "POST",
    url: "/api/v1/npm/institutions",
    headers: rep.headers,
    payload: { name, kind: "penal_institution", regionCode, address: "1 Main street", department: "PEC" },
  });
}

beforeAll(async () => {
  w = await testApp();
  const office = await makeBody(w.db, "KZ", "commissioner_office", "Commissioner's office");
  const by = await makeUser(w.db, {
    username: "rep",
    roles: ["commissioner_representative"],
    bodyId: office,
  });
  rep = await login(w.app, "rep");
  const ids: string[] = [];
  for (const [name, region] of [
    ["Colony A", "ABA"],
    ["Colony C", "AST"],
  ] as const) {
    const res = await createInstitution(name, region);
    expect(res.statusCode).toBe(201);
    ids.push((res.json() as { id: string }).id);
  }
  for (const [kind, inst, on] of [
    ["periodic", ids[0]!, `${YEAR}-03-02`],
    ["special", ids[1]!, `${YEAR}-05-04`],
    ["periodic", ids[1]!, `${YEAR - 1}-12-02`],
  ] as const) {
    const v = await w.db
      .insertInto("npm_visit")
      .values({
        kind,
        form: "one_time",
        institution_ids: [inst],
        members: "[]",
        starts_on: on,
        ends_on: on,
        created_by: by,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    // The visit took place: the annual figures leave out visits still planned (000 Art. 34).
    await w.db
      .insertInto("npm_visit_fact")
      .values({ visit_id: v.id, type: "started", data: JSON.stringify({ on }), recorded_by: by })
      .execute();
  }
  onPrimary = await annualFigures(npmDeps({ db: w.db }), YEAR);
  replica = attachReplica(w.db, readOnlyUrl(w.tdb.url));
}, 60_000);
afterAll(async () => {
  await replica?.close();
  await w.close();
});

describe("reports on a read-only replica connection (DATABASE_REPLICA_URL)", () => {
  it("reads through a pool whose sessions are read-only", async () => {
    expect(replica).not.toBeNull();
    expect(reportReader(w.db)).toBe(replica!.db);
    const r = await sql<{ ro: string }>`SELECT current_setting('transaction_read_only') AS ro`.execute(
      reportReader(w.db),
    );
    expect(r.rows[0]!.ro).toBe("on");
  });

  it("computes the NPM annual figures through the replica, the same as on the primary", async () => {
    // Which pool served the queries: each checkout of a connection is counted.
    const used = { primary: 0, replica: 0 };
    const onPrimaryUse = () => used.primary++;
    const onReplicaUse = () => used.replica++;
    w.tdb.pool.on("acquire", onPrimaryUse);
    replica!.pool.on("acquire", onReplicaUse);
    const figures = await annualFigures(npmDeps({ db: w.db }), YEAR);
    w.tdb.pool.off("acquire", onPrimaryUse);
    replica!.pool.off("acquire", onReplicaUse);
    expect(figures).toEqual(onPrimary);
    expect(figures.visitsTotal).toBe(2);
    expect(figures.visitsByRegion).toEqual({ ABA: 1, AST: 1 });
    expect(used.primary).toBe(0);
    expect(used.replica).toBeGreaterThan(0);
  });

  it("serves the figures over HTTP while the request's writes and audit rows go to the primary", async () => {
    const res = await w.app.inject({
      method: "GET",
      url: `/api/v1/npm/annual-reports/${YEAR}/figures`,
      headers: rep.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(onPrimary)));
    const created = await createInstitution("Centre B", "ABA");
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };
    const audit = await w.db.selectFrom("audit_log").select("action").where("record_id", "=", id).execute();
    expect(audit.map((a) => a.action)).toEqual(["npm_institution.create"]);
  });

  it("refuses any write through the replica, and nothing is written", async () => {
    const count = async () =>
      Number(
        (
          await w.db
            .selectFrom("audit_log")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const n = await count();
    const ctx = {
      actorId: null,
      actorName: "x",
      role: null,
      bodyId: null,
      route: null,
      ip: null,
      requestId: null,
    };
    await expect(recordAudit(reportReader(w.db), ctx, { action: "person.read" })).rejects.toThrow(
      /read-only transaction/,
    );
    await expect(
      reportReader(w.db).updateTable("npm_institution").set({ capacity: 1 }).execute(),
    ).rejects.toThrow(/read-only transaction/);
    expect(await count()).toBe(n);
  });

  it("without DATABASE_REPLICA_URL, reports read the primary", async () => {
    expect(loadConfig({}).databaseReplicaUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_REPLICA_URL: "postgres://r/aldyn" }).databaseReplicaUrl).toBe(
      "postgres://r/aldyn",
    );
    expect(attachReplica(w.tdb.db, undefined)).toBeNull();
    const other = await testApp();
    try {
      expect(reportReader(other.db)).toBe(other.db);
      expect((await annualFigures(npmDeps({ db: other.db }), YEAR)).visitsTotal).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("detaches on close: reports fall back to the primary", async () => {
    await replica!.close();
    replica = null;
    expect(reportReader(w.db)).toBe(w.db);
    expect(await annualFigures(npmDeps({ db: w.db }), YEAR)).toEqual(onPrimary);
  });
});
