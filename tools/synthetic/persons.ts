import { makeIin } from "@aldyn/law";
import { nameFor } from "./names.ts";
import { rngFor, uuidOf } from "./prng.ts";

export interface District {
  id: string;
  path: string;
  weight: number;
}

// Birth dates 1950-01-01 .. 2013-12-31: D days; index i takes day (i * STRIDE) mod D (STRIDE coprime
// with D spreads neighbours over the span) and serial 10 * floor(i / D). makeIin moves an unissuable
// serial to the next one, so serials are ten apart: (date, serial) and thus the IIN stay unique.
const FIRST_DAY = Date.UTC(1950, 0, 1);
const DAYS = 23376;
const STRIDE = 7919;

export function birthDateOf(index: number): string {
  const day = (index * STRIDE) % DAYS;
  return new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
}

export function iinOf(index: number, sex: "male" | "female"): string {
  return makeIin(birthDateOf(index), sex, 10 * Math.floor(index / DAYS));
}

/** Cumulative weights: a person's district in proportion to population. */
export function districtPicker(districts: readonly District[]): (r: number) => District {
  const total = districts.reduce((s, d) => s + d.weight, 0);
  const cum: number[] = [];
  let acc = 0;
  for (const d of districts) cum.push((acc += d.weight / total));
  return (r) => {
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return districts[lo]!;
  };
}

export interface PersonRow {
  id: string;
  iin: string;
  last_name_cyr: string;
  first_name_cyr: string;
  middle_name_cyr: string | null;
  last_name_lat: string | null;
  first_name_lat: string | null;
  birth_date: string;
  sex: "male" | "female";
  actual_address: string;
  territory_id: string;
  territory_path: string;
}

/** The id of person `index`: a batch is there when its first person is (one transaction per batch). */
export function personIdOf(seed: number, index: number): string {
  return uuidOf(`synthetic:${seed}:person:${index}`);
}

export function personAt(seed: number, index: number, district: (r: number) => District): PersonRow {
  const rng = rngFor(seed, index);
  const sex = rng() < 0.52 ? "male" : "female";
  const n = nameFor(rng, sex);
  const d = district(rng());
  return {
    id: personIdOf(seed, index),
    iin: iinOf(index, sex),
    last_name_cyr: n.last,
    first_name_cyr: n.first,
    middle_name_cyr: n.middle,
    last_name_lat: n.lastLat,
    first_name_lat: n.firstLat,
    birth_date: birthDateOf(index),
    sex,
    actual_address: `ул. Синтетическая, д. ${1 + Math.floor(rng() * 200)}, кв. ${1 + Math.floor(rng() * 150)}`,
    territory_id: d.id,
    territory_path: d.path,
  };
}
