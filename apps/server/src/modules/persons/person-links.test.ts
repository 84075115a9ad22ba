import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { legalDateOf } from "@aldyn/law";
import { login, makeBody, makeUser, territories } from "../../test/app.ts";
import type { Person, PersonLink } from "@aldyn/contract";
import {
  auditRows,
  createVia,
  get,
  personInput,
  personsWorld,
  post,
  type ErrorJson,
  type PersonsWorld,
} from "./persons.fixture.ts";

let w: PersonsWorld;
let child: Person;
let mother: Person;
let father: Person; // lives in another district

/** A birth date `years` years before today (Almaty), for a minor or an adult at run time. */
function bornYearsAgo(years: number): string {
  const today = legalDateOf(new Date());
  return `${Number(today.slice(0, 4)) - years}-01-15`;
}

beforeAll(async () => {
  w = await personsWorld();
  child = await createVia(w, w.as.cop1, {
    ...personInput(w.d1.id, { born: bornYearsAgo(14) }),
    lastNameCyr: "Ахметов",
    firstNameCyr: "Арман",
  });
  mother = await createVia(w, w.as.cop1, {
    ...personInput(w.d1.id, { born: bornYearsAgo(40), sex: "female" }),
    lastNameCyr: "Ахметова",
    firstNameCyr: "Айгүл",
  });
  father = await createVia(w, w.as.cop2, {
    ...personInput(w.d2.id, { born: bornYearsAgo(42) }),
    lastNameCyr: "Ахметов",
    firstNameCyr: "Болат",
  });
});
afterAll(async () => w.close());

const linksUrl = (id: string) => `/api/v1/persons/${id}/links`;

describe("families: minors and their legal representatives (R1.2; 001 Arts. 1(7), 59(2)(7))", () => {
  it("links a minor to a parent, shown from both sides, audited", async () => {
    const res = await post(w, w.as.cop1, linksUrl(child.id), {
      representativeId: mother.id,
      kind: "parent",
      since: bornYearsAgo(14),
    });
    expect(res.statusCode).toBe(201);
    const link = res.json() as PersonLink;
    expect(link).toMatchObject({
      kind: "parent",
      until: null,
      minor: { id: child.id, personal: { firstNameCyr: "Арман" } },
      representative: { id: mother.id, personal: { firstNameCyr: "Айгүл" } },
    });
    const fromMother = (await get(w, w.as.cop1, linksUrl(mother.id))).json() as { items: PersonLink[] };
    expect(fromMother.items.map((l) => l.id)).toEqual([link.id]);
    expect(await auditRows(w, child.id, "person.link")).toHaveLength(1);
  });

  it("the same open link twice is a 409; a link to oneself or ending before it starts is a 400", async () => {
    const again = await post(w, w.as.cop1, linksUrl(child.id), {
      representativeId: mother.id,
      kind: "parent",
    });
    expect(again.statusCode).toBe(409);
    expect((again.json() as ErrorJson).error.code).toBe("conflict.duplicate");
    const self = await post(w, w.as.cop1, linksUrl(child.id), {
      representativeId: child.id,
      kind: "guardian",
    });
    expect(self.statusCode).toBe(400);
    const backwards = await post(w, w.as.cop1, linksUrl(child.id), {
      representativeId: mother.id,
      kind: "guardian",
      since: "2020-05-01",
      until: "2020-04-01",
    });
    expect(backwards.statusCode).toBe(400);
    expect((backwards.json() as ErrorJson).error.field).toBe("until");
  });

  it("an adult is not linked as a minor: 422 with the article", async () => {
    const res = await post(w, w.as.cop1, linksUrl(mother.id), {
      representativeId: child.id,
      kind: "guardian",
    });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({
      code: "person_link.not_a_minor",
      article: "001 Art. 1(7)",
    });
    expect(
      await w.t.db.selectFrom("person_link").selectAll().where("minor_id", "=", mother.id).execute(),
    ).toEqual([]);
  });

  it("a parent in another district: the link is refused without the right to read him, as if he did not exist", async () => {
    const res = await post(w, w.as.cop1, linksUrl(child.id), { representativeId: father.id, kind: "parent" });
    expect(res.statusCode).toBe(404);
  });

  it("a link made by someone who may read both shows the other district's parent without personal fields", async () => {
    // The region's minors commission secretary reaches both districts.
    const { region } = await territories(w.t.db);
    const body = await makeBody(w.t.db, region, "minors_commission", "Commission");
    await makeUser(w.t.db, { username: "secretary", roles: ["minors_commission_secretary"], bodyId: body });
    const secretary = await login(w.t.app, "secretary");
    const made = await post(w, secretary, linksUrl(child.id), {
      representativeId: father.id,
      kind: "parent",
    });
    expect(made.statusCode).toBe(201);
    const seenByCop1 = (await get(w, w.as.cop1, linksUrl(child.id))).json() as { items: PersonLink[] };
    const toFather = seenByCop1.items.find((l) => l.representative.id === father.id)!;
    expect(toFather.representative.personal).toBeNull();
    expect(toFather.minor.personal?.firstNameCyr).toBe("Арман");
    expect(await auditRows(w, father.id, "person.read")).toHaveLength(1); // the secretary's, not cop1's
  });
});

describe("ending a family link (R1.2): a guardianship ends, the link stays in the history", () => {
  const endUrl = (personId: string, linkId: string) => `${linksUrl(personId)}/${linkId}/end`;
  let guardian: Person;
  let linkId: string;

  beforeAll(async () => {
    guardian = await createVia(w, w.as.cop1, {
      ...personInput(w.d1.id, { born: bornYearsAgo(50), sex: "female" }),
      lastNameCyr: "Серикова",
      firstNameCyr: "Дана",
    });
    const made = await post(w, w.as.cop1, linksUrl(child.id), {
      representativeId: guardian.id,
      kind: "guardian",
      since: bornYearsAgo(5),
    });
    expect(made.statusCode).toBe(201);
    linkId = (made.json() as PersonLink).id;
  });

  const stored = () =>
    w.t.db.selectFrom("person_link").selectAll().where("id", "=", linkId).executeTakeFirstOrThrow();

  it("an end before the link started is a 422 with the article, and writes nothing", async () => {
    const res = await post(w, w.as.cop1, endUrl(child.id, linkId), { until: bornYearsAgo(6) });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({
      code: "person_link.ends_before_start",
      article: "001 Art. 1(7)",
      field: "until",
    });
    expect((await stored()).until).toBeNull();
    expect(await auditRows(w, child.id, "person.link.end")).toHaveLength(0);
  });

  it("a minor of another district: as if the link did not exist; an unknown or foreign link is a 404", async () => {
    const res = await post(w, w.as.cop2, endUrl(child.id, linkId), { until: bornYearsAgo(1) });
    expect(res.statusCode).toBe(404);
    const unknown = await post(w, w.as.cop2, endUrl(randomUUID(), linkId), { until: bornYearsAgo(1) });
    expect(res.json()).toMatchObject({ error: { code: "not_found", message: unknown.json().error.message } });
    const other = await post(w, w.as.cop1, endUrl(mother.id, linkId), { until: bornYearsAgo(1) });
    expect(other.statusCode).toBe(404);
    expect((await stored()).until).toBeNull();
  });

  it("ends the link on the day, shown from both sides, audited with the end in one transaction", async () => {
    const until = bornYearsAgo(1);
    // From the representative's side: the path names either person of the link.
    const res = await post(w, w.as.cop1, endUrl(guardian.id, linkId), { until });
    expect(res.statusCode).toBe(200);
    expect(res.json() as PersonLink).toMatchObject({ id: linkId, until, kind: "guardian" });
    const fromChild = (await get(w, w.as.cop1, linksUrl(child.id))).json() as { items: PersonLink[] };
    expect(fromChild.items.find((l) => l.id === linkId)?.until).toBe(until);
    expect(await auditRows(w, child.id, "person.link.end")).toHaveLength(1);
  });

  it("an ended link is not ended again (409), and a new link of the same kind may follow", async () => {
    const again = await post(w, w.as.cop1, endUrl(child.id, linkId), { until: bornYearsAgo(0) });
    expect(again.statusCode).toBe(409);
    expect((await stored()).until).toBe(bornYearsAgo(1));
    expect(await auditRows(w, child.id, "person.link.end")).toHaveLength(1);
    const renewed = await post(w, w.as.cop1, linksUrl(child.id), {
      representativeId: guardian.id,
      kind: "guardian",
    });
    expect(renewed.statusCode).toBe(201);
  });

  it("two ends of the same link at once: one wins, the other is a 409", async () => {
    const made = await post(w, w.as.cop1, linksUrl(child.id), {
      representativeId: guardian.id,
      kind: "trustee",
    });
    const id = (made.json() as PersonLink).id;
    const both = await Promise.all([
      post(w, w.as.cop1, endUrl(child.id, id), { until: bornYearsAgo(0) }),
      post(w, w.as.cop1, endUrl(child.id, id), { until: bornYearsAgo(0) }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await auditRows(w, child.id, "person.link.end")).toHaveLength(2);
  });
});

describe("a merge moves family links (R1.1, R1.2)", () => {
  it("the duplicate's links move to the kept record; an open link the kept record already has stays", async () => {
    const dupMother = await createVia(w, w.as.cop1, {
      ...personInput(w.d1.id),
      iin: null,
      noIinReason: "identity_unestablished",
      citizenship: "XXX",
      birthDate: mother.personal!.birthDate,
      sex: "female",
      lastNameCyr: "Ахметова",
      firstNameCyr: "Айгуль",
    });
    const sibling = await createVia(w, w.as.cop1, {
      ...personInput(w.d1.id, { born: bornYearsAgo(10) }),
      lastNameCyr: "Ахметова",
      firstNameCyr: "Сана",
    });
    for (const [minor, kind] of [
      [sibling.id, "parent"],
      [child.id, "parent"], // the kept mother already has this one open
    ] as const) {
      const res = await post(w, w.as.cop1, linksUrl(minor), { representativeId: dupMother.id, kind });
      expect(res.statusCode).toBe(201);
    }
    const current = (await get(w, w.as.cop1, `/api/v1/persons/${mother.id}`)).json() as Person;
    const merged = await post(w, w.as.cop1, `/api/v1/persons/${mother.id}/merge`, {
      otherId: dupMother.id,
      version: current.version,
    });
    expect(merged.statusCode).toBe(200);
    const links = ((await get(w, w.as.cop1, linksUrl(mother.id))).json() as { items: PersonLink[] }).items;
    expect(links.filter((l) => l.minor.id === sibling.id)).toHaveLength(1);
    expect(links.filter((l) => l.minor.id === child.id && l.kind === "parent")).toHaveLength(1);
    const left = ((await get(w, w.as.cop1, linksUrl(dupMother.id))).json() as { items: PersonLink[] }).items;
    expect(left.map((l) => l.minor.id)).toEqual([child.id]);
    const record = await w.t.db
      .selectFrom("person_merge")
      .selectAll()
      .where("merged_id", "=", dupMother.id)
      .executeTakeFirstOrThrow();
    expect(record.links_moved).toBe(1);
  });
});
