import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person, PersonSummary } from "@aldyn/contract";
import {
  auditRows,
  createVia,
  get,
  patch,
  personInput,
  personsWorld,
  post,
  type ErrorJson,
  type PersonsWorld,
} from "./persons.fixture.ts";

interface Dups {
  items: { person: PersonSummary; score: number; sameNameKey: boolean }[];
}

let w: PersonsWorld;
beforeAll(async () => {
  w = await personsWorld();
});
afterAll(async () => w.close());

/** The same man entered twice: once with an IIN and Kazakh spelling, once without, Russian spelling. */
async function pair(born = "1985-11-30"): Promise<{ kept: Person; dup: Person }> {
  const kept = await createVia(w, w.as.cop1, {
    ...personInput(w.d1.id, { born }),
    lastNameCyr: "Сейтқали",
    firstNameCyr: "Нұрлан",
    lastNameLat: null,
    firstNameLat: null,
    registeredAddress: null,
    documents: [],
  });
  const dup = await createVia(w, w.as.cop1, {
    ...personInput(w.d1.id),
    iin: null,
    noIinReason: "identity_unestablished",
    citizenship: "XXX",
    birthDate: born,
    sex: "male",
    lastNameCyr: "Сейткали",
    firstNameCyr: "Нурлан",
    lastNameLat: "Seitkali",
    firstNameLat: "Nurlan",
    registeredAddress: { text: "ул. Сейфуллина, 10", territoryId: w.d1.id },
    contacts: [{ kind: "phone", value: "+7 777 111 22 33" }],
  });
  return { kept, dup };
}

describe("likely duplicates (R1.1)", () => {
  it("proposes records with the same birth date and a transliteration variant of the name", async () => {
    const { kept, dup } = await pair();
    await createVia(w, w.as.cop1, {
      ...personInput(w.d1.id, { born: "1985-11-30" }),
      lastNameCyr: "Иванов",
      firstNameCyr: "Пётр",
      lastNameLat: "Ivanov",
      firstNameLat: "Petr",
    });
    await createVia(w, w.as.cop1, {
      ...personInput(w.d1.id, { born: "1985-12-01" }),
      lastNameCyr: "Сейткали",
    });
    const res = await get(w, w.as.cop1, `/api/v1/persons/${kept.id}/duplicates`);
    expect(res.statusCode).toBe(200);
    const items = (res.json() as Dups).items;
    expect(items.map((i) => i.person.id)).toEqual([dup.id]);
    expect(items[0]).toMatchObject({ sameNameKey: true, score: 1 });
    expect(await auditRows(w, dup.id, "person.read")).toHaveLength(1);
  });

  it("a duplicate in another district is not shown to an inspector", async () => {
    const { kept } = await pair("1977-03-04");
    await createVia(w, w.as.cop2, {
      ...personInput(w.d2.id, { born: "1977-03-04" }),
      lastNameCyr: "Сейткали",
    });
    const items = ((await get(w, w.as.cop1, `/api/v1/persons/${kept.id}/duplicates`)).json() as Dups).items;
    expect(items).toHaveLength(1);
    const prosecutorSees = (
      (await get(w, w.as.prosecutor, `/api/v1/persons/${kept.id}/duplicates`)).json() as Dups
    ).items;
    expect(prosecutorSees).toHaveLength(2);
  });
});

describe("merge (R1.1)", () => {
  it("keeps both records: the other points to the kept one, its documents and gaps move, it is audited", async () => {
    const { kept, dup } = await pair("1991-07-07");
    const res = await post(w, w.as.cop1, `/api/v1/persons/${kept.id}/merge`, {
      otherId: dup.id,
      version: kept.version,
      reason: "same man",
    });
    expect(res.statusCode).toBe(200);
    const merged = res.json() as Person;
    expect(merged.version).toBe(kept.version + 1);
    expect(merged.personal).toMatchObject({
      iin: kept.personal!.iin,
      lastNameCyr: "Сейтқали",
      lastNameLat: "Seitkali",
      registeredAddress: { text: "ул. Сейфуллина, 10" },
    });
    expect(merged.personal!.documents.map((d) => d.number)).toEqual(["012345678"]);
    expect(merged.personal!.contacts.map((c) => c.value).sort()).toEqual([
      "+7 701 000 00 00",
      "+7 777 111 22 33",
    ]);
    const other = (await get(w, w.as.cop1, `/api/v1/persons/${dup.id}`)).json() as Person;
    expect(other.mergedInto).toBe(kept.id);
    expect(other.personal?.lastNameCyr).toBe("Сейткали");
    const record = await w.t.db
      .selectFrom("person_merge")
      .selectAll()
      .where("merged_id", "=", dup.id)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      kept_id: kept.id,
      documents_moved: 1,
      reason: "same man",
      merged_by: w.userIds.cop1,
    });
    expect(await auditRows(w, kept.id, "person.merge")).toHaveLength(1);
    expect(await auditRows(w, dup.id, "person.merged_into")).toHaveLength(1);
    const search = (await get(w, w.as.cop1, "/api/v1/persons?q=Seitkali&birthDate=1991-07-07")).json() as {
      items: { id: string }[];
    };
    expect(search.items.map((i) => i.id)).toEqual([kept.id]);
    const editMerged = await patch(w, w.as.cop1, `/api/v1/persons/${dup.id}`, {
      version: other.version,
      lastNameCyr: "Иванов",
    });
    expect(editMerged.statusCode).toBe(409);
    expect((editMerged.json() as ErrorJson).error.message).toContain(kept.id);
  });

  it("refuses a stale version, a merge into itself, the record without the IIN kept, and a second merge", async () => {
    const { kept, dup } = await pair("1992-08-08");
    const stale = await post(w, w.as.cop1, `/api/v1/persons/${kept.id}/merge`, {
      otherId: dup.id,
      version: 99,
    });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as ErrorJson).error.code).toBe("conflict.stale_version");
    const self = await post(w, w.as.cop1, `/api/v1/persons/${kept.id}/merge`, {
      otherId: kept.id,
      version: 1,
    });
    expect(self.statusCode).toBe(400);
    const wrongWay = await post(w, w.as.cop1, `/api/v1/persons/${dup.id}/merge`, {
      otherId: kept.id,
      version: 1,
    });
    expect(wrongWay.statusCode).toBe(400);
    expect((wrongWay.json() as ErrorJson).error.field).toBe("otherId");
    expect(
      await w.t.db.selectFrom("person_merge").selectAll().where("kept_id", "=", kept.id).execute(),
    ).toHaveLength(0);
    const ok = await post(w, w.as.cop1, `/api/v1/persons/${kept.id}/merge`, { otherId: dup.id, version: 1 });
    expect(ok.statusCode).toBe(200);
    const again = await post(w, w.as.cop1, `/api/v1/persons/${kept.id}/merge`, {
      otherId: dup.id,
      version: 2,
    });
    expect(again.statusCode).toBe(409);
  });

  it("refuses two records with different IINs, and a record outside the actor's territory (as unknown)", async () => {
    const a = await createVia(w, w.as.cop1, personInput(w.d1.id));
    const b = await createVia(w, w.as.cop1, personInput(w.d1.id));
    const twoIins = await post(w, w.as.cop1, `/api/v1/persons/${a.id}/merge`, { otherId: b.id, version: 1 });
    expect(twoIins.statusCode).toBe(400);
    const far = await createVia(w, w.as.cop2, personInput(w.d2.id));
    const outside = await post(w, w.as.cop1, `/api/v1/persons/${a.id}/merge`, {
      otherId: far.id,
      version: 1,
    });
    expect(outside.statusCode).toBe(404);
  });
});
