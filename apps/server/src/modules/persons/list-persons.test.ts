import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { PersonListPage } from "@aldyn/contract";
import type { LoggedIn } from "../../test/app.ts";
import {
  HOUR,
  issue,
  measuresWorld,
  warningBody,
  type MeasuresWorld,
} from "../preventive-measures/measures.fixture.ts";
import { createVia, get, personInput, type ErrorJson } from "./persons.fixture.ts";

let w: MeasuresWorld;
/** Persons of district 1 (cop1's) and district 2 (cop2's), by a short name. */
const ids: Record<string, string> = {};

async function person(key: string, last: string, first: string, born: string, district: string) {
  const p = await createVia(w, district === w.d1.id ? w.as.cop1 : w.as.cop2, {
    ...personInput(district, { born }),
    lastNameCyr: last,
    firstNameCyr: first,
    middleNameCyr: null,
    lastNameLat: null,
    firstNameLat: null,
  });
  ids[key] = p.id;
}

function conversation(personId: string, issuedAt: Date) {
  return {
    kind: "preventive_conversation" as const,
    personId,
    issuedAt: issuedAt.toISOString(),
    legalGround: "direct_discovery" as const,
    justification: { basis: "antisocial_behaviour" as const, text: "Noise and quarrels at night" },
    details: { place: "official_premises", durationMinutes: 40, present: [] },
  };
}

async function list(query: string, who: LoggedIn = w.as.cop1): Promise<PersonListPage> {
  const res = await get(w, who, `/api/v1/persons/list?${query}`);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as PersonListPage;
}
const names = (p: PersonListPage) => p.items.map((i) => i.personal?.lastNameCyr);
const keyOf = (id: string) => Object.keys(ids).find((k) => ids[k] === id);
const keys = (p: PersonListPage) => p.items.map((i) => keyOf(i.id));

beforeAll(async () => {
  w = await measuresWorld();
  await person("abai", "Абаев", "Ержан", "1981-02-03", w.d1.id);
  await person("bek", "Беков", "Арман", "1975-06-07", w.d1.id);
  await person("vas", "Васильев", "Олег", "1990-09-10", w.d1.id);
  await person("gal", "Галиев", "Тимур", "1969-12-11", w.d1.id);
  await person("dos", "Досов", "Марат", "1985-04-05", w.d2.id);
  const now = Date.now();
  // Абаев: warned (on the register, 001 Arts. 51, 59(2)(5)) 10 days ago, a conversation 2 days ago.
  await issue(w, w.as.cop1, warningBody(ids.abai!, new Date(now - 240 * HOUR)));
  await issue(w, w.as.cop1, conversation(ids.abai!, new Date(now - 48 * HOUR)));
  // Беков: a conversation only, 5 days ago. Васильев, Галиев: nothing.
  await issue(w, w.as.cop1, conversation(ids.bek!, new Date(now - 120 * HOUR)));
  // Досов (district 2): warned by cop2 yesterday.
  await issue(w, w.as.cop2, warningBody(ids.dos!, new Date(now - 24 * HOUR)));
});
afterAll(async () => w.close());

describe("what the list shows of a person (R1.1, R3)", () => {
  it("name, IIN, birth date, district, the register's ground, the last measure and the responsible official", async () => {
    const page = await list("");
    const abai = page.items.find((i) => i.id === ids.abai)!;
    expect(abai.personal).toMatchObject({ lastNameCyr: "Абаев", birthDate: "1981-02-03" });
    expect(abai.personal!.iin).toMatch(/^\d{12}$/);
    expect(abai.district).toEqual({ id: w.d1.id, name: expect.objectContaining({ en: expect.any(String) }) });
    expect(abai.register).toEqual({ grounds: ["59.2.5_official_warning"] });
    expect(abai.lastMeasure?.kind).toBe("preventive_conversation");
    expect(abai.responsible).toMatchObject({ id: w.userIds.cop1 });
    const vas = page.items.find((i) => i.id === ids.vas)!;
    expect(vas).toMatchObject({ register: { grounds: [] }, lastMeasure: null, responsible: null });
    expect(page).toMatchObject({ registerShown: true, totalIsLowerBound: false, total: 4 });
  });
});

describe("scope (R11.1)", () => {
  it("a district inspector sees the district's persons; the region's police head and prosecutor the region's", async () => {
    expect(keys(await list("", w.as.cop1))).not.toContain("dos");
    expect(keys(await list("", w.as.cop2))).toEqual(["dos"]);
    expect(keys(await list("", w.head))).toEqual(expect.arrayContaining(["abai", "dos"]));
    expect(keys(await list("", w.as.prosecutor))).toEqual(expect.arrayContaining(["abai", "dos"]));
  });

  it("a district inside the territory narrows it; one outside is 403, an unknown one 400", async () => {
    expect(keys(await list(`territoryId=${w.d2.id}`, w.head))).toEqual(["dos"]);
    const outside = await get(w, w.as.cop1, `/api/v1/persons/list?territoryId=${w.d2.id}`);
    expect(outside.statusCode).toBe(403);
    expect((outside.json() as ErrorJson).error).toMatchObject({
      code: "access.territory",
      field: "territoryId",
    });
    const unknown = await get(
      w,
      w.as.cop1,
      "/api/v1/persons/list?territoryId=00000000-0000-4000-8000-000000000000",
    );
    expect(unknown.statusCode).toBe(400);
    expect((unknown.json() as ErrorJson).error).toMatchObject({
      code: "validation.failed",
      field: "territoryId",
    });
  });

  it("an analyst reads no persons (001 Art. 59(6)): 403", async () => {
    const res = await get(w, w.as.analyst, "/api/v1/persons/list");
    expect(res.statusCode).toBe(403);
    expect((res.json() as ErrorJson).error.code).toBe("access.role");
  });

  it("a role that does not read the register gets no register and no responsible official, and may not filter by them", async () => {
    const page = await list("", w.as.family);
    expect(page.registerShown).toBe(false);
    const abai = page.items.find((i) => i.id === ids.abai)!;
    expect(abai).toMatchObject({ register: null, responsible: null });
    expect(abai.lastMeasure?.kind).toBe("preventive_conversation");
    for (const q of ["register=on", "mine=true", `responsibleId=${w.userIds.cop1}`]) {
      const res = await get(w, w.as.family, `/api/v1/persons/list?${q}`);
      expect(res.statusCode).toBe(403);
      expect((res.json() as ErrorJson).error.code).toBe("access.role");
    }
    expect((await get(w, w.as.family, "/api/v1/persons/list/officials")).statusCode).toBe(403);
  });
});

describe("filters", () => {
  it("on the register or not, a measure's kind, the responsible official, only mine", async () => {
    expect(keys(await list("register=on"))).toEqual(["abai"]);
    expect(keys(await list("register=off"))).toEqual(expect.arrayContaining(["bek", "vas", "gal"]));
    expect(keys(await list("register=off"))).not.toContain("abai");
    expect(keys(await list("measureKind=preventive_conversation"))).toEqual(["abai", "bek"]);
    expect(keys(await list("measureKind=official_warning", w.head))).toEqual(["abai", "dos"]);
    expect(keys(await list("mine=true", w.as.cop2))).toEqual(["dos"]);
    expect(keys(await list(`responsibleId=${w.userIds.cop2}`, w.head))).toEqual(["dos"]);
    expect(keys(await list("mine=true&register=on", w.head))).toEqual([]);
  });

  it("the search by name or IIN works within the list and its filters", async () => {
    expect(keys(await list(`q=${encodeURIComponent("Абаев")}`))).toEqual(["abai"]);
    expect(keys(await list(`q=${encodeURIComponent("Abaev")}`))).toEqual(["abai"]);
    expect(keys(await list(`q=${encodeURIComponent("Абаевв")}`))).toEqual(["abai"]); // a typo
    expect(keys(await list(`q=${encodeURIComponent("Абаев")}&register=off`))).toEqual([]);
    const iin = (await list("")).items.find((i) => i.id === ids.bek)!.personal!.iin!;
    expect(keys(await list(`iin=${iin}`))).toEqual(["bek"]);
    expect(keys(await list(`q=${encodeURIComponent("Досов")}`))).toEqual([]); // another district
  });

  it("the officials to narrow to are those of the territory who issue measures or place on the register", async () => {
    const res = await get(w, w.head, "/api/v1/persons/list/officials");
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(items).toEqual(expect.arrayContaining([w.userIds.cop1, w.userIds.cop2]));
    const own = (await get(w, w.as.cop1, "/api/v1/persons/list/officials")).json() as {
      items: { id: string }[];
    };
    expect(own.items.map((i) => i.id)).not.toContain(w.userIds.cop2);
  });
});

describe("sorting and pages", () => {
  it("by name either way, by birth date, by the last measure (newest first; longest without one first)", async () => {
    expect(names(await list("territoryId=" + w.d1.id, w.head)).slice(0, 4)).toEqual([
      "Абаев",
      "Беков",
      "Васильев",
      "Галиев",
    ]);
    expect(names(await list("order=desc")).at(-1)).toBe("Абаев");
    expect(keys(await list("sort=birthDate")).slice(0, 2)).toEqual(["gal", "bek"]);
    expect(keys(await list("sort=lastMeasure", w.head)).slice(0, 3)).toEqual(["dos", "abai", "bek"]);
    const oldest = keys(await list("sort=lastMeasure&order=asc", w.head));
    expect(oldest.slice(-3)).toEqual(["bek", "abai", "dos"]);
    expect(oldest.slice(0, 2)).toEqual(expect.arrayContaining(["vas", "gal"]));
  });

  it("pages do not overlap and carry the total; a page past the counted persons is refused", async () => {
    const first = await list("pageSize=2");
    const second = await list("pageSize=2&page=2");
    const third = await list("pageSize=2&page=3");
    expect(first.total).toBe(second.total);
    const seen = [...first.items, ...second.items, ...third.items].map((i) => i.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(first.total);
    const far = await list("pageSize=2&page=40");
    expect(far).toMatchObject({ items: [], total: first.total });
    const past = await get(w, w.as.cop1, "/api/v1/persons/list?pageSize=100&page=101");
    expect(past.statusCode).toBe(400);
    expect((past.json() as ErrorJson).error.code).toBe("validation.failed");
  });
});

describe("audit of the read (R11.2)", () => {
  it("one person.read row per person shown, naming the fields shown, none for the persons not on the page", async () => {
    const before = await w.t.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("action", "=", "person.read")
      .executeTakeFirstOrThrow();
    const page = await list("pageSize=2&sort=birthDate", w.head);
    const rows = await w.t.db
      .selectFrom("audit_log")
      .select(["record_id", "fields", "actor_id"])
      .where("action", "=", "person.read")
      .orderBy("id", "desc")
      .limit(2)
      .execute();
    const after = await w.t.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("action", "=", "person.read")
      .executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(2);
    expect(rows.map((r) => r.record_id).sort()).toEqual(page.items.map((i) => i.id).sort());
    expect(rows[0]!.fields).toEqual(
      expect.arrayContaining(["iin", "lastNameCyr", "registerGrounds", "lastMeasure"]),
    );
  });
});

// Last: it adds a person to district 1.
describe("the register by the day (001 Art. 59(7), (8))", () => {
  it("a register entry past its last day is no longer on the register, whatever its stored status (001 Art. 59(8))", async () => {
    await person("end", "Ергалиев", "Нурлан", "1979-01-02", w.d1.id);
    await issue(w, w.as.cop1, warningBody(ids.end!, new Date(Date.now() - 30 * HOUR)));
    expect((await list("register=on")).items.map((i) => i.id)).toContain(ids.end);
    // As a termination or the end of the measures' validity sets it (59(7), (8)).
    await sql`UPDATE register_entry SET last_day = placed_on - 1 WHERE person_id = ${ids.end!}`.execute(
      w.t.db,
    );
    const page = await list("register=off");
    expect(page.items.find((i) => i.id === ids.end)?.register).toEqual({ grounds: [] });
    expect((await list("register=on")).items.map((i) => i.id)).not.toContain(ids.end);
  });
});
