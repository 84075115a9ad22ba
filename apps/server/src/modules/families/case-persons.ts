import type { Transaction } from "kysely";
import type { PersonSummary } from "@aldyn/contract";
import { recordAuditMany, type AuditContext } from "../../audit/record.ts";
import type { Actor } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { PERSON_SUMMARY_FIELDS, seesPersonal } from "../persons/person-access.ts";
import { loadPersonBarriers, personWithheld, withholdSummary } from "../persons/person-confidentiality.ts";
import { personQuery, toSummary, type PersonRow } from "../persons/person.queries.ts";

type Executor = Db | Transaction<Database>;

/**
 * The persons a write names (victims, the person who committed it, children, members), each of which
 * must exist: an unknown one is a 400 with the field that named it. A record merged into another is
 * taken as the kept one (R1.1), so a case never points at a superseded card.
 */
export async function loadNamedPersons(
  db: Executor,
  named: readonly { readonly id: string; readonly field: string }[],
): Promise<Map<string, PersonRow>> {
  const ids = [...new Set(named.map((n) => n.id))];
  const rows = ids.length === 0 ? [] : await personQuery(db).where("p.id", "in", ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const n of named)
    if (!byId.has(n.id))
      throw new AppError("validation.failed", "The person does not exist.", { field: n.field });
  const merged = rows.filter((r) => r.merged_into !== null);
  if (merged.length > 0) {
    const first = merged[0]!;
    throw new AppError(
      "validation.failed",
      "This person's record was merged into another; name the kept record.",
      { field: named.find((n) => n.id === first.id)!.field },
    );
  }
  return byId;
}

/**
 * The summaries of the persons a case record shows, each with `personal` withheld where the reader
 * does not clear the person's card (a victim's card is confidential, 001 Art. 83(2)); every summary
 * shown is audited as a read of the person (R11.2), in the caller's connection.
 */
export async function caseSummaries(
  db: Executor,
  actor: Actor,
  audit: AuditContext,
  ids: readonly string[],
): Promise<Map<string, PersonSummary>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await personQuery(db).where("p.id", "in", unique).execute();
  const barriers = await loadPersonBarriers(db, unique);
  const out = new Map<string, PersonSummary>();
  const read: string[] = [];
  for (const r of rows) {
    const withheld = personWithheld(actor, r.territory_path, barriers.get(r.id) ?? []);
    const visible = seesPersonal(actor, r.territory_path) && withheld.length === 0;
    if (visible) read.push(r.id);
    out.set(r.id, withholdSummary(toSummary(r, visible), withheld));
  }
  await recordAuditMany(
    db,
    audit,
    read.map((id) => ({
      action: "person.read",
      recordType: "person",
      recordId: id,
      fields: PERSON_SUMMARY_FIELDS,
    })),
  );
  return out;
}

/** "Иванова А." — how a list names a victim without the full name. */
export function shortName(p: Pick<PersonRow, "last_name_cyr" | "first_name_cyr">): string {
  return `${p.last_name_cyr} ${p.first_name_cyr.slice(0, 1)}.`;
}
