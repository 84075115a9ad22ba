import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { legalDateOf } from "@aldyn/law";
import { pdfText } from "./pdf-text.test-helper.ts";
import { COMMON } from "./messages-common.ts";
import { ISSUER_POSITION } from "./issuer-positions.messages.ts";
import { PO } from "./protective-order.messages.ts";
import { RN } from "./register-notice.messages.ts";
import {
  getJson,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  warningBody,
  type MeasuresWorld,
} from "../preventive-measures/measures.fixture.ts";

let w: MeasuresWorld;
beforeAll(async () => {
  w = await measuresWorld();
});
afterAll(async () => w.close());

const year = () => legalDateOf(new Date()).slice(0, 4);
const seq = (n: string | null) => Number(n?.split("/")[0]);

async function numberOf(table: "measure" | "register_entry", id: string): Promise<string | null> {
  const r = await w.t.db
    .selectFrom(table)
    .select("registration_number")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return r.registration_number;
}

async function pdf(url: string): Promise<string> {
  const res = await getJson(w, w.as.cop1, url);
  expect(res.statusCode).toBe(200);
  return pdfText(res.rawPayload);
}

describe("registration numbers of the issuing body, per year (R11.5; migration 0026)", () => {
  it("measures of one body are numbered one after another; its register entries in a series of their own", async () => {
    const a = await issue(
      w,
      w.as.cop1,
      warningBody(await newPerson(w, w.as.cop1), new Date(Date.now() - HOUR)),
    );
    const b = await issue(
      w,
      w.as.cop1,
      warningBody(await newPerson(w, w.as.cop1), new Date(Date.now() - HOUR)),
    );
    const [na, nb] = [await numberOf("measure", a.id), await numberOf("measure", b.id)];
    expect(na).toMatch(new RegExp(`^\\d+/${year()}$`));
    expect(seq(nb)).toBe(seq(na) + 1);
    const ea = await numberOf("register_entry", a.register.entryIds[0]!);
    const eb = await numberOf("register_entry", b.register.entryIds[0]!);
    expect(ea).toMatch(new RegExp(`^\\d+/${year()}$`));
    expect(seq(eb)).toBe(seq(ea) + 1);
  });

  it("another body counts from its own 1", async () => {
    const m = await issue(
      w,
      w.as.cop2,
      warningBody(await newPerson(w, w.as.cop2, { districtId: w.d2.id }), new Date()),
    );
    expect(await numberOf("measure", m.id)).toBe(`1/${year()}`);
  });

  it("the forms print the number, not a fragment of the record's id, in kk and ru", async () => {
    const m = await issue(
      w,
      w.as.cop1,
      warningBody(await newPerson(w, w.as.cop1), new Date(Date.now() - HOUR)),
    );
    const n = await numberOf("measure", m.id);
    const entryId = m.register.entryIds[0]!;
    const e = await numberOf("register_entry", entryId);
    for (const lang of ["kk", "ru"] as const) {
      const form = await pdf(`/api/v1/measures/${m.id}/document.pdf?lang=${lang}`);
      expect(form).toContain(`${COMMON[lang].number} ${n}`);
      expect(form).not.toContain(m.id.slice(0, 8).toUpperCase());
      const notice = await pdf(`/api/v1/register/${entryId}/notice.pdf?lang=${lang}`);
      expect(notice).toContain(`${COMMON[lang].number} ${e}`);
      expect(notice).not.toContain(entryId.slice(0, 8).toUpperCase());
    }
  });

  it("a write that rolls back gives its number back", async () => {
    const body = await w.t.db
      .selectFrom("app_user")
      .select("body_id")
      .where("username", "=", "cop1")
      .executeTakeFirstOrThrow();
    const before = await sql<{
      n: string;
    }>`SELECT registration_number_next(${body.body_id}::uuid, 2031, 'measure') AS n`.execute(w.t.db);
    await expect(
      w.t.db.transaction().execute(async (tx) => {
        await sql`SELECT registration_number_next(${body.body_id}::uuid, 2031, 'measure')`.execute(tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const after = await sql<{
      n: string;
    }>`SELECT registration_number_next(${body.body_id}::uuid, 2031, 'measure') AS n`.execute(w.t.db);
    expect([before.rows[0]!.n, after.rows[0]!.n]).toEqual(["1/2031", "2/2031"]);
  });

  it("rows written without a number (a batch load) are numbered in issue order after the last one", async () => {
    const older = await issue(
      w,
      w.as.cop1,
      warningBody(await newPerson(w, w.as.cop1), new Date(Date.now() - 5 * HOUR)),
    );
    const newer = await issue(
      w,
      w.as.cop1,
      warningBody(await newPerson(w, w.as.cop1), new Date(Date.now() - 4 * HOUR)),
    );
    const last = await w.t.db
      .selectFrom("registration_counter as c")
      .innerJoin("app_user as u", "u.body_id", "c.body_id")
      .select("c.last_number")
      .where("u.username", "=", "cop1")
      .where("c.series", "=", "measure")
      .where("c.year", "=", Number(year()))
      .executeTakeFirstOrThrow();
    await w.t.db
      .updateTable("measure")
      .set({ registration_number: null })
      .where("id", "in", [newer.id, older.id])
      .execute();
    await sql`SELECT registration_number_fill()`.execute(w.t.db);
    expect(await numberOf("measure", older.id)).toBe(`${last.last_number + 1}/${year()}`);
    expect(await numberOf("measure", newer.id)).toBe(`${last.last_number + 2}/${year()}`);
  });
});

describe("what the forms print of the person, the official and the time (R11.5)", () => {
  it("the address with its region and district", async () => {
    const m = await issue(
      w,
      w.as.cop1,
      warningBody(await newPerson(w, w.as.cop1), new Date(Date.now() - HOUR)),
    );
    const place = await w.t.db
      .selectFrom("territory as d")
      .innerJoin("territory as r", "r.id", "d.parent_id")
      .select([
        "d.name_ru as district",
        "r.name_ru as region",
        "d.name_kk as district_kk",
        "r.name_kk as region_kk",
      ])
      .where("d.id", "=", w.d1.id)
      .executeTakeFirstOrThrow();
    expect(await pdf(`/api/v1/measures/${m.id}/document.pdf?lang=ru`)).toContain(
      `${COMMON.ru.address}: ${place.region}, ${place.district}, ул. Абая, 1`,
    );
    expect(await pdf(`/api/v1/measures/${m.id}/document.pdf?lang=kk`)).toContain(
      `${place.region_kk}, ${place.district_kk}, ул. Абая, 1`,
    );
  });

  it("the register notice is signed by the official who placed the person, in that capacity", async () => {
    const m = await issue(
      w,
      w.as.cop1,
      warningBody(await newPerson(w, w.as.cop1), new Date(Date.now() - HOUR)),
    );
    for (const lang of ["kk", "ru"] as const) {
      const text = await pdf(`/api/v1/register/${m.register.entryIds[0]!}/notice.pdf?lang=${lang}`);
      expect(text).toContain(`${RN[lang].officialSign}: ${ISSUER_POSITION[lang].police_district_inspector}`);
      expect(text).toContain("User cop1");
      expect(text).not.toContain(
        `${RN[lang].officialSign}: ${lang === "kk" ? "Лауазымды адам" : "Должностное лицо"}`,
      );
    }
  });

  it("a protective order prints the time of violence with its hour on the clock of Almaty, and no empty notice section", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, {
      kind: "protective_order",
      personId,
      issuedAt: new Date(Date.now() - HOUR).toISOString(),
      legalGround: "direct_discovery",
      justification: { basis: "antisocial_behaviour", text: "Threats of violence against the spouse" },
      details: {
        subjectSane: true,
        placeOfIssue: "Астана қ., Сарыарқа даңғылы, 12",
        placeOfViolence: "Астана қ., Әуезов к-сі, 7",
        // 23:30 in Almaty on the day before: UTC is still 18:30 of that day.
        timeOfViolence: new Date(Date.now() - 30 * HOUR).toISOString().slice(0, 10) + "T18:30:00.000Z",
        circumstances: "Жұбайына қол жұмсау қаупі",
        prohibitions: ["violence", "visiting_victim"],
        coversFamilyMembers: false,
        consequencesStated: true,
        appealRightStated: true,
        victims: [{ fullName: "Сейтқали Әйгерім Болатқызы" }],
      },
      rightsExplained: true,
    });
    const stored = String(m.input.details.timeOfViolence);
    const [y, mo, d] = stored.slice(0, 10).split("-");
    for (const lang of ["kk", "ru"] as const) {
      const text = await pdf(`/api/v1/measures/${m.id}/document.pdf?lang=${lang}`);
      expect(text).toContain(`${PO[lang].timeOfViolence}: ${d}.${mo}.${y} 23:30`);
      expect(text).not.toContain(PO[lang].noticeHeading);
    }
  });
});
