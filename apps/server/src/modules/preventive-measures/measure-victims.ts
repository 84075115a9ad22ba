import { art, refuse, type NormalizedMeasure, type Refusal } from "@aldyn/law";
import type { Db } from "../../db/pool.ts";

/**
 * The register ids of a protective order's victims (001 Art. 60(1), (4)) must name persons in the
 * register: a victim linked to a record that does not exist would print and notify nobody. The law
 * checks the names; only the database knows the ids, so this is the server's check. Each unknown id
 * is one refusal at its path (`details.victims.1.personId`), all at once like the law's.
 */
export async function unknownVictimPersons(db: Db, m: NormalizedMeasure): Promise<Refusal[]> {
  if (m.kind !== "protective_order") return [];
  const victims = m.details.victims ?? [];
  const ids = [...new Set(victims.flatMap((v) => (v.personId ? [v.personId] : [])))];
  if (ids.length === 0) return [];
  const found = await db.selectFrom("person").select("id").where("id", "in", ids).execute();
  const known = new Set(found.map((r) => r.id));
  const a4 = art("001", "60(4)");
  return victims.flatMap((v, index) =>
    v.personId && !known.has(v.personId)
      ? [
          refuse(
            "protective_order.victim_person_not_found",
            a4,
            `${a4}: the victim's register record was not found; name the victim without it or pick the record again.`,
            { field: `details.victims.${index}.personId`, params: { index } },
          ),
        ]
      : [],
  );
}
