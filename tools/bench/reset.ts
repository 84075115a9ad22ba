import type pg from "pg";

/**
 * What a benchmark run writes, taken back at its end so that the next run starts from the same
 * data: every check it records lengthens a measure's history (which the next check reads and
 * validates whole), and every warning it issues adds a measure and joins or opens a register entry —
 * left in place, run after run measures a different database.
 *
 * Taken before the run: the time on the database's clock, and a copy of the rows the run may change
 * (the sample measures, every measure and register entry of the persons it writes about, the
 * measures' duties), kept in the tool. Undone after it, in one transaction as the tool's role (the cluster's superuser when the
 * tool attaches to `npm start`; with DATABASE_URL it must own the tables): the measures the tool's
 * users created since, with their facts, duties, confidentiality marks, register links, the register
 * entries they opened and the notifications about them; the facts those users recorded since on the
 * copied measures and entries; then the copied rows that differ are put back as they were (versions,
 * projections, next control dates, duties).
 *
 * Facts are append-only (a trigger refuses UPDATE and DELETE, migration 0004): their rows are removed
 * with `session_replication_role = replica`, which skips ordinary triggers, as the synthetic loader
 * does; everything else is deleted with the triggers and foreign keys on, so a row the reset did not
 * know about makes it fail whole rather than leave a dangling reference.
 *
 * The register summary's counts (register_count, migration 0025) follow by themselves: their triggers
 * on measure and register_entry fire for these deletes and updates (only the facts' deletes skip
 * triggers, and no count depends on a fact row).
 *
 * Left behind on purpose: the audit rows of the run (the hash chain, R11.2, may not lose a link;
 * they name measures that no longer exist), the sequences' positions, register_count rows whose
 * events now cancel out (n summing to 0 for a day), and the dead row versions for autovacuum.
 */
export interface Footprint {
  undo(): Promise<Record<string, number>>;
}

interface Scope {
  /** The users whose writes are the run's (the API's actors and the SQL floor's user). */
  users: string[];
  /** Measures the run records checks on. */
  measures: string[];
  /** Persons the run issues measures to. */
  persons: string[];
}

/** The columns an UPDATE or INSERT may set (not generated ones). */
async function columns(c: pg.PoolClient, table: string): Promise<string[]> {
  const r = await c.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0
       AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [table],
  );
  return r.rows.map((x) => x.name);
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function takeFootprint(pool: pg.Pool, scope: Scope): Promise<Footprint> {
  const since = (await pool.query<{ t: string }>("SELECT clock_timestamp()::text AS t")).rows[0]!.t;
  const p = await pool.query<{ id: string }>(
    `SELECT DISTINCT id FROM (SELECT unnest($1::uuid[]) AS id
       UNION SELECT person_id FROM measure WHERE id = ANY($2::uuid[]) AND person_id IS NOT NULL) x`,
    [scope.persons, scope.measures],
  );
  const persons = p.rows.map((r) => r.id);
  // The copies stay in the tool as JSON text (a few megabytes) and go back as one parameter: nothing
  // of the tool's is created in the database.
  const m = await pool.query<{ id: string; row: string; duties: string }>(
    `SELECT m.id, to_jsonb(m)::text AS row, coalesce((SELECT jsonb_agg(to_jsonb(d) ORDER BY d.code)
       FROM measure_duty d WHERE d.measure_id = m.id), '[]')::text AS duties
     FROM measure m WHERE m.id = ANY($1::uuid[]) OR m.person_id = ANY($2::uuid[])`,
    [scope.measures, persons],
  );
  const e = await pool.query<{ id: string; row: string }>(
    "SELECT e.id, to_jsonb(e)::text AS row FROM register_entry e WHERE e.person_id = ANY($1::uuid[])",
    [persons],
  );
  const measures = m.rows.map((r) => r.id);
  const entries = e.rows.map((r) => r.id);
  const copies = {
    measure: `[${m.rows.map((r) => r.row).join(",")}]`,
    register_entry: `[${e.rows.map((r) => r.row).join(",")}]`,
    duties: `{${m.rows.map((r) => `${JSON.stringify(r.id)}:${r.duties}`).join(",")}}`,
  };
  return {
    async undo() {
      const t = await pool.connect();
      const n: Record<string, number> = {};
      const run = async (label: string, text: string, args: unknown[]) => {
        const r = await t.query(text, args);
        if (label) n[label] = (n[label] ?? 0) + (r.rowCount ?? 0);
      };
      try {
        await t.query("BEGIN");
        const created = await t.query<{ id: string }>(
          "SELECT id FROM measure WHERE created_at >= $1 AND issuer_user_id = ANY($2::uuid[])",
          [since, scope.users],
        );
        const newMeasures = created.rows.map((r) => r.id);
        const opened = await t.query<{ id: string }>(
          `SELECT id FROM register_entry WHERE created_at >= $1 AND (person_id = ANY($2::uuid[])
             OR id IN (SELECT entry_id FROM register_entry_measure WHERE measure_id = ANY($3::uuid[])))`,
          [since, persons, newMeasures],
        );
        const newEntries = opened.rows.map((r) => r.id);
        await t.query("SET LOCAL session_replication_role = replica");
        await run(
          "register facts",
          `DELETE FROM register_fact WHERE entry_id = ANY($1::uuid[])
             OR (entry_id = ANY($2::uuid[]) AND recorded_at >= $3 AND recorded_by = ANY($4::uuid[]))`,
          [newEntries, entries, since, scope.users],
        );
        await run(
          "measure facts",
          `DELETE FROM measure_fact WHERE measure_id = ANY($1::uuid[])
             OR (measure_id = ANY($2::uuid[]) AND recorded_at >= $3 AND recorded_by = ANY($4::uuid[]))`,
          [newMeasures, measures, since, scope.users],
        );
        await t.query("SET LOCAL session_replication_role = origin");
        const records = [...newMeasures, ...newEntries];
        await run(
          "",
          `DELETE FROM notification_outbox WHERE notification_id IN
             (SELECT id FROM notification WHERE record_id = ANY($1::uuid[]))`,
          [records],
        );
        await run("notifications", "DELETE FROM notification WHERE record_id = ANY($1::uuid[])", [records]);
        await run(
          "register links",
          "DELETE FROM register_entry_measure WHERE measure_id = ANY($1::uuid[]) OR entry_id = ANY($2::uuid[])",
          [newMeasures, newEntries],
        );
        for (const table of ["measure_duty", "measure_confidential", "person_confidential"])
          await run("", `DELETE FROM ${table} WHERE measure_id = ANY($1::uuid[])`, [newMeasures]);
        await run("register entries", "DELETE FROM register_entry WHERE id = ANY($1::uuid[])", [newEntries]);
        await run("measures", "DELETE FROM measure WHERE id = ANY($1::uuid[])", [newMeasures]);
        // The copied rows back as they were, where the run changed them.
        for (const table of ["measure", "register_entry"] as const) {
          const cols = (await columns(t, table)).filter((x) => x !== "id");
          await run(
            `${table} rows restored`,
            `UPDATE ${table} AS x SET (${cols.map(q).join(", ")}) = (${cols.map((k) => `r.${q(k)}`).join(", ")})
             FROM jsonb_populate_recordset(null::${table}, $1::jsonb) AS r
             WHERE x.id = r.id AND to_jsonb(x) IS DISTINCT FROM to_jsonb(r)`,
            [copies[table]],
          );
        }
        // A measure's duties are re-derived (deleted and inserted) by every fact: put back the sets
        // that differ from the copy.
        const changed = await t.query<{ id: string }>(
          `SELECT c.key::uuid AS id FROM jsonb_each($1::jsonb) AS c WHERE c.value IS DISTINCT FROM coalesce(
             (SELECT jsonb_agg(to_jsonb(d) ORDER BY d.code) FROM measure_duty d WHERE d.measure_id = c.key::uuid), '[]')`,
          [copies.duties],
        );
        const ids = changed.rows.map((r) => r.id);
        await run("", "DELETE FROM measure_duty WHERE measure_id = ANY($1::uuid[])", [ids]);
        const dutyCols = await columns(t, "measure_duty");
        await run(
          "duty rows restored",
          `INSERT INTO measure_duty (${dutyCols.map(q).join(", ")})
           SELECT ${dutyCols.map((k) => `d.${q(k)}`).join(", ")} FROM jsonb_each($1::jsonb) AS c,
             jsonb_populate_recordset(null::measure_duty, c.value) AS d WHERE c.key::uuid = ANY($2::uuid[])`,
          [copies.duties, ids],
        );
        await t.query("COMMIT");
        return n;
      } catch (e) {
        await t.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        t.release();
      }
    },
  };
}
