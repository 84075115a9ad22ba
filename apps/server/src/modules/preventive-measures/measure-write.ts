import { sql, type RawBuilder, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { auditInsertSql, type AuditContext, type AuditEntry } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { RegisterPlan } from "../preventive-register/place-by-measure.ts";
import type { DutyValues, MeasureProjection } from "./measure-projection.ts";

/** A new measure's own columns (its projection comes with the write). */
export interface NewMeasureRow {
  readonly id: string;
  readonly kind: string;
  readonly person_id: string | null;
  readonly issuer_body_id: string;
  readonly issuer_user_id: string;
  readonly issuer_kind: string;
  readonly territory_path: string;
  readonly input: unknown;
  readonly law_version: string;
  readonly issued_at: Date;
  /** The citizen's report the measure is taken on (001 Art. 49(1)(1)), or null. */
  readonly ground_report_id?: string | null;
}

/**
 * Everything one write of a measure changes: the measure (a new one, or a fact on an existing one
 * whose version the writer read), its new fact, its projection and duties, the register entries it
 * carries and the audit rows — written by one statement in the caller's transaction.
 */
export interface MeasureWrite {
  readonly measure:
    | { readonly op: "insert"; readonly row: NewMeasureRow }
    | { readonly op: "update"; readonly id: string; readonly version: number };
  /** The measure's scope, copied onto its duty rows (the worklists' index). */
  readonly scope: {
    readonly territory_path: string;
    readonly issuer_body_id: string;
    readonly issuer_user_id: string;
  };
  readonly projection: MeasureProjection;
  readonly fact: {
    readonly seq: number;
    readonly type: string;
    readonly at: Date;
    readonly data: Record<string, unknown>;
    readonly recorded_by: string;
  };
  readonly duties: readonly DutyValues[];
  readonly register: RegisterPlan;
  /** The measure's own audit rows (after the register's, as they happen). */
  readonly audit: readonly AuditEntry[];
}

/** How many rows the guarded parts changed: the measure (0: its version moved) and the carried entries. */
export interface MeasureWritten {
  readonly measures: number;
  readonly entries: number;
}

/**
 * A register entry the write carries changed since it was read (a fact or an assessment moved its
 * version): thrown by writeMeasure so the transaction rolls back; the caller reads and plans again.
 */
export class EntriesMoved extends Error {
  constructor() {
    super("A register entry of the measure changed while it was written.");
  }
  /** The answer when it keeps happening: the writer reloads and tries again. */
  conflict(): AppError {
    return new AppError(
      "conflict.stale_version",
      "Someone else changed a register entry of this measure; reload and try again.",
      { field: "version" },
    );
  }
}

const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;

function measureCte(w: MeasureWrite): RawBuilder<unknown> {
  const p = w.projection;
  if (w.measure.op === "insert") {
    const r = w.measure.row;
    return sql`INSERT INTO measure (id, kind, person_id, issuer_body_id, issuer_user_id, issuer_kind,
        territory_path, input, law_version, issued_at, status, valid_from, valid_until, next_control_due,
        register_ground, violations, ground_report_id)
      VALUES (${r.id}::uuid, ${r.kind}, ${r.person_id}::uuid, ${r.issuer_body_id}::uuid, ${r.issuer_user_id}::uuid,
        ${r.issuer_kind}, ${r.territory_path}, ${json(r.input)}, ${r.law_version}, ${r.issued_at}::timestamptz,
        ${p.status}, ${p.valid_from}::date, ${p.valid_until}::date, ${p.next_control_due}::date,
        ${p.register_ground}, ${p.violations}::integer, ${r.ground_report_id ?? null}::uuid)
      RETURNING id`;
  }
  // The version bump takes the row's lock: of two writers who read the same version, the second
  // finds it moved and changes nothing (409).
  return sql`UPDATE measure SET version = version + 1, status = ${p.status}, valid_from = ${p.valid_from}::date,
      valid_until = ${p.valid_until}::date, next_control_due = ${p.next_control_due}::date,
      register_ground = ${p.register_ground}, violations = ${p.violations}::integer, updated_at = now()
    WHERE id = ${w.measure.id}::uuid AND version = ${w.measure.version}::integer
    RETURNING id`;
}

/**
 * Writes a measure's change as one statement of data-modifying CTEs (the fast path's "writes in a few
 * statements"). Every part that could collide with a concurrent writer hangs on a guarded row: the
 * fact and the duties on the measure's version bump (`m`), a carried entry's fact on the entry's
 * guarded update (`ent`); so a lost race writes nothing there and shows in the returned counts: a
 * moved measure is the caller's 409, a moved entry throws EntriesMoved; either rolls the whole
 * transaction back. Duties are replaced as a whole (the law may
 * drop a moot duty): the derived ones are upserted and the others deleted, rows apart, so the two
 * parts never meet in one statement.
 */
export async function writeMeasure(
  trx: Transaction<Database>,
  ctx: AuditContext,
  w: MeasureWrite,
): Promise<MeasureWritten> {
  const ctes: RawBuilder<unknown>[] = [];
  const cte = (name: string, body: RawBuilder<unknown>) => ctes.push(sql`${sql.raw(name)} AS (${body})`);
  const reg = w.register;
  const { territory_path, issuer_body_id, issuer_user_id } = w.scope;

  cte("m", measureCte(w));
  const f = w.fact;
  cte(
    "mf",
    sql`INSERT INTO measure_fact (measure_id, seq, type, at, data, recorded_by)
      SELECT m.id, ${f.seq}::integer, ${f.type}, ${f.at}::timestamptz, ${json(f.data)}, ${f.recorded_by}::uuid FROM m`,
  );
  if (w.measure.op === "update")
    cte(
      "dd",
      sql`DELETE FROM measure_duty WHERE measure_id IN (SELECT id FROM m)
        AND NOT (code = ANY (${w.duties.map((d) => d.code)}::text[]))`,
    );
  if (w.duties.length > 0)
    cte(
      "di",
      sql`INSERT INTO measure_duty (measure_id, code, article, due_at, done_at, liability, territory_path,
          issuer_body_id, issuer_user_id)
        SELECT m.id, d.code, d.article, d.due_at, d.done_at, d.liability, ${territory_path},
          ${issuer_body_id}::uuid, ${issuer_user_id}::uuid
        FROM m CROSS JOIN jsonb_to_recordset(${json(w.duties)})
          AS d(code text, article text, due_at timestamptz, done_at timestamptz, liability boolean)
        ON CONFLICT (measure_id, code) DO UPDATE SET article = EXCLUDED.article, due_at = EXCLUDED.due_at,
          done_at = EXCLUDED.done_at, liability = EXCLUDED.liability, territory_path = EXCLUDED.territory_path,
          issuer_body_id = EXCLUDED.issuer_body_id, issuer_user_id = EXCLUDED.issuer_user_id`,
    );
  const written: string[] = [];
  if (reg.updates.length > 0) {
    written.push("SELECT id FROM ent");
    cte(
      "ent",
      sql`UPDATE register_entry e SET status = u.status, last_day = u.last_day, auto_end_on = u.auto_end_on,
          next_control_due = u.next_control_due, version = e.version + u.bump, updated_at = now()
        FROM jsonb_to_recordset(${json(reg.updates)}) AS u(id uuid, version integer, bump integer,
          status text, last_day date, auto_end_on date, next_control_due date)
        WHERE e.id = u.id AND e.version = u.version AND EXISTS (SELECT 1 FROM m)
        RETURNING e.id`,
    );
  }
  const n = reg.newEntry;
  if (n) {
    written.push("SELECT id FROM ne");
    cte(
      "ne",
      sql`INSERT INTO register_entry (id, person_id, ground, territory_path, placed_on, placed_by_body,
          placed_by_user, placed_by_kind, rights_explained, status, last_day, auto_end_on, next_control_due)
        SELECT ${n.id}::uuid, ${n.person_id}::uuid, ${n.ground}, ${n.territory_path}, ${n.placed_on}::date,
          ${n.placed_by_body}::uuid, ${n.placed_by_user}::uuid, ${n.placed_by_kind}, ${n.rights_explained},
          ${n.status}, ${n.last_day}::date, ${n.auto_end_on}::date, ${n.next_control_due}::date FROM m
        RETURNING id`,
    );
  }
  if (reg.facts.length > 0 && written.length > 0)
    cte(
      "rf",
      sql`INSERT INTO register_fact (entry_id, seq, type, "on", data, recorded_by)
        SELECT f.entry_id, f.seq, f.type, f."on", f.data, f.recorded_by
        FROM jsonb_to_recordset(${json(reg.facts)})
          AS f(entry_id uuid, seq integer, type text, "on" date, data jsonb, recorded_by uuid)
        WHERE f.entry_id IN (${sql.raw(written.join(" UNION ALL "))})`,
    );
  if (reg.link)
    cte(
      "link",
      sql`INSERT INTO register_entry_measure (entry_id, measure_id, linked_at)
        SELECT ${reg.link}::uuid, m.id, now() FROM m ON CONFLICT DO NOTHING`,
    );
  const audit = [...reg.audit, ...w.audit];
  if (audit.length > 0) cte("au", auditInsertSql(ctx, audit));

  const entries = reg.updates.length > 0 ? sql`(SELECT count(*) FROM ent)::integer` : sql`0`;
  const r = await sql<MeasureWritten>`WITH ${sql.join(ctes)}
    SELECT (SELECT count(*) FROM m)::integer AS measures, ${entries} AS entries`.execute(trx);
  const done = r.rows[0]!;
  if (done.measures === 1 && done.entries < reg.updates.length) throw new EntriesMoved();
  return done;
}
