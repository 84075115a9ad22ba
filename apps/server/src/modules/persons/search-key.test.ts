import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import fc from "fast-check";
import { testDatabase, type TestDatabase } from "../../test/db.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await testDatabase();
});
afterAll(async () => tdb.close());

async function key(name: string): Promise<string> {
  const r = await sql<{ k: string }>`SELECT person_search_key(${name}) AS k`.execute(tdb.db);
  return r.rows[0]!.k;
}

describe("person_search_key (R1.1: Cyrillic ↔ Latin, Kazakh letters)", () => {
  it.each([
    ["Сейтқали", "seitkali"],
    ["Сейткали", "seitkali"],
    ["SEITKALI", "seitkali"],
    ["Seytkali", "seitkali"],
    ["Seitqali", "seitkali"],
    ["Нұрлан", "nurlan"],
    ["Қайрат", "kairat"],
    ["Кайрат", "kairat"],
    ["Qairat", "kairat"],
    ["Әлия Өмірзақова", "alia omirzakova"],
    ["Ғалым Ұлықбек Үмбетов", "galim ulikbek umbetov"],
    ["Жанібек", "janibek"],
    ["Zhanibek", "janibek"],
    ["Хасенов", "hasenov"],
    ["Khasenov", "hasenov"],
    ["Һасенов", "hasenov"],
    ["Щукин-Чернышёв", "shchukin chernishev"],
    ["Цой Юрий", "tsoi iuri"],
    ["Tsoy Yuriy", "tsoi iuri"],
    ["Aliya", "alia"],
    ["Алексей", "aleksei"],
    ["Alexei", "aleksei"],
    ["Аңсар", "ansar"],
    ["  Мұхтар  д'Артаньян ", "muhtar d artanian"],
    ["ЕРМЕК ЪЬ", "ermek"],
    ["Тоқханева", "tohaneva"],
    ["Tokhaneva", "tohaneva"],
  ])("%s → %s", async (name, expected) => {
    expect(await key(name)).toBe(expected);
  });
});

const LETTERS = [
  ..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАБЖҚҢӨҰҮҺІabcdefghijklmnopqrstuvwxyzäğıñöşçūü '-",
];

describe("person_search_key property", () => {
  it("the key of a key is the key: a Latin key typed in finds the name it came from", async () => {
    const names = fc.sample(fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 16 }), 500);
    const r = await sql<{ n: string; k: string; kk: string }>`
      SELECT n, person_search_key(n) AS k, person_search_key(person_search_key(n)) AS kk
      FROM unnest(${names.map((a) => a.join(""))}::text[]) AS n`.execute(tdb.db);
    const broken = r.rows.filter((x) => x.k !== x.kk);
    expect(broken).toEqual([]);
    expect(r.rows.every((x) => /^[a-z]*( [a-z]+)*$/.test(x.k))).toBe(true);
  });
});
