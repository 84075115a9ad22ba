import type { Transaction } from "kysely";
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
    .values(
      entries.map((entry) => ({
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
      })),
    )
    .execute();
}
