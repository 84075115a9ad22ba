import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// Plain checks of the shipped seed file (R1.4); no database. The global setup loads the same file
// into every test database, so a broken file would otherwise surface as unrelated failures.
const FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../db/seed/territories.json",
);

const Name = z.strictObject({ kk: z.string(), ru: z.string(), en: z.string() });
const District = z.strictObject({ code: z.string(), name: Name, population: z.number().nullable() });
const Region = z.strictObject({
  code: z.string(),
  kind: z.enum(["region", "city"]),
  name: Name,
  centre: Name,
  population: z.number(),
  lat: z.number(),
  lon: z.number(),
  districts: z.array(District),
});
const Seed = z.strictObject({
  country: z.strictObject({ code: z.literal("KZ"), name: Name }),
  regions: z.array(Region),
});
type Name = z.infer<typeof Name>;

const seed = Seed.parse(JSON.parse(readFileSync(FILE, "utf8")));
const regions = seed.regions;
const districts = regions.flatMap((r) => r.districts.map((d) => ({ region: r, district: d })));
const allNames: { where: string; name: Name }[] = [
  { where: "KZ", name: seed.country.name },
  ...regions.flatMap((r) => [
    { where: r.code, name: r.name },
    { where: `${r.code} centre`, name: r.centre },
  ]),
  ...districts.map(({ district: d }) => ({ where: d.code, name: d.name })),
];

// Kazakh Cyrillic adds ә ғ қ ң ө ұ ү һ і to the Russian alphabet; all are in the Cyrillic script.
const CYRILLIC_TEXT = /^[\p{Script=Cyrillic}0-9 .()-]+$/u;
const LATIN_TEXT = /^[A-Za-z0-9 .'()-]+$/;

describe("territory seed data", () => {
  it("has the 17 regions and the 3 cities of republican significance", () => {
    expect(regions.filter((r) => r.kind === "region")).toHaveLength(17);
    const cities = regions.filter((r) => r.kind === "city").map((r) => r.code);
    expect(cities.sort()).toEqual(["ALA", "AST", "SHY"]);
    expect(regions.map((r) => r.code).sort()).toEqual(
      [
        ...["AST", "ALA", "SHY", "ABA", "AKM", "AKT", "ALM", "ATY", "VKO", "ZHA"],
        ...["ZHE", "ZKO", "KAR", "KUS", "KZY", "MAN", "PAV", "SKO", "TUR", "ULY"],
      ].sort(),
    );
  });

  it("uses unique codes of the documented shape", () => {
    const codes = [
      seed.country.code,
      ...regions.map((r) => r.code),
      ...districts.map((x) => x.district.code),
    ];
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of regions) expect(r.code).toMatch(/^[A-Z]{3}$/);
  });

  it("prefixes district codes with their region code", () => {
    // Not required to be gapless: codes are database keys, so an abolished unit's code stays retired.
    for (const { region, district } of districts) {
      expect(district.code).toMatch(new RegExp(`^${region.code}[0-9]{2}$`));
    }
  });

  it("gives every region and city at least two districts, named distinctly", () => {
    for (const r of regions) {
      expect(r.districts.length, r.code).toBeGreaterThanOrEqual(2);
      for (const lang of ["kk", "ru", "en"] as const) {
        const names = r.districts.map((d) => d.name[lang]);
        expect(new Set(names).size, `${r.code} ${lang}`).toBe(names.length);
      }
    }
  });

  it("names everything in Kazakh, Russian and English", () => {
    for (const { where, name } of allNames) {
      for (const lang of ["kk", "ru", "en"] as const) {
        expect(name[lang].trim(), `${where} ${lang}`).not.toBe("");
        expect(name[lang], `${where} ${lang}`).toBe(name[lang].trim());
      }
      expect(name.kk, where).toMatch(CYRILLIC_TEXT);
      expect(name.ru, where).toMatch(CYRILLIC_TEXT);
      expect(name.en, where).toMatch(LATIN_TEXT);
    }
  });

  it("uses the Kazakh unit words consistently", () => {
    for (const r of regions) {
      expect(r.name.kk, r.code).toMatch(r.kind === "city" ? / қаласы$/ : / облысы$/);
      for (const d of r.districts) expect(d.name.kk, d.code).toMatch(/ (ауданы|қаласы)$/);
    }
    // Kazakh-specific letters must actually occur, or the names were written in Russian spelling.
    expect(allNames.filter(({ name }) => /[әғқңөұүһі]/u.test(name.kk)).length).toBeGreaterThan(100);
  });

  it("has positive populations and a national total of 19 to 21 million", () => {
    for (const r of regions) {
      expect(r.population, r.code).toBeGreaterThan(0);
      const known = r.districts.map((d) => d.population).filter((p): p is number => p !== null);
      for (const p of known) expect(p, r.code).toBeGreaterThan(0);
      // Districts partition the region, so the known parts cannot exceed the whole.
      expect(
        known.reduce((a, b) => a + b, 0),
        r.code,
      ).toBeLessThanOrEqual(r.population);
    }
    const total = regions.reduce((sum, r) => sum + r.population, 0);
    expect(total).toBeGreaterThanOrEqual(19_000);
    expect(total).toBeLessThanOrEqual(21_000);
  });

  it("places every administrative centre inside Kazakhstan", () => {
    for (const r of regions) {
      expect(r.lat, r.code).toBeGreaterThan(40.5);
      expect(r.lat, r.code).toBeLessThan(55.5);
      expect(r.lon, r.code).toBeGreaterThan(46.5);
      expect(r.lon, r.code).toBeLessThan(87.5);
    }
  });
});
