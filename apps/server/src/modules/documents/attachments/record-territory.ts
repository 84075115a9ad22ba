import { sql } from "kysely";
import type { Db } from "../../../db/pool.ts";
import { isBarrier, type Barrier } from "../../../access/confidentiality.ts";
import type { AttachmentRecordType } from "../../../db/schema-attachments.ts";
import { notFound } from "../../../errors/app-error.ts";

export const ATTACHMENT_RECORD_TYPES: readonly AttachmentRecordType[] = [
  "person",
  "measure",
  "register_entry",
  "citizen_report",
];

export function isAttachmentRecordType(value: string): value is AttachmentRecordType {
  return (ATTACHMENT_RECORD_TYPES as readonly string[]).includes(value);
}

/** Where the record an attachment belongs to lies, and the confidentiality barriers on it. */
export interface RecordPlace {
  readonly territoryPath: string;
  /**
   * A file cannot be shown in part, so any confidential part of the record bars its files (R11.1;
   * 001 Art. 83(2)): a person's card barriers (a victim), any mark of a measure (a protective order's
   * victims, health data), a register entry's person's.
   */
  readonly barriers: readonly Barrier[];
  /** The bodies a citizen's report concerns (took it, handed to or from): body-scoped readers' key. */
  readonly bodyIds?: readonly string[];
}

/**
 * The territory path of the record an attachment belongs to, which decides who may see it (R11.1):
 * a person's from `person.territory_id`, a measure's and a register entry's from their own
 * `territory_path` (a citizen's report too); with its barriers. A record that does not exist is a 404.
 */
export async function recordTerritory(db: Db, type: AttachmentRecordType, id: string): Promise<RecordPlace> {
  const row =
    type === "person"
      ? await db
          .selectFrom("person")
          .innerJoin("territory", "territory.id", "person.territory_id")
          .select([
            "territory.path as path",
            sql<string[]>`person_confidential_barriers(person.id)`.as("barriers"),
          ])
          .where("person.id", "=", id)
          .executeTakeFirst()
      : type === "measure"
        ? await db
            .selectFrom("measure")
            .select([
              "territory_path as path",
              sql<
                string[]
              >`ARRAY(SELECT DISTINCT c.barrier FROM measure_confidential c WHERE c.measure_id = measure.id)`.as(
                "barriers",
              ),
            ])
            .where("id", "=", id)
            .executeTakeFirst()
        : type === "citizen_report"
          ? // A report has no confidential part of its own: its reporter's contacts are personal
            // fields, which authorizeFiles asks for anyway (R6).
            await db
              .selectFrom("citizen_report")
              .select([
                "territory_path as path",
                sql<string[]>`ARRAY[]::text[]`.as("barriers"),
                sql<
                  string[]
                >`ARRAY(SELECT citizen_report.taken_by_body_id::text WHERE citizen_report.taken_by_body_id IS NOT NULL
                  UNION SELECT unnest(ARRAY[h.sender_body_id::text, h.receiver_body_id::text]) FROM handoff h
                   WHERE h.record_type = 'citizen_report' AND h.record_id = citizen_report.id)`.as(
                  "body_ids",
                ),
              ])
              .where("id", "=", id)
              .executeTakeFirst()
          : await db
              .selectFrom("register_entry")
              .select([
                "territory_path as path",
                sql<string[]>`person_confidential_barriers(register_entry.person_id)`.as("barriers"),
              ])
              .where("id", "=", id)
              .executeTakeFirst();
  if (!row)
    throw notFound(
      type === "register_entry"
        ? "The register entry"
        : type === "citizen_report"
          ? "The report"
          : `The ${type}`,
    );
  return {
    territoryPath: row.path,
    barriers: (row.barriers ?? []).filter(isBarrier),
    ...("body_ids" in row ? { bodyIds: row.body_ids as string[] } : {}),
  };
}
