import type pg from "pg";

/**
 * What the backup reads from PostgreSQL's catalog: the tables that hold data, their columns, the
 * order foreign keys impose, sequences and time partitions. The schema itself is not dumped — it
 * comes from the migrations (docs/backups.md) — so these lists serve to copy the rows and to check
 * that the migrated target has the same tables and columns as the source.
 */

/**
 * Schemas whose tables are not backed up. `pgboss` is the job queue (jobs/boss.ts): it holds only
 * the schedules every server start registers again and sweeps that re-derive their work from the
 * dates in the registry, and pg-boss creates and upgrades its schema itself.
 */
const SKIPPED = ["pg_catalog", "information_schema", "pgboss"];
/** Recorded in the manifest, not copied: the restore's own migration run fills it. */
export const MIGRATIONS_TABLE = "public.schema_migrations";

export interface Column {
  /** Quoted where needed (quote_ident). */
  readonly name: string;
  readonly type: string;
}

export interface TableInfo {
  /** Schema-qualified and quoted where needed, ready for SQL: public.person. */
  readonly name: string;
  readonly partitioned: boolean;
  /** Every stored column except generated ones (PostgreSQL recomputes those on COPY FROM). */
  readonly columns: Column[];
}

const USER_SCHEMA = `n.nspname <> ALL($1::text[]) AND n.nspname NOT LIKE 'pg\\_%'`;

/** Tables with rows of their own: plain and partitioned tables, not partitions (read through their parent). */
export async function dataTables(c: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await c.query<{ name: string; kind: string; cols: Column[] }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name, c.relkind AS kind,
            json_agg(json_build_object('name', quote_ident(a.attname), 'type', format_type(a.atttypid, a.atttypmod))
                     ORDER BY a.attnum) AS cols
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_SCHEMA}
      GROUP BY n.nspname, c.relname, c.relkind
      ORDER BY 1`,
    [SKIPPED],
  );
  return rows.map((r) => ({ name: r.name, partitioned: r.kind === "p", columns: r.cols }));
}

/**
 * The tables in an order where every table comes after those its foreign keys point to, so each
 * COPY finds the rows it references. A key of a table to itself needs no order: PostgreSQL checks it
 * at the end of the COPY statement.
 */
export async function loadOrder(c: pg.ClientBase, tables: string[]): Promise<string[]> {
  const { rows } = await c.query<{ child: string; parent: string }>(
    `SELECT format('%I.%I', cn.nspname, c.relname) AS child, format('%I.%I', pn.nspname, p.relname) AS parent
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
       JOIN pg_class p ON p.oid = con.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
      WHERE con.contype = 'f' AND con.conparentid = 0`,
  );
  const deps = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of rows) {
    if (child !== parent && deps.has(child) && deps.has(parent)) deps.get(child)!.add(parent);
  }
  const out: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (t: string, trail: string[]) => {
    if (state.get(t) === "done") return;
    if (state.get(t) === "visiting")
      throw new Error(`foreign keys form a cycle: ${[...trail, t].join(" -> ")}`);
    state.set(t, "visiting");
    for (const p of [...deps.get(t)!].sort()) visit(p, [...trail, t]);
    state.set(t, "done");
    out.push(t);
  };
  for (const t of [...tables].sort()) visit(t, []);
  return out;
}

export interface SequenceValue {
  readonly name: string;
  /** As text: a bigint does not always fit in a JS number. Null: never used. */
  readonly lastValue: string | null;
}

export async function sequences(c: pg.ClientBase): Promise<SequenceValue[]> {
  const { rows } = await c.query<SequenceValue>(
    `SELECT format('%I.%I', s.schemaname, s.sequencename) AS name, s.last_value::text AS "lastValue"
       FROM pg_sequences s JOIN pg_namespace n ON n.nspname = s.schemaname
      WHERE ${USER_SCHEMA} ORDER BY 1`,
    [SKIPPED],
  );
  return rows;
}

export interface PartitionInfo {
  readonly parent: string;
  readonly name: string;
  /** FOR VALUES FROM (…) TO (…) / DEFAULT, as pg_get_expr prints it. */
  readonly bound: string;
}

/** The partitions of the partitioned tables: some are made after the migrations, by a monthly job. */
export async function partitions(c: pg.ClientBase): Promise<PartitionInfo[]> {
  const { rows } = await c.query<PartitionInfo>(
    `SELECT format('%I.%I', pn.nspname, p.relname) AS parent, format('%I.%I', n.nspname, c.relname) AS name,
            pg_get_expr(c.relpartbound, c.oid) AS bound
       FROM pg_inherits i
       JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
      WHERE p.relkind = 'p' AND ${USER_SCHEMA}
      ORDER BY 1, 2`,
    [SKIPPED],
  );
  return rows;
}

export interface AppliedMigration {
  readonly name: string;
  readonly checksum: string;
  readonly appliedAt: string;
}

export async function appliedMigrations(c: pg.ClientBase): Promise<AppliedMigration[]> {
  const exists = await c.query("SELECT to_regclass('public.schema_migrations') IS NOT NULL AS e");
  if (!(exists.rows[0] as { e: boolean }).e) return [];
  const { rows } = await c.query<AppliedMigration>(
    `SELECT name, checksum, to_json(applied_at) #>> '{}' AS "appliedAt" FROM schema_migrations ORDER BY name`,
  );
  return rows;
}

/** True when the database holds no table of its own (a database just made by CREATE DATABASE). */
export async function isEmptyDatabase(c: pg.ClientBase): Promise<boolean> {
  const { rows } = await c.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname <> ALL($1::text[])
        AND n.nspname NOT LIKE 'pg\\_%'`,
    [["pg_catalog", "information_schema"]],
  );
  return rows[0]!.n === 0;
}
