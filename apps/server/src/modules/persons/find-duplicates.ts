import { sql } from "kysely";
import type { z } from "zod";
import type { PersonDuplicates } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import { territoryFilter } from "../../access/scope.ts";
import { recordAuditMany } from "../../audit/record.ts";
import { authorizePerson, PERSON_SUMMARY_FIELDS, seesPersonal, type PersonCtx } from "./person-access.ts";
import { loadPerson, toSummary } from "./person.queries.ts";
import { loadPersonBarriers, personWithheld, withholdSummary } from "./person-confidentiality.ts";

/**
 * How close another record's names must come to this one's last and first names (word_similarity
 * of the search keys, 0-1) to be proposed as the same person when born the same day. Variants of
 * transliteration share a key (score 1); a typo or a swapped name order scores high too.
 */
export const DUPLICATE_NAME_THRESHOLD = 0.6;

/**
 * Likely duplicates of a person (R1.1): records not merged, in the actor's territory, with the same
 * birth date and a name whose key matches or nearly matches. Proposals only: merging is a decision
 * of the user (merge-persons.ts). Each proposal shown is an audited read.
 */
export async function findDuplicates(
  db: Db,
  ctx: PersonCtx,
  id: string,
): Promise<z.infer<typeof PersonDuplicates>> {
  const me = await loadPerson(db, id);
  authorizePerson(ctx.actor, "read", me.territory_path);
  let q = db
    .selectFrom("person as p")
    .innerJoin("territory as t", "t.id", "p.territory_id")
    .where("p.birth_date", "=", me.birth_date)
    .where("p.id", "<>", id)
    .where("p.merged_into", "is", null)
    .where(sql<boolean>`word_similarity(${me.name_key}, p.search_name) >= ${DUPLICATE_NAME_THRESHOLD}`);
  if (territoryFilter(ctx.actor, "person").kind === "prefix")
    q = q.where(inTerritory("t.path", ctx.actor.territoryPath));
  const rows = await q
    .selectAll("p")
    .select([
      "t.path as territory_path",
      sql<number>`word_similarity(${me.name_key}, p.search_name)`.as("score"),
    ])
    .orderBy("score", "desc")
    .orderBy("p.created_at")
    .limit(20)
    .execute();
  const barriers = await loadPersonBarriers(
    db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) => {
    // A victim's card shows no personal field to a reader who does not clear it (001 Art. 83(2)).
    const withheld = personWithheld(ctx.actor, r.territory_path, barriers.get(r.id) ?? []);
    const visible = seesPersonal(ctx.actor, r.territory_path) && withheld.length === 0;
    return {
      visible,
      item: {
        person: withholdSummary(toSummary(r, visible), withheld),
        score: Number(r.score),
        sameNameKey: r.name_key === me.name_key,
      },
    };
  });
  await recordAuditMany(
    db,
    ctx.audit,
    items.map(({ visible, item }) => ({
      action: "person.read",
      recordType: "person",
      recordId: item.person.id,
      fields: visible ? PERSON_SUMMARY_FIELDS : [],
    })),
  );
  return { items: items.map((i) => i.item) };
}
