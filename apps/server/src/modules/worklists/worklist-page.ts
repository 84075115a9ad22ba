import { sql, type Compilable, type SelectQueryBuilder } from "kysely";
import type pg from "pg";
import { runPrepared } from "../../http/prepared.ts";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import {
  worklistCounts,
  type Counts,
  type StatusConditions,
  type TerritoryCounts,
} from "./worklist-counts.ts";
import { auditRowsOf, auditValues } from "../../audit/record.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { seesName, type ResolvedScope } from "./worklist-scope.ts";
import { BARRIERS } from "../../access/confidentiality.ts";
import { personWithheld } from "../persons/person-confidentiality.ts";

/** A list's statement, prepared on the pool when the caller has one (planned once per connection). */
function run<R>(pool: pg.Pool | undefined, q: Compilable<R> & { execute(): Promise<R[]> }): Promise<R[]> {
  return pool ? runPrepared(pool, q) : q.execute();
}

/** A worklist row with its person's names (null for a measure on an organisation). */
export type Named<R> = R & { last_name_cyr: string | null; first_name_cyr: string | null };

/** How a worklist's read is audited: who reads, the list's action and its own record type. */
export interface WorklistAudit {
  readonly ctx: ActCtx;
  /** `worklist.checks`, `worklist.duties.export`, … */
  readonly action: string;
  /** What the list is of (`control_check`, `measure`): the row of the list as a whole. */
  readonly recordType: string;
}

/** The personal fields a worklist row shows of its person: the name (the id is no personal field). */
const NAME_FIELDS = ["lastNameCyr", "firstNameCyr"] as const;

/**
 * The rows with their persons' names, read for these rows only (one lookup by id): a worklist reads
 * the names of the page it shows, not of every row of the scope that its counts and ordering go
 * through (1,749 persons read to show 50 for one unit at 1,000,000 persons, docs/benchmark.md).
 *
 * The same statement writes the audit of what is shown (R11.2): one row for the list (its action and
 * type, as before) and one row per person shown — record `person`, its id, the name fields when the
 * reader sees the name there (visibleName), none when only the row is shown — so the person's "who
 * viewed" panel (audit/record-views.routes.ts) lists the worklist page or export. No name leaves the
 * database unless its audit row commits with the read; a name is read only where it is shown.
 */
export async function withNames<R extends { person_id: string | null; territory_path: string }>(
  db: Db,
  rows: readonly R[],
  audit: WorklistAudit,
  pool?: pg.Pool,
): Promise<Named<R>[]> {
  const named = new Set<string>();
  const shown = new Set<string>();
  for (const r of rows) {
    if (r.person_id === null) continue;
    shown.add(r.person_id);
    if (seesName(audit.ctx.actor, r.territory_path)) named.add(r.person_id);
  }
  const unnamed = [...shown].filter((id) => !named.has(id));
  const ctx = audit.ctx.audit;
  // A person whose card is confidential (a victim, R11.1; 001 Art. 83(2)) is listed without a name for
  // a reader who does not clear the barrier — decided in the statement, so the name is never read.
  // Most readers clear none or all: then no person's barriers are looked up at all.
  const uncleared = BARRIERS.filter(
    (b) => personWithheld(audit.ctx.actor, audit.ctx.actor.territoryPath, [b]).length > 0,
  );
  const hidden =
    uncleared.length === 0
      ? sql<boolean>`false`
      : sql<boolean>`person_confidential_barriers(id) && ${uncleared}::text[]`;
  const persons = await run(
    pool,
    db
      .with("list_audit", (qc) =>
        qc
          .insertInto("audit_log")
          .values(
            auditValues(ctx, { action: audit.action, recordType: audit.recordType, fields: ["personName"] }),
          ),
      )
      .with("candidates", (qc) =>
        qc
          .selectFrom("person")
          .select(["id", "last_name_cyr", "first_name_cyr", hidden.as("hidden")])
          .where("id", "=", sql<string>`ANY(${[...named]}::uuid[])`),
      )
      .with("named", (qc) =>
        qc
          .selectFrom("candidates")
          .select(["id", "last_name_cyr", "first_name_cyr"])
          .where("hidden", "=", false),
      )
      .with("unnamed", (qc) =>
        qc
          .selectFrom("person")
          .select("id")
          .where("id", "=", sql<string>`ANY(${unnamed}::uuid[])`)
          .unionAll(qc.selectFrom("candidates").select("id").where("hidden", "=", true)),
      )
      .with("named_audit", (qc) =>
        auditRowsOf(qc, ctx, "named", { action: audit.action, recordType: "person", fields: NAME_FIELDS }),
      )
      .with("unnamed_audit", (qc) =>
        auditRowsOf(qc, ctx, "unnamed", { action: audit.action, recordType: "person", fields: [] }),
      )
      .selectFrom("named")
      .selectAll(),
  );
  const byId = new Map(persons.map((p) => [p.id, p]));
  return rows.map((r) => {
    const p = r.person_id === null ? undefined : byId.get(r.person_id);
    return { ...r, last_name_cyr: p?.last_name_cyr ?? null, first_name_cyr: p?.first_name_cyr ?? null };
  });
}

/**
 * One page of a worklist, named, with its counts by status and by district. The statuses (overdue,
 * due, upcoming) split every row, so their sum is the total: no separate count pass.
 */
export async function worklistPage<
  DB extends Database,
  TB extends keyof DB,
  O extends { person_id: string | null; territory_path: string },
>(
  db: Db,
  base: SelectQueryBuilder<DB, TB, O>,
  order: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
  scope: ResolvedScope,
  status: StatusConditions,
  q: { page: number; pageSize: number },
  audit: WorklistAudit,
  pool?: pg.Pool,
): Promise<{ rows: Named<O>[]; total: number; counts: Counts; byTerritory: TerritoryCounts[] }> {
  const [rows, counts] = await Promise.all([
    run(
      pool,
      order(base)
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
    ),
    worklistCounts(db, base, scope, status, pool),
  ]);
  const total = counts.counts.overdue + counts.counts.due + counts.counts.upcoming;
  return { rows: await withNames(db, rows, audit, pool), total, ...counts };
}
