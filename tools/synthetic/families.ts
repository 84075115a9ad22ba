import { AGE_OF_MAJORITY, ageOn, legalDateOf } from "@aldyn/law";
import type { PersonRow } from "./persons.ts";
import { rngFor, uuidOf } from "./prng.ts";

const YEAR_DAYS = 365.25;
const LOOKBACK = 600;

/**
 * Families (R1.2; 001 Arts. 1(7), 59(2)(7)): a person under the age of majority today gets a mother
 * and a father (about 70 %), one parent (20 %) or nobody on record (10 %). Parents are earlier persons
 * of the same batch, 20 to 45 years older, so the links commit with both ends and a resumed batch
 * rebuilds the same ones. A parent may live in another district, as after a move.
 */
export function familyLinksOf(
  seed: number,
  people: readonly PersonRow[],
  from: number,
  now: Date,
  userId: string,
): Record<string, unknown>[] {
  const today = legalDateOf(now);
  const out: Record<string, unknown>[] = [];
  for (let k = 0; k < people.length; k++) {
    const child = people[k]!;
    if (ageOn(child.birth_date, today) >= AGE_OF_MAJORITY) continue;
    const rng = rngFor(seed ^ 0x1b873593, from + k);
    const r = rng();
    const wanted: ("female" | "male")[] =
      r < 0.7 ? ["female", "male"] : r < 0.9 ? [rng() < 0.7 ? "female" : "male"] : [];
    const born = Date.parse(child.birth_date);
    const start = k - 1 - Math.floor(rng() * 50);
    for (const sex of wanted) {
      for (let j = start; j >= 0 && j > k - LOOKBACK; j--) {
        const parent = people[j]!;
        const years = (born - Date.parse(parent.birth_date)) / 86_400_000 / YEAR_DAYS;
        if (parent.sex !== sex || years < 20 || years > 45) continue;
        out.push({
          id: uuidOf(`synthetic:${seed}:link:${child.id}:${parent.id}`),
          minor_id: child.id,
          representative_id: parent.id,
          kind: "parent",
          since: child.birth_date,
          until: null,
          note: null,
          created_by: userId,
        });
        break;
      }
    }
  }
  return out;
}
