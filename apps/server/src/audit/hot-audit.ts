import { AUDIT_COLUMNS, auditValues, type AuditContext, type AuditEntry } from "./record.ts";

/** The columns of one audit row, as hot queries take them: one named parameter per column. */
export type AuditParams = ReturnType<typeof auditValues>;

// Every column of the audit row has its parameter: a column added to auditValues fails to compile here.
const allColumns: Exclude<keyof AuditParams, (typeof AUDIT_COLUMNS)[number]> extends never ? true : never =
  true;
void allColumns;

/**
 * The audit row's values inside a hot query's builder (db/hot-query.ts): each column is the caller's
 * parameter of the same name, so the statement that reads also writes its audit row (R11.2) while
 * being compiled once.
 */
export function auditSlots<P extends AuditParams>(p: P): AuditParams {
  return Object.fromEntries(AUDIT_COLUMNS.map((c) => [c, p[c]])) as AuditParams;
}

/** The parameters of `auditSlots` for one audited read. */
export function auditParams(ctx: AuditContext, entry: AuditEntry): AuditParams {
  return auditValues(ctx, entry);
}
