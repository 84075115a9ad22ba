import { DEFAULT_DAY_TRANSFERS, kazakhstanWorkCalendar, type WorkCalendar } from "@aldyn/law";
import { familyLinksOf } from "../families.ts";
import { measuresFor, type Generated, type MeasureStyle } from "../measures.ts";
import { districtPicker, personAt, type PersonRow } from "../persons.ts";
import { rngFor } from "../prng.ts";
import { addressIn } from "./addresses.ts";
import { DEMO_TEXTS } from "./texts.ts";
import type { DemoDistrict, DemoWorld } from "./world.ts";

/** The calendar the demo's terms count working days by (the law's default transfers). */
export function demoCalendar(): WorkCalendar {
  return kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS);
}

/**
 * Person `index` of the demo: the synthetic generator's person (name, IIN, birth date) living in
 * `district` (drawn by weight when not given), at an address of the district's town, registered by
 * the district's inspector. The address has a random stream of its own.
 */
export function demoPerson(world: DemoWorld, index: number, district?: DemoDistrict): PersonRow {
  const pick = district ? () => district : districtPicker(world.districts);
  const p = personAt(world.seed, index, pick);
  const d = world.districts.find((x) => x.id === p.territory_id)!;
  const address = addressIn(rngFor(world.seed ^ 0x68e31da4, index), d.town);
  return { ...p, actual_address: address, created_by: d.police.userId } as PersonRow;
}

/**
 * Who decided the demo's history: in the first district the domestic violence inspector issues the
 * protective orders (001 Art. 60(1)), the juvenile inspector deals with minors, the local inspector
 * with adults; in the second, its local inspector with everyone.
 */
export function demoStyle(world: DemoWorld): MeasureStyle {
  const [first] = world.districts;
  return {
    issuerOf(kind, p, minor) {
      const district = world.districts.find((d) => d.id === p.territory_id)!;
      if (district.id === first.id && kind === "protective_order")
        return { issuer: world.actors["dv.inspector"], issuerKind: "police_domestic_violence_inspector" };
      if (district.id === first.id && minor)
        return { issuer: world.actors.juvenile, issuerKind: "police_juvenile_inspector" };
      return { issuer: district.police, issuerKind: "police_district_inspector" };
    },
    texts: DEMO_TEXTS,
    // Most checks are done on time; the designated cases (scenarios.ts) add the overdue ones to see.
    missedCheck: 0.03,
  };
}

/** Persons [0, n) with five years of measures, facts, register entries and families (bulk of the demo). */
export function buildBulk(
  world: DemoWorld,
  n: number,
  cal: WorkCalendar,
  g: Generated,
): { persons: PersonRow[]; links: Record<string, unknown>[] } {
  const now = new Date(world.now);
  const style = demoStyle(world);
  const persons: PersonRow[] = [];
  for (let i = 0; i < n; i++) {
    const p = demoPerson(world, i);
    persons.push(p);
    measuresFor(rngFor(world.seed ^ 0x5bd1e995, i), world.seed, i, p, style, now, cal, g);
  }
  const links = familyLinksOf(world.seed, persons, 0, now, world.districts[0].police.userId);
  return { persons, links };
}
