import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import PgBoss from "pg-boss";
import { testDatabase, type TestDatabase } from "../test/db.ts";
import { recordAudit, type AuditContext } from "../audit/record.ts";
import { sealAudit, verifyAuditChain } from "../audit/chain.ts";
import { ensureTimePartitions } from "../jobs/time-partitions.ts";
import { startJobs } from "../jobs/boss.ts";
import { measureDeps } from "../modules/preventive-measures/measure-deps.ts";
import { loadConfig } from "../config.ts";
import { ensureDatabase } from "./ensure-database.ts";
import { openDatabase } from "./open-database.ts";
import { withDatabase } from "./pool.ts";
import { APP_ROLE, appUrlOf, roleFacts } from "./roles.ts";

/**
 * Least-privilege roles (migration 0020; R11.2; ARCHITECTURE.md "Database roles"): every test file
 * connects as aldyn_app (test/db.ts), so the whole suite shows the application works so; this file
 * shows what aldyn_app can NOT do, and how the server chooses its connections.
 */
let t: TestDatabase;
const ctx: AuditContext = {
  actorId: null,
  actorName: "tester",
  role: "auditor",
  bodyId: null,
  route: "GET /x",
  ip: "127.0.0.1",
  requestId: "r1",
};
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  t = await testDatabase();
  for (let i = 0; i < 3; i++) await recordAudit(t.db, ctx, { action: "person.read", recordId: `p${i}` });
});
afterAll(async () => t.close());

/** The SQLSTATE a statement run as the application fails with. */
async function refusal(statement: string): Promise<string | undefined> {
  try {
    await t.pool.query(statement);
    return "accepted";
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

describe("the application's role (aldyn_app)", () => {
  it("is what the application connects as: no superuser, may not create roles or databases, bypass row security or replicate", async () => {
    const r = await t.pool.query(
      `SELECT current_user AS role, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(r.rows).toEqual([
      {
        role: APP_ROLE,
        rolsuper: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolbypassrls: false,
        rolreplication: false,
      },
    ]);
  });

  it("owns no table, partition, sequence, view or function in any schema", async () => {
    const owned = await t.owner.pool.query(
      `SELECT c.oid::regclass::text AS name FROM pg_class c
        WHERE pg_has_role($1, c.relowner, 'USAGE')
       UNION ALL
       SELECT p.oid::regprocedure::text FROM pg_proc p WHERE pg_has_role($1, p.proowner, 'USAGE')
       UNION ALL
       SELECT n.nspname::text FROM pg_namespace n WHERE pg_has_role($1, n.nspowner, 'USAGE')`,
      [APP_ROLE],
    );
    expect(owned.rows).toEqual([]);
    // The catalog query does see partitions and pg-boss's tables: they exist and belong to the owner.
    const seen = await t.owner.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
        WHERE c.relname LIKE 'audit_log_y%' OR (s.nspname = 'pgboss' AND c.relname = 'job')`,
    );
    expect(seen.rows[0]!.n).toBeGreaterThan(20);
    expect(await roleFacts(t.url)).toEqual({
      role: APP_ROLE,
      superuser: false,
      ownsTables: false,
      isApp: true,
    });
  });

  it("may not change or remove an audit row, nor turn the triggers or the chain's guards off", async () => {
    await sealAudit(t.db);
    expect(await refusal("UPDATE audit_log SET record_id = 'x' WHERE chain_seq = 1")).toBe("42501");
    expect(await refusal("DELETE FROM audit_log WHERE chain_seq = 1")).toBe("42501");
    expect(await refusal(`UPDATE audit_log_y${year} SET record_id = 'x'`)).toBe("42501");
    expect(await refusal(`DELETE FROM audit_log_default`)).toBe("42501");
    expect(await refusal("TRUNCATE audit_log")).toBe("42501");
    expect(await refusal("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")).toBe("42501");
    expect(await refusal(`ALTER TABLE audit_log_y${year} DISABLE TRIGGER ALL`)).toBe("42501");
    expect(await refusal("SET session_replication_role = replica")).toBe("42501");
    expect(await refusal("CREATE TABLE sneaky (id int)")).toBe("42501");
    expect(
      await refusal(
        "CREATE OR REPLACE FUNCTION audit_seal(integer) RETURNS integer LANGUAGE sql AS 'SELECT 0'",
      ),
    ).toBe("42501");
    expect(await refusal("SET ROLE postgres")).toMatch(/^(42501|42704)$/);
    expect(await refusal("UPDATE schema_migrations SET checksum = 'x'")).toBe("42501");
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 3 });
  });

  it("seals the chain through audit_seal, which runs as its owner with a fixed search_path", async () => {
    for (let i = 0; i < 4; i++) await recordAudit(t.db, ctx, { action: "person.read", recordId: `q${i}` });
    expect(await sealAudit(t.db)).toBe(4);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 7, firstBroken: null });
    const fns = await t.owner.pool.query(
      `SELECT proname AS name, prosecdef AS definer, proconfig AS config FROM pg_proc
        WHERE proname IN ('audit_seal', 'ensure_time_partitions') ORDER BY 1`,
    );
    expect(fns.rows).toEqual([
      { name: "audit_seal", definer: true, config: ["search_path=public, pg_temp"] },
      { name: "ensure_time_partitions", definer: true, config: ["search_path=public, pg_temp"] },
    ]);
  });

  it("makes next years' partitions through the monthly job's function, and gets no UPDATE or DELETE on a new audit year", async () => {
    expect(await ensureTimePartitions(t.db, new Date("2041-06-01T00:00:00Z"))).toBe(9);
    const privs = await t.owner.pool.query(
      `SELECT c.relname AS name, pg_get_userbyid(c.relowner) <> $1 AS "ownerNotApp",
              has_table_privilege($1, c.oid, 'SELECT') AS s, has_table_privilege($1, c.oid, 'INSERT') AS i,
              has_table_privilege($1, c.oid, 'UPDATE') AS u, has_table_privilege($1, c.oid, 'DELETE') AS d
         FROM pg_class c WHERE c.relname IN ('audit_log_y2041', 'measure_fact_y2041') ORDER BY 1`,
      [APP_ROLE],
    );
    expect(privs.rows).toEqual([
      { name: "audit_log_y2041", ownerNotApp: true, s: true, i: true, u: false, d: false },
      // Legal facts keep their parent's rights (their append-only triggers refuse the change).
      { name: "measure_fact_y2041", ownerNotApp: true, s: true, i: true, u: true, d: true },
    ]);
    expect(await refusal("UPDATE audit_log_y2041 SET record_id = 'x'")).toBe("42501");
    // Only through the function: creating a partition directly is the owner's.
    expect(await refusal("SELECT create_year_partition('audit_log', 2044)")).toBe("42501");
  });

  it("gets read and write rights on a table a later migration creates (default privileges), never TRUNCATE", async () => {
    await t.owner.pool.query("CREATE TABLE later_migration_table (id serial PRIMARY KEY, note text)");
    try {
      await t.pool.query("INSERT INTO later_migration_table (note) VALUES ('a')");
      await t.pool.query("UPDATE later_migration_table SET note = 'b'");
      await t.pool.query("DELETE FROM later_migration_table");
      expect(await refusal("TRUNCATE later_migration_table")).toBe("42501");
    } finally {
      await t.owner.pool.query("DROP TABLE later_migration_table");
    }
  });

  it("runs the job queue: pg-boss starts, creates a queue, sends, fetches and completes a job; the server's jobs start", async () => {
    const boss = new PgBoss({ connectionString: t.url, schema: "pgboss", max: 2 });
    boss.on("error", () => {});
    await boss.start();
    try {
      await boss.createQueue("roles-test");
      const id = await boss.send("roles-test", { n: 1 });
      const [job] = await boss.fetch("roles-test");
      expect(job?.id).toBe(id);
      await boss.complete("roles-test", id!);
      // Deleting a queue drops its partition (pg-boss refuses while it holds jobs, whoever asks).
      await boss.createQueue("roles-test-empty");
      await boss.deleteQueue("roles-test-empty");
      expect(await boss.getQueue("roles-test-empty")).toBeNull();
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const config = loadConfig({ DEMO: "false", LOG_LEVEL: "silent" });
    const stop = await startJobs(t.url, t.db, measureDeps({ db: t.db, config }));
    await stop();
  });
});

describe("how the server chooses its connections (db/open-database.ts)", () => {
  const admin = inject("pgAdminUrl");
  let fresh: string;
  let dataDir: string;
  beforeAll(async () => {
    const name = `${inject("pgTemplate").replace("aldyn_tpl_", "aldyn_t_")}_open${randomBytes(3).toString("hex")}`;
    await ensureDatabase(admin, name);
    fresh = withDatabase(admin, name);
    dataDir = mkdtempSync(path.join(os.tmpdir(), "aldyn-roles-"));
    // The cluster's aldyn_app is shared by the run's test files: keep the run's password.
    writeFileSync(path.join(dataDir, "pg-app-secret"), inject("pgAppPassword"), { mode: 0o600 });
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const settings = (over: Partial<Parameters<typeof openDatabase>[0]>) => ({
    databaseUrl: fresh,
    databaseOwnerUrl: undefined,
    dataDir,
    production: false,
    ...over,
  });

  it("in production, refuses a superuser DATABASE_URL before touching the database", async () => {
    await expect(openDatabase(settings({ production: true }))).rejects.toThrow(
      /DATABASE_URL connects as .*a superuser: in production the application must connect as aldyn_app/,
    );
    const h = await roleFacts(fresh);
    expect(h.ownsTables).toBe(false); // nothing migrated
  });

  it("refuses the application's own login when migrations are pending and no owner URL is given", async () => {
    await expect(
      openDatabase(settings({ databaseUrl: appUrlOf(fresh, inject("pgAppPassword")) })),
    ).rejects.toThrow(/migration\(s\) pending and DATABASE_URL \(aldyn_app\) may not apply them/);
  });

  it("outside production, migrates through a superuser DATABASE_URL and connects as aldyn_app", async () => {
    const opened = await openDatabase(settings({}));
    expect(opened.applied).toContain("0020_database_roles.sql");
    expect(new URL(opened.appUrl).username).toBe(APP_ROLE);
    expect(await roleFacts(opened.appUrl)).toMatchObject({
      superuser: false,
      ownsTables: false,
      isApp: true,
    });
    expect(statSync(path.join(dataDir, "pg-app-secret")).mode & 0o777).toBe(0o600);
  }, 60_000);

  it("takes DATABASE_URL as the application's when it is aldyn_app's login, migrating through DATABASE_OWNER_URL", async () => {
    const appUrl = appUrlOf(fresh, inject("pgAppPassword"));
    const opened = await openDatabase(
      settings({ databaseUrl: appUrl, databaseOwnerUrl: fresh, production: true }),
    );
    expect(opened).toMatchObject({ appUrl, applied: [] });
    // Nothing pending: the owner URL may then be left out.
    expect((await openDatabase(settings({ databaseUrl: appUrl, production: true }))).appUrl).toBe(appUrl);
  });
});
