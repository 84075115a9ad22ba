import { sql, type Transaction } from "kysely";
import type pg from "pg";
import { hotQuery } from "../../db/hot-query.ts";
import type { Database } from "../../db/schema.ts";
import type { Db } from "../../db/pool.ts";
import { notFound } from "../../errors/app-error.ts";
import type { FactRow } from "./measure-codec.ts";
import { isBarrier, type ConfidentialMark } from "../../access/confidentiality.ts";
import {
  entryStatesOf,
  entryStatesSql,
  type EntryState,
} from "../preventive-register/register-entry-state.ts";

type Conn = Transaction<Database> | Db;

function measureQuery(db: Conn) {
  return db
    .selectFrom("measure as m")
    .leftJoin("person as p", "p.id", "m.person_id")
    .select([
      "m.id",
      "m.kind",
      "m.person_id",
      "m.issuer_body_id",
      "m.issuer_user_id",
      "m.issuer_kind",
      "m.territory_path",
      "m.input",
      "m.law_version",
      "m.issued_at",
      "m.status",
      "m.valid_from",
      "m.valid_until",
      "m.next_control_due",
      "m.register_ground",
      "m.version",
      "p.birth_date",
    ]);
}
export type MeasureRow = Awaited<ReturnType<ReturnType<typeof measureQuery>["executeTakeFirstOrThrow"]>>;

export async function loadMeasure(db: Conn, id: string): Promise<MeasureRow> {
  const row = await measureQuery(db).where("m.id", "=", id).executeTakeFirst();
  if (!row) throw notFound("The measure");
  return row;
}

export async function loadFacts(db: Conn, id: string): Promise<FactRow[]> {
  return db
    .selectFrom("measure_fact")
    .select(["seq", "type", "at", "data", "recorded_by", "recorded_at"])
    .where("measure_id", "=", id)
    .orderBy("seq")
    .execute();
}

/** A measure as its card shows it: the row, its facts, the entries it carries and all its marks. */
export interface MeasureView {
  readonly row: MeasureRow;
  readonly facts: FactRow[];
  readonly entryIds: string[];
  readonly marks: ConfidentialMark[];
  /** The citizen's report the measure was taken on (001 Art. 49(1)(1)), by its number. */
  readonly groundReport: { readonly id: string; readonly registrationNumber: string } | null;
}

const FACTS_JSON = sql<FactRow[]>`coalesce((SELECT json_agg(json_build_object('seq', f.seq, 'type', f.type,
    'at', f.at, 'data', f.data, 'recorded_by', f.recorded_by, 'recorded_at', f.recorded_at) ORDER BY f.seq)
  FROM measure_fact f WHERE f.measure_id = m.id), '[]')`;

function factsOf(facts: FactRow[]): FactRow[] {
  return facts.map((f) => ({ ...f, at: new Date(f.at), recorded_at: new Date(f.recorded_at) }));
}

function marksOf(marks: { field: string; barrier: string; article: string }[]): ConfidentialMark[] {
  return marks.flatMap((x) => (isBarrier(x.barrier) ? [{ ...x, barrier: x.barrier }] : []));
}

// One statement for a measure's card, compiled once (db/hot-query.ts): it was four (the row, then
// facts, entries and marks at once).
const measureView = hotQuery((db, p: { id: string }) =>
  measureQuery(db)
    .select([
      FACTS_JSON.as("facts"),
      sql<string[]>`ARRAY(SELECT l.entry_id FROM register_entry_measure l WHERE l.measure_id = m.id)`.as(
        "entry_ids",
      ),
      sql<{ field: string; barrier: string; article: string }[]>`coalesce((SELECT json_agg(json_build_object(
          'field', c.field, 'barrier', c.barrier, 'article', c.article) ORDER BY c.field, c.barrier)
        FROM measure_confidential c WHERE c.measure_id = m.id), '[]')`.as("marks"),
      sql<{ id: string; registrationNumber: string } | null>`(SELECT json_build_object('id', r.id,
          'registrationNumber', r.registration_number) FROM citizen_report r WHERE r.id = m.ground_report_id)`.as(
        "ground_report",
      ),
    ])
    .where("m.id", "=", p.id),
);

/** On the pool: a prepared statement (a request's read); on a database handle: a plain query. */
export async function loadMeasureView(on: pg.Pool | Db, id: string): Promise<MeasureView> {
  const r = await measureView.first(on, { id });
  if (!r) throw notFound("The measure");
  const { facts, entry_ids, marks, ground_report, ...row } = r;
  return {
    row,
    facts: factsOf(facts),
    entryIds: entry_ids,
    marks: marksOf(marks),
    groundReport: ground_report,
  };
}

/** A measure with everything a new fact is validated and written from. */
export interface MeasureState {
  readonly row: MeasureRow;
  readonly facts: FactRow[];
  /** Whole-record confidentiality marks (a medical measure, 001 Arts. 58, 83(2)). */
  readonly wholeMarks: ConfidentialMark[];
  /** The entries linked to the measure and the subject's other active entries (001 Art. 59). */
  readonly entries: EntryState[];
}

/**
 * The measure, its facts, its whole-record marks and the register entries a fact may touch (each with
 * its measures and facts), in one statement: a fact is validated and derived from this read and
 * written by one statement guarded by the version read here.
 */
const measureState = hotQuery((db, p: { id: string }) =>
  measureQuery(db)
    .select([
      FACTS_JSON.as("facts"),
      sql<
        { field: string; barrier: string; article: string }[]
      >`coalesce((SELECT json_agg(json_build_object('field', c.field,
          'barrier', c.barrier, 'article', c.article))
        FROM measure_confidential c WHERE c.measure_id = m.id AND c.field = '*'), '[]')`.as("whole_marks"),
      sql<unknown>`${entryStatesSql(
        // Two index lookups; an OR of them in one WHERE read every entry of the country (390 ms at
        // 1,000,000 persons).
        sql`SELECT l.entry_id FROM register_entry_measure l WHERE l.measure_id = m.id
          UNION SELECT a.id FROM register_entry a WHERE a.person_id = m.person_id AND a.status = 'active'`,
      )}`.as("entries"),
    ])
    .where("m.id", "=", p.id),
);

/** On the pool a prepared statement (planned once per connection: ~9 ms of planning), else of `db`. */
export async function loadMeasureState(on: pg.Pool | Conn, id: string): Promise<MeasureState> {
  const r = await measureState.first(on, { id });
  if (!r) throw notFound("The measure");
  const { facts, whole_marks, entries, ...row } = r;
  return {
    row,
    facts: factsOf(facts),
    wholeMarks: marksOf(whole_marks),
    entries: entryStatesOf(entries),
  };
}
