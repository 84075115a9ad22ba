import type pg from "pg";
import type { BatchRows } from "./batch.ts";

/** What the inserts need of a connection: a pg client, or a server transaction (demo/index.ts). */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/**
 * One multi-row INSERT per table and batch: the rows travel as one JSON parameter expanded by
 * jsonb_to_recordset (no statement-size limits, no per-row round trips). Deterministic ids and
 * ON CONFLICT DO NOTHING make a repeated batch harmless.
 */
export async function insertRows(
  c: Queryable,
  table: string,
  columns: Record<string, string>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length > 0) await insertJson(c, table, columns, JSON.stringify(rows));
}

/** The same with the rows already as JSON text (built by a worker thread, off the writer's thread). */
export async function insertJson(
  c: Queryable,
  table: string,
  columns: Record<string, string>,
  json: string,
): Promise<void> {
  const names = Object.keys(columns);
  const quoted = names.map((n) => `"${n}"`).join(", ");
  const defs = names.map((n) => `"${n}" ${columns[n]}`).join(", ");
  await c.query(
    `INSERT INTO ${table} (${quoted}) SELECT ${quoted} FROM jsonb_to_recordset($1::jsonb) AS x(${defs})
     ON CONFLICT DO NOTHING`,
    [json],
  );
}

export const PERSON_COLUMNS = {
  id: "uuid",
  iin: "text",
  last_name_cyr: "text",
  first_name_cyr: "text",
  middle_name_cyr: "text",
  last_name_lat: "text",
  first_name_lat: "text",
  birth_date: "date",
  sex: "text",
  actual_address: "text",
  territory_id: "uuid",
  created_by: "uuid",
};

export const MEASURE_COLUMNS = {
  id: "uuid",
  kind: "text",
  person_id: "uuid",
  issuer_body_id: "uuid",
  issuer_user_id: "uuid",
  issuer_kind: "text",
  territory_path: "text",
  input: "jsonb",
  law_version: "text",
  issued_at: "timestamptz",
  status: "text",
  valid_from: "date",
  valid_until: "date",
  next_control_due: "date",
  register_ground: "text",
  violations: "integer",
};

export const FACT_COLUMNS = {
  measure_id: "uuid",
  seq: "integer",
  type: "text",
  at: "timestamptz",
  data: "jsonb",
  recorded_by: "uuid",
};

export const DUTY_COLUMNS = {
  measure_id: "uuid",
  code: "text",
  article: "text",
  due_at: "timestamptz",
  done_at: "timestamptz",
  liability: "boolean",
  territory_path: "text",
  issuer_body_id: "uuid",
  issuer_user_id: "uuid",
};

export const ENTRY_COLUMNS = {
  id: "uuid",
  person_id: "uuid",
  ground: "text",
  territory_path: "text",
  placed_on: "date",
  placed_by_body: "uuid",
  placed_by_user: "uuid",
  placed_by_kind: "text",
  rights_explained: "boolean",
  status: "text",
  last_day: "date",
  auto_end_on: "date",
  next_control_due: "date",
};

export const ENTRY_FACT_COLUMNS = {
  entry_id: "uuid",
  seq: "integer",
  type: "text",
  on: "date",
  data: "jsonb",
  recorded_by: "uuid",
};

export const LINK_COLUMNS = { entry_id: "uuid", measure_id: "uuid" };

export const PERSON_LINK_COLUMNS = {
  id: "uuid",
  minor_id: "uuid",
  representative_id: "uuid",
  kind: "text",
  since: "date",
  until: "date",
  note: "text",
  created_by: "uuid",
};

/** The columns of each table a batch fills. */
export const COLUMNS: Record<string, Record<string, string>> = {
  person: PERSON_COLUMNS,
  person_link: PERSON_LINK_COLUMNS,
  measure: MEASURE_COLUMNS,
  measure_fact: FACT_COLUMNS,
  measure_duty: DUTY_COLUMNS,
  register_entry: ENTRY_COLUMNS,
  register_fact: ENTRY_FACT_COLUMNS,
  register_entry_measure: LINK_COLUMNS,
};

/** One batch, one transaction: all of its persons and their rows, or nothing. */
export async function writeBatch(
  pool: pg.Pool,
  rows: BatchRows,
  skipRowChecks: boolean,
  tableMs: Record<string, number> = {},
): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    if (skipRowChecks) await c.query("SET LOCAL session_replication_role = replica");
    for (const t of rows.tables) {
      if (t.rows === 0) continue;
      const ts = Date.now();
      await insertJson(c, t.table, COLUMNS[t.table]!, t.json);
      tableMs[t.table] = (tableMs[t.table] ?? 0) + Date.now() - ts;
    }
    // Rows are copied in, not issued: their confidential parts (a protective order's victims) are
    // marked by the function the issuing transaction calls (migration 0021; R11.1, 001 Art. 83(2)).
    const measures = rows.tables.find((t) => t.table === "measure");
    if (measures && measures.rows > 0) {
      await c.query(
        "SELECT confidential_mark_measures(ARRAY(SELECT (r ->> 'id')::uuid FROM jsonb_array_elements($1::jsonb) r))",
        [measures.json],
      );
    }
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    c.release();
  }
}
