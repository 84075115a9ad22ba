import type { Person } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { sql } from "kysely";
import type pg from "pg";
import { auditValues } from "../../audit/record.ts";
import { notFound } from "../../errors/app-error.ts";
import { runPrepared, runPreparedFirst } from "../../http/prepared.ts";
import { authorizePerson, PERSON_PERSONAL_FIELDS, seesPersonal, type PersonCtx } from "./person-access.ts";
import { loadDocuments, loadPerson, personQuery, toPerson } from "./person.queries.ts";

/**
 * One person (R1.1): 404 when there is none, 403 outside the actor's role or territory. The read is
 * audited with the personal fields shown (R11.2); a reader who may see the record but not its
 * personal fields gets `personal: null` (001 Art. 59(6)) and an audit row listing no fields.
 * Two prepared round-trips: the record (the access decision needs its territory), then its
 * documents read by the very statement that writes the audit row, so nothing personal beyond the
 * territory check leaves the database before the audit row is committed.
 */
export async function readPerson(db: Db, pool: pg.Pool, ctx: PersonCtx, id: string): Promise<Person> {
  const row = await runPreparedFirst(pool, personQuery(db).where("p.id", "=", id));
  if (!row) throw notFound("The person");
  authorizePerson(ctx.actor, "read", row.territory_path);
  const visible = seesPersonal(ctx.actor, row.territory_path);
  const audit = auditValues(ctx.audit, {
    action: "person.read",
    recordType: "person",
    recordId: id,
    fields: visible ? PERSON_PERSONAL_FIELDS : [],
  });
  const docs = await runPrepared(
    pool,
    db
      .with("audit", (qc) => qc.insertInto("audit_log").values(audit))
      .selectFrom("person_document")
      .selectAll()
      // A reader who may not see personal fields gets no documents: the same statement, no rows.
      .where("person_id", "=", id)
      .where(sql<boolean>`${visible}::boolean`)
      .orderBy("created_at")
      .orderBy("id"),
  );
  return toPerson(row, docs, visible);
}

/** The record as its writer sees it right after a change (the change's audit row covers the read). */
export async function personAfterWrite(db: Db, ctx: PersonCtx, id: string): Promise<Person> {
  const row = await loadPerson(db, id);
  const visible = seesPersonal(ctx.actor, row.territory_path);
  return toPerson(row, visible ? await loadDocuments(db, id) : [], visible);
}
