import type { Db } from "../../../db/pool.ts";
import type { AttachmentRecordType } from "../../../db/schema-attachments.ts";
import { notFound } from "../../../errors/app-error.ts";

export const ATTACHMENT_RECORD_TYPES: readonly AttachmentRecordType[] = [
  "person",
  "measure",
  "register_entry",
];

export function isAttachmentRecordType(value: string): value is AttachmentRecordType {
  return (ATTACHMENT_RECORD_TYPES as readonly string[]).includes(value);
}

/**
 * The territory path of the record an attachment belongs to, which decides who may see it (R11.1):
 * a person's from `person.territory_id`, a measure's and a register entry's from their own
 * `territory_path`. A record that does not exist is a 404.
 */
export async function recordTerritory(db: Db, type: AttachmentRecordType, id: string): Promise<string> {
  const row =
    type === "person"
      ? await db
          .selectFrom("person")
          .innerJoin("territory", "territory.id", "person.territory_id")
          .select("territory.path as path")
          .where("person.id", "=", id)
          .executeTakeFirst()
      : type === "measure"
        ? await db
            .selectFrom("measure")
            .select("territory_path as path")
            .where("id", "=", id)
            .executeTakeFirst()
        : await db
            .selectFrom("register_entry")
            .select("territory_path as path")
            .where("id", "=", id)
            .executeTakeFirst();
  if (!row) throw notFound(type === "register_entry" ? "The register entry" : `The ${type}`);
  return row.path;
}
