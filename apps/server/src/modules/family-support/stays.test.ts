import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths } from "@aldyn/law";
import type { Shelter, ShelterList, ShelterStay, StayExtensionResult, StayPage } from "@aldyn/contract";
import { login, makeBody, makeUser } from "../../test/app.ts";
import { newPerson } from "../preventive-measures/measures.fixture.ts";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import {
  counts,
  familySupportWorld,
  inDays,
  ok,
  send,
  today,
  type FamilySupportWorld,
} from "./family-support.fixture.ts";

let w: FamilySupportWorld;
let shelter: Shelter;
beforeAll(async () => {
  w = await familySupportWorld();
  shelter = ok<Shelter>(
    await send(w, w.as.family, "POST", "/family-support/shelters", {
      name: "Шаңырақ",
      address: "ул. Тайная, 5",
      places: 2,
    }),
    201,
  );
}, 60_000);
afterAll(async () => w.close());

const admit = (personId: string, plannedUntil: string, shelterId = shelter.id, headers = {}) =>
  send(
    w,
    w.as.family,
    "POST",
    "/family-support/stays",
    { shelterId, personId, admittedOn: today(), plannedUntil },
    headers,
  );

describe("temporary residence up to one month (001 Arts. 10(2)(4), 72(2))", () => {
  it("001 Art. 72(2): a stay longer than a month is a 422 with field plannedUntil and the article; nothing written", async () => {
    const before = await counts(w);
    const res = await admit(w.family.victim, inDays(40));
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({
      code: "domestic_violence.temporary_residence_over_one_month",
      field: "plannedUntil",
      article: "001 Art. 72(2)",
    });
    expect(await counts(w)).toEqual(before);
  });

  it("001 Art. 72(2): a stay of one month is admitted, with its clock; a retry with the same key admits once", async () => {
    const before = await counts(w);
    const headers = { "idempotency-key": "fs-stay-retry-1" };
    const first = await admit(w.family.victim, addMonths(today(), 1), shelter.id, headers);
    const again = await admit(w.family.victim, addMonths(today(), 1), shelter.id, headers);
    const stay = ok<ShelterStay>(first, 201);
    expect(ok<ShelterStay>(again, 201).id).toBe(stay.id);
    expect(stay).toMatchObject({ state: "staying", latestEnd: addMonths(today(), 1), admittedOn: today() });
    expect(stay.facts.map((f) => f.type)).toEqual(["admitted"]);
    expect((await counts(w)).shelter_stay).toBe(before.shelter_stay! + 1);
  });

  it("001 Art. 10(2)(4): a full shelter is a 409 shelter.full, nothing written", async () => {
    const child = ok<ShelterStay>(await admit(w.family.child, inDays(2)), 201);
    expect(child.state).toBe("ending");
    const before = await counts(w);
    const res = await admit(w.family.offender, inDays(5));
    expect(res.statusCode).toBe(409);
    expect((res.json() as ErrorJson).error).toMatchObject({
      code: "shelter.full",
      article: "001 Art. 10(2)(4)",
    });
    expect(await counts(w)).toEqual(before);
    const list = ok<ShelterList>(await send(w, w.as.family, "GET", "/family-support/shelters"));
    expect(list.items.find((s) => s.id === shelter.id)).toMatchObject({ places: 2, occupied: 2 });
  });

  it("001 Art. 72(2): an extension within the month moves the end; past it, it is refused and recorded", async () => {
    const page = ok<StayPage>(await send(w, w.as.family, "GET", "/family-support/stays?state=ending"));
    const stay = page.items[0]!;
    const moved = ok<StayExtensionResult>(
      await send(w, w.as.family, "POST", `/family-support/stays/${stay.id}/extension`, {
        requestedUntil: inDays(10),
      }),
    );
    expect(moved.refused).toBeNull();
    expect(moved.stay.plannedUntil).toBe(inDays(10));
    const refused = ok<StayExtensionResult>(
      await send(w, w.as.family, "POST", `/family-support/stays/${stay.id}/extension`, {
        requestedUntil: inDays(45),
      }),
    );
    expect(refused.refused).toMatchObject({
      code: "domestic_violence.temporary_residence_over_one_month",
      article: "001 Art. 72(2)",
      latestEnd: addMonths(today(), 1),
    });
    expect(refused.stay.plannedUntil).toBe(inDays(10));
    expect(refused.stay.facts.map((f) => f.type)).toEqual(["admitted", "extended", "extension_refused"]);
    expect(refused.stay.facts[2]!.data).toMatchObject({ requestedUntil: inDays(45) });
  });

  it("departure frees the place; a second departure is a 409", async () => {
    const page = ok<StayPage>(
      await send(w, w.as.family, "GET", `/family-support/stays?shelterId=${shelter.id}`),
    );
    const stay = page.items.find((s) => s.person.id === w.family.child)!;
    const gone = ok<ShelterStay>(
      await send(w, w.as.family, "POST", `/family-support/stays/${stay.id}/depart`, { departedOn: today() }),
    );
    expect(gone.state).toBe("departed");
    const twice = await send(w, w.as.family, "POST", `/family-support/stays/${stay.id}/depart`, {
      departedOn: today(),
    });
    expect(twice.statusCode).toBe(409);
    const list = ok<ShelterList>(await send(w, w.as.family, "GET", "/family-support/shelters"));
    expect(list.items.find((s) => s.id === shelter.id)!.occupied).toBe(1);
  });
});

describe("the last place (001 Art. 10(2)(4))", () => {
  it("two admissions at once to a shelter's last place: one is admitted, the other 409 shelter.full", async () => {
    const one = ok<Shelter>(
      await send(w, w.as.family, "POST", "/family-support/shelters", {
        name: "Бір орын",
        address: "—",
        places: 1,
      }),
      201,
    );
    const a = await newPerson(w, w.as.cop1);
    const b = await newPerson(w, w.as.cop1);
    const res = await Promise.all([admit(a, inDays(5), one.id), admit(b, inDays(5), one.id)]);
    expect(res.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const n = await w.t.db
      .selectFrom("shelter_stay")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("shelter_id", "=", one.id)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });
});

describe("a shelter's address (001 Art. 83(2))", () => {
  it("the centre and the DV inspector read it; a reader without read_personal on the shelter gets none", async () => {
    const mine = ok<ShelterList>(await send(w, w.as.family, "GET", "/family-support/shelters"));
    expect(mine.items.find((s) => s.id === shelter.id)!.address).toBe("ул. Тайная, 5");
    const dv = ok<ShelterList>(await send(w, w.fs.dv, "GET", "/family-support/shelters"));
    expect(dv.items.find((s) => s.id === shelter.id)!.address).toBe("ул. Тайная, 5");
    for (const who of [w.fs.akimat, w.as.cop1]) {
      const res = await send(w, who, "GET", "/family-support/shelters");
      const list = ok<ShelterList>(res);
      expect(list.items.find((s) => s.id === shelter.id)).toMatchObject({
        name: "Шаңырақ",
        places: 2,
        address: null,
      });
      expect(res.body).not.toContain("Тайная");
      expect(list.withheld[0]).toMatchObject({ field: "address", count: list.items.length });
    }
  });

  it("another centre's specialist neither sees the shelter's address nor admits to it", async () => {
    const other = await makeBody(w.t.db, w.d1.code, "family_support_centre", "Second centre");
    await makeUser(w.t.db, { username: "family2", roles: ["family_centre_specialist"], bodyId: other });
    const as2 = await login(w.t.app, "family2");
    const res = await send(w, as2, "GET", "/family-support/shelters");
    expect(res.body).not.toContain("Тайная");
    const p = await newPerson(w, w.as.cop1);
    const admitted = await send(w, as2, "POST", "/family-support/stays", {
      shelterId: shelter.id,
      personId: p,
      admittedOn: today(),
      plannedUntil: inDays(3),
    });
    expect(admitted.statusCode).toBe(403);
  });

  it("a police inspector may not register a shelter (the centre's work, 001 Art. 10(2)(4))", async () => {
    const res = await send(w, w.fs.dv, "POST", "/family-support/shelters", {
      name: "X",
      address: "Y",
      places: 1,
    });
    expect(res.statusCode).toBe(403);
  });
});
