import { DEFAULT_DAY_TRANSFERS, kazakhstanWorkCalendar, type WorkCalendar } from "@aldyn/law";
import { familyLinksOf } from "./families.ts";
import { emptyGenerated, measuresFor, syntheticStyle, type Issuer } from "./measures.ts";
import { districtPicker, personAt, type District } from "./persons.ts";
import { rngFor } from "./prng.ts";

/** What a batch needs to be generated anywhere (main thread or worker): plain, cloneable data. */
export interface BatchConfig {
  seed: number;
  now: string;
  generatorUserId: string;
  districts: District[];
  issuers: Record<string, Issuer>;
}

/** A batch's rows as one JSON text per table, in insertion order (parents before children). */
export interface BatchRows {
  from: number;
  to: number;
  tables: { table: string; json: string; rows: number }[];
  counts: Record<string, number>;
  refused: number;
}

export const TABLE_ORDER = [
  "person",
  "person_link",
  "measure",
  "measure_fact",
  "measure_duty",
  "register_entry",
  "register_fact",
  "register_entry_measure",
] as const;

/** Builds persons [from, to) and everything about them; pure in (config, from, to). */
export function makeBatchGenerator(config: BatchConfig): (from: number, to: number) => BatchRows {
  const district = districtPicker(config.districts);
  const workCalendar: WorkCalendar = kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS);
  const now = new Date(config.now);
  const { seed } = config;
  return (from, to) => {
    const people = [];
    const g = emptyGenerated();
    for (let i = from; i < to; i++) {
      const p = personAt(seed, i, district);
      people.push({ ...p, created_by: config.generatorUserId });
      // A second stream for the measures, so adding a name field does not reshuffle them.
      measuresFor(
        rngFor(seed ^ 0x5bd1e995, i),
        seed,
        i,
        p,
        syntheticStyle(config.issuers[p.territory_id]!),
        now,
        workCalendar,
        g,
      );
    }
    const links = familyLinksOf(seed, people, from, now, config.generatorUserId);
    const byTable: Record<(typeof TABLE_ORDER)[number], readonly unknown[]> = {
      person: people,
      person_link: links,
      measure: g.measures,
      measure_fact: g.facts,
      measure_duty: g.duties,
      register_entry: g.entries,
      register_fact: g.entryFacts,
      register_entry_measure: g.links,
    };
    const counts: Record<string, number> = {};
    const tables = TABLE_ORDER.map((table) => {
      counts[table] = byTable[table].length;
      return { table, json: JSON.stringify(byTable[table]), rows: byTable[table].length };
    });
    return { from, to, tables, counts, refused: g.refused };
  };
}
