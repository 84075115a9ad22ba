import type pg from "pg";

/**
 * Per-row foreign-key checks are 40 % of the writer's time (EXPLAIN ANALYZE of a batch: one trigger
 * call per reference per row). When the tool connects as a superuser it writes its batches with
 * `session_replication_role = replica`, as pg_restore --disable-triggers does, which skips those
 * checks; the tables involved have no insert triggers of their own (0001-0009). The rows reference
 * only rows of the same batch, earlier batches or the setup, by construction; `verifyReferences`
 * then proves it once per foreign key with one anti-join, so the database ends in the state the
 * triggers would have guaranteed, or the run fails naming the broken key.
 */
export async function maySkipRowChecks(pool: pg.Pool): Promise<boolean> {
  const r = await pool.query<{ su: string }>("SELECT current_setting('is_superuser') AS su");
  return r.rows[0]?.su === "on";
}

interface ForeignKey {
  name: string;
  child: string;
  childColumn: string;
  parent: string;
  parentColumn: string;
}

export async function verifyReferences(pool: pg.Pool, tables: readonly string[]): Promise<number> {
  // Single-column keys declared on the tables themselves (a partition repeats its parent's key).
  const keys = await pool.query<ForeignKey>(
    `SELECT c.conname AS name, c.conrelid::regclass::text AS child, a.attname AS "childColumn",
            c.confrelid::regclass::text AS parent, pa.attname AS "parentColumn"
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND c.conparentid = 0 AND cardinality(c.conkey) = 1
       AND c.conrelid::regclass::text = ANY($1)`,
    [tables],
  );
  for (const k of keys.rows) {
    const r = await pool.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM ${k.child} c WHERE c."${k.childColumn}" IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM ${k.parent} p WHERE p."${k.parentColumn}" = c."${k.childColumn}")`,
    );
    const broken = Number(r.rows[0]!.n);
    if (broken !== 0) throw new Error(`${broken} rows of ${k.child} break the foreign key ${k.name}`);
  }
  return keys.rows.length;
}
