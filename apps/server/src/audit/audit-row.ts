import type { Selectable } from "kysely";
import type { z } from "zod";
import type { AuditRow } from "@aldyn/contract";
import type { AuditLogTable } from "../db/schema.ts";

/** An audit_log row as the API shows it (the auditor's search and "who viewed"). */
export function toAuditRow(
  a: Omit<Selectable<AuditLogTable>, "prev_hash" | "hash">,
): z.infer<typeof AuditRow> {
  return {
    id: String(a.id),
    seq: a.chain_seq,
    at: new Date(a.at).toISOString(),
    actorId: a.actor_id,
    actorName: a.actor_name,
    role: a.role,
    bodyId: a.body_id,
    action: a.action,
    recordType: a.record_type,
    recordId: a.record_id,
    fields: a.fields,
    route: a.route,
    ip: a.ip,
    requestId: a.request_id,
  };
}
