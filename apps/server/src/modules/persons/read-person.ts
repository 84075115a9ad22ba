import type { Person } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { sql } from "kysely";
import type pg from "pg";
import { auditParams, auditSlots, type AuditParams } from "../../audit/hot-audit.ts";
import { hotQuery } from "../../db/hot-query.ts";
import { notFound } from "../../errors/app-error.ts";
import { authorizePerson, PERSON_PERSONAL_FIELDS, seesPersonal, type PersonCtx } from "./person-access.ts";
import { loadDocuments, loadPerson, personQuery, toPerson } from "./person.queries.ts";
import {
  barriersColumn,
  barriersOf,
  refuseConfidentialPerson,
  refuseConfidentialPersonById,
} from "./person-confidentiality.ts";

/**
 * One person (R1.1): 404 when there is none, 403 outside the actor's role or territory. The read is
 * audited with the personal fields shown (R11.2); a reader who may see the record but not its
 * personal fields gets `personal: null` (001 Art. 59(6)) and an audit row listing no fields.
 * Two prepared round-trips: the record (the access decision needs its territory), then its
 * documents read by the very statement that writes the audit row, so nothing personal beyond the
 * territory check leaves the database before the audit row is committed. A victim's card (marked by a
 * protective order, 001 Art. 83(2)) is a 403 `access.confidential` for a reader who does not clear it.
 */
const personById = hotQuery((db, p: { id: string }) =>
  personQuery(db).select(barriersColumn("p.id").as("barriers")).where("p.id", "=", p.id),
);

// A reader who may not see personal fields gets no documents: the same statement, no rows.
const auditedDocuments = hotQuery((db, p: AuditParams & { id: string; visible: boolean }) =>
  db
    .with("audit", (qc) => qc.insertInto("audit_log").values(auditSlots(p)))
    .selectFrom("person_document")
    .selectAll()
    .where("person_id", "=", p.id)
    .where(sql<boolean>`${p.visible}::boolean`)
    .orderBy("created_at")
    .orderBy("id"),
);

export async function readPerson(_db: Db, pool: pg.Pool, ctx: PersonCtx, id: string): Promise<Person> {
  const row = await personById.first(pool, { id });
  if (!row) throw notFound("The person");
  authorizePerson(ctx.actor, "read", row.territory_path);
  // A victim's own card is confidential as a whole (R11.1; 001 Art. 83(2)).
  refuseConfidentialPerson(ctx.actor, row.territory_path, barriersOf(row.barriers));
  const visible = seesPersonal(ctx.actor, row.territory_path);
  const audit = auditParams(ctx.audit, {
    action: "person.read",
    recordType: "person",
    recordId: id,
    fields: visible ? PERSON_PERSONAL_FIELDS : [],
  });
  const docs = await auditedDocuments.all(pool, { ...audit, id, visible });
  return toPerson(row, docs, visible);
}

/** The record as its writer sees it right after a change (the change's audit row covers the read). */
export async function personAfterWrite(db: Db, ctx: PersonCtx, id: string): Promise<Person> {
  const row = await loadPerson(db, id);
  await refuseConfidentialPersonById(db, ctx.actor, id, row.territory_path);
  const visible = seesPersonal(ctx.actor, row.territory_path);
  return toPerson(row, visible ? await loadDocuments(db, id) : [], visible);
}
