import { sql, type QueryCreator, type RawBuilder, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Db } from "../db/pool.ts";

/** Who did it, from where: taken from the request by the HTTP layer. */
export interface AuditContext {
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly role: string | null;
  readonly bodyId: string | null;
  readonly route: string | null;
  readonly ip: string | null;
  readonly requestId: string | null;
}

export interface AuditEntry {
  /** Verb: `read`, `create`, `update`, `login`, `export`, … with the domain: `person.read`. */
  readonly action: string;
  readonly recordType?: string;
  readonly recordId?: string;
  /** Names of the personal fields read or changed (never their values: logs carry no personal data). */
  readonly fields?: readonly string[];
}

/**
 * Writes an audit row inside the caller's transaction, so the audit row and the work it records
 * commit or roll back together (R11.2). Sealing into the hash chain happens after commit (seal.ts).
 */
export async function recordAudit(
  trx: Transaction<Database> | Db,
  ctx: AuditContext,
  entry: AuditEntry,
): Promise<void> {
  await recordAuditMany(trx, ctx, [entry]);
}

/** Many audit rows at once (a list of records read in one request). */
export async function recordAuditMany(
  trx: Transaction<Database> | Db,
  ctx: AuditContext,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await trx
    .insertInto("audit_log")
    .values(entries.map((e) => auditValues(ctx, e)))
    .execute();
}

/** The columns of audit_log this module writes, in the order its inserts list them. */
export const AUDIT_COLUMNS = [
  "actor_id",
  "actor_name",
  "role",
  "body_id",
  "action",
  "record_type",
  "record_id",
  "fields",
  "route",
  "ip",
  "request_id",
] as const;

/** The audit_log row of one entry (the columns this module writes; the rest are set by the sealer). */
export function auditValues(ctx: AuditContext, entry: AuditEntry) {
  return {
    actor_id: ctx.actorId,
    actor_name: ctx.actorName,
    role: ctx.role,
    body_id: ctx.bodyId,
    action: entry.action,
    record_type: entry.recordType ?? null,
    record_id: entry.recordId ?? null,
    fields: [...(entry.fields ?? [])],
    route: ctx.route,
    ip: ctx.ip,
    request_id: ctx.requestId,
  };
}

/**
 * The INSERT of `entries`' audit rows as SQL, for the body of a data-modifying CTE: a write and its audit
 * rows are then one statement, committed together (R11.2).
 */
export function auditInsertSql(ctx: AuditContext, entries: readonly AuditEntry[]): RawBuilder<unknown> {
  const rows = entries.map((e) => {
    const v = auditValues(ctx, e);
    return sql`(${v.actor_id}::uuid, ${v.actor_name}::text, ${v.role}::text, ${v.body_id}::uuid,
      ${v.action}::text, ${v.record_type}::text, ${v.record_id}::text, ${v.fields}::text[], ${v.route}::text,
      ${v.ip}::text, ${v.request_id}::text)`;
  });
  return sql`INSERT INTO audit_log (actor_id, actor_name, role, body_id, action, record_type, record_id,
    fields, route, ip, request_id) VALUES ${sql.join(rows)}`;
}

/**
 * One audit row per row of the CTE `cte` (its `id` column is the record id), as the body of a
 * data-modifying CTE: `db.with("hits", …).with("audit", (qc) => auditRowsOf(qc, ctx, "hits", e))`.
 * The read and its audit rows are then one statement — one transaction and one round-trip (R11.2):
 * no row reaches the caller unless its audit row commits with it.
 */
export function auditRowsOf<DB extends Database>(
  qc: QueryCreator<DB>,
  ctx: AuditContext,
  cte: string,
  entry: Required<Pick<AuditEntry, "action" | "recordType" | "fields">>,
) {
  // The CTEs already declared widen the creator's schema; the audit table is the same in all.
  return (qc as unknown as QueryCreator<Database>)
    .insertInto("audit_log")
    .columns([...AUDIT_COLUMNS])
    .expression(
      sql`SELECT ${ctx.actorId}::uuid, ${ctx.actorName}::text, ${ctx.role}::text, ${ctx.bodyId}::uuid,
        ${entry.action}::text, ${entry.recordType}::text, c.id::text, ${entry.fields}::text[],
        ${ctx.route}::text, ${ctx.ip}::text, ${ctx.requestId}::text FROM ${sql.table(cte)} AS c`,
    );
}
