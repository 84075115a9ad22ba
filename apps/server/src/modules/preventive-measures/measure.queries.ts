import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Db } from "../../db/pool.ts";
import { notFound } from "../../errors/app-error.ts";
import type { FactRow } from "./measure-codec.ts";

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

export async function entryIdsOf(db: Conn, measureId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("register_entry_measure")
    .select("entry_id")
    .where("measure_id", "=", measureId)
    .execute();
  return rows.map((r) => r.entry_id);
}
