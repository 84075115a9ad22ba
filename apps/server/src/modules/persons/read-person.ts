import type { Person } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { recordAudit } from "../../audit/record.ts";
import { authorizePerson, PERSON_PERSONAL_FIELDS, seesPersonal, type PersonCtx } from "./person-access.ts";
import { loadDocuments, loadPerson, toPerson } from "./person.queries.ts";

/**
 * One person (R1.1): 404 when there is none, 403 outside the actor's role or territory. The read is
 * audited with the personal fields shown (R11.2); a reader who may see the record but not its
 * personal fields gets `personal: null` (001 Art. 59(6)) and an audit row listing no fields.
 */
export async function readPerson(db: Db, ctx: PersonCtx, id: string): Promise<Person> {
  const row = await loadPerson(db, id);
  authorizePerson(ctx.actor, "read", row.territory_path);
  const visible = seesPersonal(ctx.actor, row.territory_path);
  const docs = visible ? await loadDocuments(db, id) : [];
  await recordAudit(db, ctx.audit, {
    action: "person.read",
    recordType: "person",
    recordId: id,
    fields: visible ? PERSON_PERSONAL_FIELDS : [],
  });
  return toPerson(row, docs, visible);
}

/** The record as its writer sees it right after a change (the change's audit row covers the read). */
export async function personAfterWrite(db: Db, ctx: PersonCtx, id: string): Promise<Person> {
  const row = await loadPerson(db, id);
  const visible = seesPersonal(ctx.actor, row.territory_path);
  return toPerson(row, visible ? await loadDocuments(db, id) : [], visible);
}
