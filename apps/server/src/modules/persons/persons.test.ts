import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeIin } from "@aldyn/law";
import { DUPLICATE_PERSON_FIELD, type Person } from "@aldyn/contract";
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

let w: PersonsWorld;
beforeAll(async () => {
  w = await personsWorld();
});
afterAll(async () => w.close());

function wrongCheckDigit(iin: string): string {
  return iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
}

async function personCount(): Promise<number> {
  const r = await w.t.db
    .selectFrom("person")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("create, read, edit (R1.1)", () => {
  it("creates a person with birth date and sex read from the IIN, documents and contacts", async () => {
    const input = personInput(w.d1.id, { born: "2009-02-03", sex: "female" });
    const p = await createVia(w, w.as.cop1, input);
    expect(p.version).toBe(1);
    expect(p.territoryId).toBe(w.d1.id);
    expect(p.personal).toMatchObject({
      iin: input.iin,
      birthDate: "2009-02-03",
      sex: "female",
      citizenship: "KAZ",
      lastNameCyr: "Сейтқали",
      actualAddress: { text: "ул. Абая, 1", territoryId: w.d1.id, point: null },
      contacts: [{ kind: "phone", value: "+7 701 000 00 00" }],
    });
    expect(p.personal?.documents).toMatchObject([{ kind: "identity_card", number: "012345678" }]);
    const created = await auditRows(w, p.id, "person.create");
    expect(created).toHaveLength(1);
  });

  it("reads a person and audits the read with the personal fields listed", async () => {
    const p = await createVia(w, w.as.cop1, personInput(w.d1.id));
    const res = await get(w, w.as.cop1, `/api/v1/persons/${p.id}`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as Person).personal?.iin).toBe(p.personal?.iin);
    const reads = await auditRows(w, p.id, "person.read");
    expect(reads).toHaveLength(1);
    expect(reads[0]!.fields).toEqual(
      expect.arrayContaining(["iin", "lastNameCyr", "birthDate", "documents"]),
    );
    expect(reads[0]!.actor_name).toBe("cop1");
  });

  it("edits with the current version, bumps it, and refuses the stale one with 409", async () => {
    const p = await createVia(w, w.as.cop1, personInput(w.d1.id));
    const ok = await patch(w, w.as.cop1, `/api/v1/persons/${p.id}`, {
      version: 1,
      middleNameCyr: null,
      actualAddress: { text: "ул. Назарбаева, 5", territoryId: w.d1.id, point: { lat: 43.25, lon: 76.95 } },
      documents: [{ kind: "passport", number: "N1234567" }],
    });
    expect(ok.statusCode).toBe(200);
    const edited = ok.json() as Person;
    expect(edited.version).toBe(2);
    expect(edited.personal?.middleNameCyr).toBeNull();
    expect(edited.personal?.actualAddress.point).toEqual({ lat: 43.25, lon: 76.95 });
    expect(edited.personal?.documents.map((d) => d.kind)).toEqual(["passport"]);
    const stale = await patch(w, w.as.cop1, `/api/v1/persons/${p.id}`, { version: 1, lastNameCyr: "Иванов" });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as ErrorJson).error).toMatchObject({
      code: "conflict.stale_version",
      field: "version",
    });
    const after = (await get(w, w.as.cop1, `/api/v1/persons/${p.id}`)).json() as Person;
    expect(after.personal?.lastNameCyr).toBe("Сейтқали");
    expect(await auditRows(w, p.id, "person.update")).toHaveLength(1);
  });

  it("a person without an IIN needs a reason, a birth date and sex, and is not a citizen", async () => {
    const base = { ...personInput(w.d1.id), iin: null, citizenship: "UZB" };
    const noReason = await post(w, w.as.cop1, "/api/v1/persons", {
      ...base,
      birthDate: "1980-01-01",
      sex: "male",
    });
    expect(noReason.statusCode).toBe(400);
    expect((noReason.json() as ErrorJson).error.field).toBe("noIinReason");
    const citizen = await post(w, w.as.cop1, "/api/v1/persons", {
      ...base,
      citizenship: "KAZ",
      noIinReason: "identity_unestablished",
      birthDate: "1980-01-01",
      sex: "male",
    });
    expect(citizen.statusCode).toBe(422);
    expect((citizen.json() as ErrorJson).error).toMatchObject({
      code: "iin.required_for_citizen",
      field: "iin",
    });
    const ok = await createVia(w, w.as.cop1, {
      ...base,
      noIinReason: "foreign_citizen",
      birthDate: "1980-01-01",
      sex: "male",
    });
    expect(ok.personal).toMatchObject({ iin: null, noIinReason: "foreign_citizen", citizenship: "UZB" });
  });
});

describe("bad input is refused and writes nothing (R1.1)", () => {
  it.each([
    ["a wrong check digit", wrongCheckDigit(makeIin("1990-05-17", "male", 12)), "iin.check_digit"],
    ["eleven digits", "90051730012", "iin.length"],
    ["a letter", "90051730012x", "iin.digits"],
    ["century digit 0", "900517000125", "iin.century_sex"],
    ["31 February", "900231300125", "iin.birth_date"],
  ])("an IIN with %s is a 422 %s on the field iin", async (_what, iin, code) => {
    const before = await personCount();
    const res = await post(w, w.as.cop1, "/api/v1/persons", { ...personInput(w.d1.id), iin });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({ code, field: "iin" });
    expect((res.json() as ErrorJson).error.article).toContain("223-III");
    expect(await personCount()).toBe(before);
  });

  it("a birth date or sex other than the IIN encodes is a 422 naming the field", async () => {
    const before = await personCount();
    const iin = makeIin("1990-05-17", "male", 7);
    const born = await post(w, w.as.cop1, "/api/v1/persons", {
      ...personInput(w.d1.id),
      iin,
      birthDate: "1990-05-18",
    });
    expect(born.statusCode).toBe(422);
    expect((born.json() as ErrorJson).error).toMatchObject({
      code: "iin.birth_date_mismatch",
      field: "birthDate",
    });
    const sex = await post(w, w.as.cop1, "/api/v1/persons", { ...personInput(w.d1.id), iin, sex: "female" });
    expect(sex.statusCode).toBe(422);
    expect((sex.json() as ErrorJson).error).toMatchObject({ code: "iin.sex_mismatch", field: "sex" });
    expect(await personCount()).toBe(before);
  });

  it("an edit to a birth date the IIN does not encode is refused and changes nothing", async () => {
    const p = await createVia(w, w.as.cop1, personInput(w.d1.id));
    const res = await patch(w, w.as.cop1, `/api/v1/persons/${p.id}`, { version: 1, birthDate: "2001-01-01" });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error.field).toBe("birthDate");
    const after = (await get(w, w.as.cop1, `/api/v1/persons/${p.id}`)).json() as Person;
    expect(after.version).toBe(1);
  });

  it("names in the wrong script, a region for a district, a bad document period: 400 naming the field", async () => {
    const before = await personCount();
    const latinCyr = await post(w, w.as.cop1, "/api/v1/persons", {
      ...personInput(w.d1.id),
      lastNameCyr: "Ivanov",
    });
    expect(latinCyr.statusCode).toBe(400);
    expect((latinCyr.json() as ErrorJson).error.field).toBe("body.lastNameCyr");
    const region = await w.t.db
      .selectFrom("territory")
      .select("id")
      .where("level", "=", "region")
      .executeTakeFirstOrThrow();
    const notDistrict = await post(w, w.as.cop1, "/api/v1/persons", personInput(region.id));
    expect(notDistrict.statusCode).toBe(400);
    expect((notDistrict.json() as ErrorJson).error.field).toBe("actualAddress.territoryId");
    const docs = await post(w, w.as.cop1, "/api/v1/persons", {
      ...personInput(w.d1.id),
      documents: [{ kind: "passport", number: "N1", issuedOn: "2020-01-01", validUntil: "2019-01-01" }],
    });
    expect(docs.statusCode).toBe(400);
    expect((docs.json() as ErrorJson).error.field).toBe("documents.0.validUntil");
    expect(await personCount()).toBe(before);
  });

  it("a second record with the same IIN is a 409 that names the holder only to who may read it (R11.1)", async () => {
    const first = await createVia(w, w.as.cop1, personInput(w.d1.id));
    const before = (await auditRows(w, first.id, "person.duplicate_iin")).length;
    // An inspector of another district learns that the IIN is registered, and nothing more.
    const again = await post(w, w.as.cop2, "/api/v1/persons", {
      ...personInput(w.d2.id),
      iin: first.personal!.iin,
    });
    expect(again.statusCode).toBe(409);
    const err = (again.json() as ErrorJson).error;
    expect(err).toMatchObject({ code: "person.iin_registered", field: "iin" });
    expect(err.details ?? []).toEqual([]);
    expect(again.headers.location).toBeUndefined();
    for (const secret of [first.id, first.territoryId, first.territoryPath, first.personal!.lastNameCyr])
      expect(again.body).not.toContain(secret);
    // The attempt is audited, naming the record it ran into.
    const attempts = (await auditRows(w, first.id, "person.duplicate_iin")).slice(before);
    expect(attempts.map((r) => [r.actor_name, r.fields])).toEqual([["cop2", ["iin"]]]);
    // The district's inspector, who may read the holder, is told which record it is, to open it.
    const mine = await post(w, w.as.cop1, "/api/v1/persons", {
      ...personInput(w.d1.id),
      iin: first.personal!.iin,
    });
    expect(mine.statusCode).toBe(409);
    const named = (mine.json() as ErrorJson).error;
    expect(named).toMatchObject({ code: "person.iin_registered", field: "iin" });
    expect(named.details).toContainEqual(
      expect.objectContaining({ field: DUPLICATE_PERSON_FIELD, message: first.id }),
    );
    expect(mine.headers.location).toBe(`/api/v1/persons/${first.id}`);
    const other = await createVia(w, w.as.cop1, personInput(w.d1.id));
    const edit = await patch(w, w.as.cop1, `/api/v1/persons/${other.id}`, {
      version: 1,
      iin: first.personal!.iin,
    });
    expect(edit.statusCode).toBe(409);
    expect((edit.json() as ErrorJson).error.message).toContain(first.id);
    expect(await auditRows(w, first.id, "person.duplicate_iin")).toHaveLength(before + 3);
  });
});

describe("access (R11.1; 001 Art. 59(6))", () => {
  it("to an inspector of another district the person does not exist (404 on read and edit); the region's prosecutor reads", async () => {
    const p = await createVia(w, w.as.cop1, personInput(w.d1.id));
    const read = await get(w, w.as.cop2, `/api/v1/persons/${p.id}`);
    expect(read.statusCode).toBe(404);
    expect((read.json() as ErrorJson).error).toMatchObject({
      code: "not_found",
      message: "The person was not found.",
    });
    const edit = await patch(w, w.as.cop2, `/api/v1/persons/${p.id}`, { version: 1, lastNameCyr: "Иванов" });
    expect(edit.statusCode).toBe(404);
    expect((await get(w, w.as.prosecutor, `/api/v1/persons/${p.id}`)).statusCode).toBe(200);
    expect(await auditRows(w, p.id, "person.read")).toHaveLength(1);
  });

  it("an inspector cannot create a person in another district or move one there", async () => {
    const elsewhere = await post(w, w.as.cop1, "/api/v1/persons", personInput(w.d2.id));
    expect(elsewhere.statusCode).toBe(403);
    const p = await createVia(w, w.as.cop1, personInput(w.d1.id));
    const move = await patch(w, w.as.cop1, `/api/v1/persons/${p.id}`, {
      version: 1,
      actualAddress: { text: "elsewhere", territoryId: w.d2.id },
    });
    expect(move.statusCode).toBe(403);
  });

  it("an analyst (statistics only) and a prosecutor (reads only) are refused writes; the analyst reads nothing", async () => {
    const p = await createVia(w, w.as.cop1, personInput(w.d1.id));
    for (const url of [
      `/api/v1/persons/${p.id}`,
      "/api/v1/persons?q=Seitkali",
      `/api/v1/persons/${p.id}/links`,
    ]) {
      const res = await get(w, w.as.analyst, url);
      expect(res.statusCode).toBe(403);
      expect((res.json() as ErrorJson).error.code).toBe("access.role");
      expect(res.body).not.toContain("Сейтқали");
    }
    const byProsecutor = await post(w, w.as.prosecutor, "/api/v1/persons", personInput(w.d1.id));
    expect(byProsecutor.statusCode).toBe(403);
    expect((byProsecutor.json() as ErrorJson).error.code).toBe("access.role");
    expect(await auditRows(w, p.id, "person.read")).toHaveLength(0);
  });

  it("an unknown id is 404, a malformed one 400", async () => {
    expect((await get(w, w.as.cop1, "/api/v1/persons/00000000-0000-4000-8000-000000000000")).statusCode).toBe(
      404,
    );
    expect((await get(w, w.as.cop1, "/api/v1/persons/nope")).statusCode).toBe(400);
  });
});

describe("OpenAPI", () => {
  it("documents every persons route", async () => {
    const res = await w.t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys((res.json() as { paths: Record<string, unknown> }).paths);
    for (const p of ["/api/v1/persons", "/api/v1/persons/{id}", "/api/v1/persons/{id}/duplicates"])
      expect(paths).toContain(p);
    expect(paths).toEqual(
      expect.arrayContaining(["/api/v1/persons/{id}/merge", "/api/v1/persons/{id}/links"]),
    );
  });
});
