import type { Transaction } from "kysely";
import {
  DUPLICATE_PERSON_FIELD,
  type Person,
  type PersonPersonal,
  type PersonSummary,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, notFound } from "../../errors/app-error.ts";

/** A person row with the materialised path of its territory (the access scope). */
export function personQuery(db: Db | Transaction<Database>) {
  return db
    .selectFrom("person as p")
    .innerJoin("territory as t", "t.id", "p.territory_id")
    .selectAll("p")
    .select("t.path as territory_path");
}
export type PersonRow = Awaited<ReturnType<ReturnType<typeof personQuery>["executeTakeFirstOrThrow"]>>;

export async function loadPerson(db: Db | Transaction<Database>, id: string): Promise<PersonRow> {
  const row = await personQuery(db).where("p.id", "=", id).executeTakeFirst();
  if (!row) throw notFound("The person");
  return row;
}

export async function loadDocuments(db: Db | Transaction<Database>, personId: string) {
  return db
    .selectFrom("person_document")
    .selectAll()
    .where("person_id", "=", personId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}
type DocumentRow = Awaited<ReturnType<typeof loadDocuments>>[number];

function iso(d: Date | string): string {
  return d instanceof Date ? d.toISOString() : d;
}

function point(lat: number | null, lon: number | null) {
  return lat === null || lon === null ? null : { lat, lon };
}

export function toPersonal(r: PersonRow, docs: readonly DocumentRow[]): PersonPersonal {
  return {
    ...toSummaryPersonal(r),
    noIinReason: r.no_iin_reason as PersonPersonal["noIinReason"],
    citizenship: r.citizenship,
    registeredAddress:
      r.registered_address !== null && r.registered_territory_id !== null
        ? {
            text: r.registered_address,
            territoryId: r.registered_territory_id,
            point: point(r.registered_lat, r.registered_lon),
          }
        : null,
    actualAddress: {
      text: r.actual_address,
      territoryId: r.territory_id,
      point: point(r.actual_lat, r.actual_lon),
    },
    contacts: r.contacts,
    documents: docs.map((d) => ({
      id: d.id,
      kind: d.kind as PersonPersonal["documents"][number]["kind"],
      number: d.number,
      issuedBy: d.issued_by,
      issuedOn: d.issued_on,
      validUntil: d.valid_until,
    })),
  };
}

/** The full record; `personal` is null when the reader may not see personal fields. */
export function toPerson(r: PersonRow, docs: readonly DocumentRow[], visible: boolean): Person {
  return {
    id: r.id,
    version: r.version,
    territoryId: r.territory_id,
    territoryPath: r.territory_path,
    mergedInto: r.merged_into,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    personal: visible ? toPersonal(r, docs) : null,
  };
}

type SummaryColumns = Pick<
  PersonRow,
  | "iin"
  | "last_name_cyr"
  | "first_name_cyr"
  | "middle_name_cyr"
  | "last_name_lat"
  | "first_name_lat"
  | "middle_name_lat"
  | "birth_date"
  | "sex"
>;

function toSummaryPersonal(r: SummaryColumns): NonNullable<PersonSummary["personal"]> {
  return {
    iin: r.iin,
    lastNameCyr: r.last_name_cyr,
    firstNameCyr: r.first_name_cyr,
    middleNameCyr: r.middle_name_cyr,
    lastNameLat: r.last_name_lat,
    firstNameLat: r.first_name_lat,
    middleNameLat: r.middle_name_lat,
    birthDate: r.birth_date,
    sex: r.sex,
  };
}

export function toSummary(
  r: SummaryColumns & Pick<PersonRow, "id" | "territory_id" | "merged_into">,
  visible: boolean,
): PersonSummary {
  return {
    id: r.id,
    territoryId: r.territory_id,
    mergedInto: r.merged_into,
    personal: visible ? toSummaryPersonal(r) : null,
  };
}

/**
 * The path of an address's district. An address names a district (R1.1), so an unknown territory
 * or one of another level is bad input.
 */
export async function districtPath(
  db: Db | Transaction<Database>,
  territoryId: string,
  field: string,
): Promise<string> {
  const t = await db
    .selectFrom("territory")
    .select(["path", "level"])
    .where("id", "=", territoryId)
    .executeTakeFirst();
  if (!t) throw new AppError("validation.failed", "No such territory.", { field });
  if (t.level !== "district")
    throw new AppError("validation.failed", "An address names a district, not a region.", { field });
  return t.path;
}

export async function personIdByIin(db: Db | Transaction<Database>, iin: string): Promise<string | null> {
  const row = await db.selectFrom("person").select("id").where("iin", "=", iin).executeTakeFirst();
  return row?.id ?? null;
}

/** True when `e` is PostgreSQL's unique_violation of the named constraint or index. */
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  if (typeof e !== "object" || e === null) return false;
  const err = e as { code?: unknown; constraint?: unknown };
  return err.code === "23505" && err.constraint === constraint;
}

export function staleVersion(): AppError {
  return new AppError("conflict.stale_version", "Someone else changed this person; reload and try again.", {
    field: "version",
  });
}

/** An edit of a record merged into another: the kept record is the one to edit. */
export function mergedRecord(mergedInto: string): AppError {
  return new AppError("conflict.duplicate", `This record was merged into ${mergedInto}; edit that one.`, {
    field: "id",
    details: [{ field: DUPLICATE_PERSON_FIELD, code: "conflict.duplicate", message: mergedInto }],
  });
}
