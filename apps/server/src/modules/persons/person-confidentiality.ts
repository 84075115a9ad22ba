import { sql, type Transaction } from "kysely";
import type { PersonSummary } from "@aldyn/contract";
import {
  CONFIDENTIALITY_ARTICLE,
  isBarrier,
  withheldParts,
  type Barrier,
  type WithheldPart,
} from "../../access/confidentiality.ts";
import type { Actor } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { personResource } from "./person-access.ts";

/**
 * Persons whose card is confidential as a whole (R11.1; 001 Art. 83(2)): a victim named with a
 * register record on a protective order (001 Art. 60(1), (4); marked by migration 0021's
 * confidential_mark_measures in the issuing transaction). A reader who does not clear the barrier
 * gets 403 `access.confidential` for the card, and lists (search, duplicates, family links) show the
 * person with `personal` withheld and the marker.
 */

/** The barriers of the person's card across merged records (person_confidential_barriers, 0021). */
export function barriersColumn(idColumn: string) {
  return sql<string[]>`person_confidential_barriers(${sql.ref(idColumn)})`;
}

export function barriersOf(raw: readonly string[] | null | undefined): Barrier[] {
  return (raw ?? []).filter(isBarrier);
}

export async function loadPersonBarriers(
  db: Db | Transaction<Database>,
  ids: readonly string[],
): Promise<Map<string, Barrier[]>> {
  if (ids.length === 0) return new Map();
  const r = await sql<{ id: string; barriers: string[] }>`
    SELECT id, person_confidential_barriers(id) AS barriers FROM unnest(${[...ids]}::uuid[]) AS t(id)`.execute(
    db,
  );
  return new Map(r.rows.map((x) => [x.id, barriersOf(x.barriers)]));
}

/** What of a person with these barriers the actor does not see: the `personal` part, or nothing. */
export function personWithheld(
  actor: Actor,
  territoryPath: string,
  barriers: readonly Barrier[],
): WithheldPart[] {
  return withheldParts(
    actor,
    personResource(territoryPath),
    barriers.map((barrier) => ({ field: "personal", barrier, article: CONFIDENTIALITY_ARTICLE })),
  );
}

/** 403 `access.confidential` when the actor may not open this person's card. */
export function refuseConfidentialPerson(
  actor: Actor,
  territoryPath: string,
  barriers: readonly Barrier[],
): void {
  const w = personWithheld(actor, territoryPath, barriers)[0];
  if (w)
    throw new AppError(
      "access.confidential",
      `This person's record is confidential (${w.barrier} data, ${w.article}). ${w.reason}`,
      { article: w.article },
    );
}

/** The 403 of {@link refuseConfidentialPerson} for a person known by id (write paths). */
export async function refuseConfidentialPersonById(
  db: Db | Transaction<Database>,
  actor: Actor,
  id: string,
  territoryPath: string,
): Promise<void> {
  refuseConfidentialPerson(actor, territoryPath, (await loadPersonBarriers(db, [id])).get(id) ?? []);
}

/** A list's summary of the person with `personal` withheld when the actor does not clear it. */
export function withholdSummary(summary: PersonSummary, withheld: readonly WithheldPart[]): PersonSummary {
  return withheld.length === 0 ? summary : { ...summary, personal: null, withheld: [...withheld] };
}
