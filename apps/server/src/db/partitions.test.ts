import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { sql } from "kysely";
import { ensureDatabase } from "./ensure-database.ts";
import { connect, withDatabase, type DbHandle } from "./pool.ts";
import { MIGRATIONS_DIR, migrate, migrationFiles } from "./migrate.ts";
import { seedTerritories } from "../org/seed-territories.ts";
import { makeBody, makeUser } from "../test/app.ts";
import { recordAudit, type AuditContext } from "../audit/record.ts";
import { sealAudit, verifyAuditChain } from "../audit/chain.ts";

/**
 * Migration 0009 (issue 6 item 5): a database filled under 0001-0008 — as a demo database is — is
 * migrated forward; its rows must land in the yearly partitions of their time, the audit chain sealed
 * before must still verify and keep growing, identities keep counting, append-only still holds, and
 * a time-bounded query must touch only the partitions of its period.
 */
let h: DbHandle;
let ids: { measure: string; entry: string; user: string };
const ctx: AuditContext = {
  actorId: null,
  actorName: "tester",
  role: "auditor",
  bodyId: null,
  route: "GET /x",
  ip: "127.0.0.1",
  requestId: "r1",
};
const PARTITIONED = ["audit_log", "measure_fact", "register_fact"] as const;

beforeAll(async () => {
  const admin = inject("pgAdminUrl");
  const name = `${inject("pgTemplate").replace("aldyn_tpl_", "aldyn_t_")}_fwd${randomBytes(3).toString("hex")}`;
  await ensureDatabase(admin, name);
  h = connect(withDatabase(admin, name), 3);
  // The migrations before 0009 only, as an existing demo database has them.
  const old = mkdtempSync(path.join(os.tmpdir(), "aldyn-mig-"));
  try {
    for (const f of migrationFiles().filter((m) => m.name < "0009"))
      copyFileSync(path.join(MIGRATIONS_DIR, f.name), path.join(old, f.name));
    await migrate(h.pool, old);
  } finally {
    rmSync(old, { recursive: true, force: true });
  }
  await seedTerritories(h.db);
  ids = await fillOldSchema(h);
  for (let i = 0; i < 5; i++) await recordAudit(h.db, ctx, { action: "person.read", recordId: `p${i}` });
  expect(await sealAudit(h.db)).toBe(5);
  // Forward: the full directory (0009 and any later migrations).
  expect(await migrate(h.pool)).toContain("0009_partition_by_time.sql");
});
afterAll(async () => h.close());

/** A person, a measure with facts of 2014, 2020 and 2024, and a register entry with facts of 2016 and 2036. */
async function fillOldSchema(d: DbHandle): Promise<{ measure: string; entry: string; user: string }> {
  const t = await sql<{ id: string; code: string; path: string }>`
    SELECT id, code, path FROM territory WHERE level = 'district' ORDER BY code LIMIT 1`.execute(d.db);
  const district = t.rows[0]!;
  const body = await makeBody(d.db, district.code);
  const user = await makeUser(d.db, {
    username: "old.inspector",
    roles: ["police_inspector_local"],
    bodyId: body,
  });
  const p = await sql<{ id: string }>`
    INSERT INTO person (no_iin_reason, citizenship, last_name_cyr, first_name_cyr, birth_date, sex, actual_address, territory_id)
    VALUES ('foreign_citizen', 'UZB', 'Ахметов', 'Ерлан', '1990-01-01', 'male', 'ул. Абая, 1', ${district.id})
    RETURNING id`.execute(d.db);
  const m = await sql<{ id: string }>`
    INSERT INTO measure (kind, person_id, issuer_body_id, issuer_user_id, issuer_kind, territory_path, input,
                         law_version, issued_at, status)
    VALUES ('official_warning', ${p.rows[0]!.id}, ${body}, ${user}, 'police', ${district.path}, '{}', '000',
            '2014-06-01T10:00:00Z', 'active')
    RETURNING id`.execute(d.db);
  const measure = m.rows[0]!.id;
  await sql`INSERT INTO measure_fact (measure_id, seq, type, at) VALUES
    (${measure}, 0, 'issued', '2014-06-01T10:00:00Z'),
    (${measure}, 1, 'control_check', '2020-03-01T10:00:00Z'),
    (${measure}, 2, 'control_check', '2024-12-31T20:30:00Z')`.execute(d.db);
  const e = await sql<{ id: string }>`
    INSERT INTO register_entry (person_id, ground, territory_path, placed_on, placed_by_body, placed_by_user,
                                placed_by_kind, rights_explained, status)
    VALUES (${p.rows[0]!.id}, '59.2.5_official_warning', ${district.path}, '2016-02-01', ${body}, ${user},
            'police', true, 'active')
    RETURNING id`.execute(d.db);
  const entry = e.rows[0]!.id;
  await sql`INSERT INTO register_fact (entry_id, seq, type, "on") VALUES
    (${entry}, 0, 'placed', '2016-02-01'), (${entry}, 1, 'control_check', '2036-01-05')`.execute(d.db);
  return { measure, entry, user };
}

async function partitionsOf(table: string): Promise<string[]> {
  const r = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = ${table}::regclass ORDER BY c.relname`.execute(h.db);
  return r.rows.map((x) => x.name);
}

async function explain(query: string): Promise<string> {
  const r = await h.pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (COSTS OFF) ${query}`);
  return r.rows.map((x) => x["QUERY PLAN"]).join("\n");
}

/** The partitions a plan names (its scans name them, and their indexes begin with them). */
function partsNamed(plan: string, table: string): string[] {
  return [...new Set(plan.match(new RegExp(`${table}_(y\\d{4}|default)`, "g")))].sort();
}

describe("partitioning by time (migration 0009)", () => {
  it("makes the three append-only tables range-partitioned, by year 2015-2035 plus a default", async () => {
    const r = await sql<{ name: string; strategy: string }>`
      SELECT partrelid::regclass::text AS name, partstrat AS strategy FROM pg_partitioned_table
       ORDER BY 1`.execute(h.db);
    expect(r.rows).toEqual(PARTITIONED.map((name) => ({ name, strategy: "r" })));
    for (const t of PARTITIONED) {
      const parts = await partitionsOf(t);
      expect(parts).toHaveLength(22);
      expect(parts).toContain(`${t}_default`);
      expect(parts).toContain(`${t}_y2015`);
      expect(parts).toContain(`${t}_y2035`);
    }
  });

  it("moves every existing row into the partition of its year (outside 2015-2035: the default)", async () => {
    const where = async (table: string) =>
      (
        await h.pool.query<{ part: string; n: number }>(
          `SELECT tableoid::regclass::text AS part, count(*)::int AS n FROM ${table} GROUP BY 1 ORDER BY 1`,
        )
      ).rows;
    expect(await where("measure_fact")).toEqual([
      { part: "measure_fact_default", n: 1 },
      { part: "measure_fact_y2020", n: 1 },
      // 20:30 UTC on 31 December is already 1 January in Almaty: years are Kazakhstan's.
      { part: "measure_fact_y2025", n: 1 },
    ]);
    expect(await where("register_fact")).toEqual([
      { part: "register_fact_default", n: 1 },
      { part: "register_fact_y2016", n: 1 },
    ]);
    const year = new Date().getUTCFullYear();
    expect(await where("audit_log")).toEqual([{ part: `audit_log_y${year}`, n: 5 }]);
  });

  it("keeps the audit chain sealed before the migration valid, and seals new rows onto it", async () => {
    expect(await verifyAuditChain(h.db)).toEqual({ ok: true, checked: 5, firstBroken: null });
    for (let i = 0; i < 3; i++) await recordAudit(h.db, ctx, { action: "person.read", recordId: `q${i}` });
    expect(await sealAudit(h.db)).toBe(3);
    expect(await verifyAuditChain(h.db)).toEqual({ ok: true, checked: 8, firstBroken: null });
  });

  it("keeps identities counting after the copied rows and positions unique per time", async () => {
    const r = await sql<{ id: number }>`
      INSERT INTO measure_fact (measure_id, seq, type, at) VALUES (${ids.measure}, 3, 'control_check', now())
      RETURNING id`.execute(h.db);
    expect(r.rows[0]!.id).toBe(4);
    const f = await sql<{ id: number }>`
      INSERT INTO register_fact (entry_id, seq, type, "on") VALUES (${ids.entry}, 2, 'control_check', current_date)
      RETURNING id`.execute(h.db);
    expect(f.rows[0]!.id).toBe(3);
    await expect(
      sql`INSERT INTO measure_fact (measure_id, seq, type, at) VALUES (${ids.measure}, 1, 'control_check', '2020-03-01T10:00:00Z')`.execute(
        h.db,
      ),
    ).rejects.toThrow(/duplicate key value violates unique constraint "measure_fact_y2020_measure_id_seq_at/);
  });

  it("still refuses to change, delete or truncate facts and audit rows, also partition by partition", async () => {
    await expect(sql`UPDATE measure_fact SET type = 'x'`.execute(h.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM register_fact`.execute(h.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(h.db)).rejects.toThrow(/append-only/);
    for (const part of ["measure_fact_y2020", "register_fact_default", "audit_log_y2030", "measure_fact"])
      await expect(h.pool.query(`TRUNCATE ${part}`)).rejects.toThrow(/append-only/);
  });

  it("prunes: a time-bounded query reads only the partitions of its period", async () => {
    const checks = await explain(
      `SELECT count(*) FROM register_fact WHERE type = 'control_check' AND "on" >= '2024-01-01' AND "on" < '2025-01-01'`,
    );
    expect(checks).toContain("register_fact_y2024");
    expect(checks).not.toMatch(/register_fact_(y2023|y2025|default)/);
    const facts = await explain(
      `SELECT count(*) FROM measure_fact WHERE at >= '2020-01-01T00:00:00+06' AND at < '2022-01-01T00:00:00+06'`,
    );
    expect(partsNamed(facts, "measure_fact")).toEqual(["measure_fact_y2020", "measure_fact_y2021"]);
    expect(facts).not.toContain("measure_fact_default");
    const audit = await explain(`SELECT * FROM audit_log WHERE at >= '2030-03-01' AND at < '2030-04-01'`);
    expect(partsNamed(audit, "audit_log")).toEqual(["audit_log_y2030"]);
  });

  it("adds next years' partitions through ensure_time_partitions, idempotently", async () => {
    await sql`SELECT ensure_time_partitions(2037, 2038)`.execute(h.db);
    await sql`SELECT ensure_time_partitions(2037, 2038)`.execute(h.db);
    expect(await partitionsOf("audit_log")).toContain("audit_log_y2038");
    expect(await partitionsOf("register_fact")).toContain("register_fact_y2037");
  });

  it("refuses plainly to add a year whose rows already sit in the default partition", async () => {
    await expect(sql`SELECT create_year_partition('register_fact', 2036)`.execute(h.db)).rejects.toThrow(
      /register_fact_default already holds rows of 2036/,
    );
    expect(await partitionsOf("register_fact")).not.toContain("register_fact_y2036");
  });
});
