import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { Measure, MeasureCreate } from "@aldyn/contract";
import { pdfText } from "./pdf-text.test-helper.ts";
import { ISSUER_POSITION } from "./issuer-positions.messages.ts";
import { cite } from "./messages-common.ts";
import { PO } from "./protective-order.messages.ts";
import {
  addFact,
  getJson,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  postJson,
  warningBody,
  type MeasuresWorld,
} from "../preventive-measures/measures.fixture.ts";

const VICTIM = "Сейтқали Әйгерім Болатқызы";
const VICTIM_ADDRESS = "Астана қ., Сығанақ к-сі, 3";

function protectiveOrderBody(personId: string, victims?: unknown[]): MeasureCreate {
  return {
    kind: "protective_order",
    personId,
    issuedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    legalGround: "direct_discovery",
    justification: { basis: "antisocial_behaviour", text: "Threats of violence against the spouse" },
    details: {
      subjectSane: true,
      placeOfIssue: "Астана қ., Сарыарқа даңғылы, 12",
      placeOfViolence: "Астана қ., Әуезов к-сі, 7",
      timeOfViolence: new Date(Date.now() - 10 * HOUR).toISOString(),
      circumstances: "Жұбайына қол жұмсау қаупі",
      prohibitions: ["violence", "visiting_victim"],
      coversFamilyMembers: true,
      consequencesStated: true,
      appealRightStated: true,
      ...(victims ? { victims } : {}),
    },
    rightsExplained: true,
  };
}

let w: MeasuresWorld;
beforeAll(async () => {
  w = await measuresWorld();
});
afterAll(async () => w.close());

describe("printed form of a measure (R11.5)", () => {
  it("an official warning prints in Russian and Kazakh with the person's name and Art. 51, and the read is audited", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 3600_000)));
    const person = await w.t.db
      .selectFrom("person")
      .select(["last_name_cyr", "iin"])
      .where("id", "=", personId)
      .executeTakeFirstOrThrow();
    for (const lang of ["ru", "kk"] as const) {
      const res = await getJson(w, w.as.cop1, `/api/v1/measures/${m.id}/document.pdf?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("application/pdf");
      expect(res.headers["content-disposition"]).toMatch(/^attachment;/);
      const text = await pdfText(res.rawPayload);
      expect(text).toContain(person.last_name_cyr);
      expect(text).toContain(person.iin!);
      expect(text).toContain(cite(lang, "001 Art. 51"));
    }
    const reads = await w.t.db
      .selectFrom("audit_log")
      .select("action")
      .where("record_id", "=", m.id)
      .where("action", "=", "measure.read")
      .execute();
    expect(reads.length).toBe(2);
  });

  it("the register placement notice prints with the rights explained (001 Art. 59(4))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 3600_000)));
    const entryId = m.register.entryIds[0]!;
    const res = await getJson(w, w.as.cop1, `/api/v1/register/${entryId}/notice.pdf?lang=ru`);
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain(cite("ru", "001 Art. 59(2), (4)"));
    const person = await w.t.db
      .selectFrom("person")
      .select("last_name_cyr")
      .where("id", "=", personId)
      .executeTakeFirstOrThrow();
    expect(text).toContain(person.last_name_cyr);
  });

  it("a protective order prints the victim, the issuing official's position and Art. 60 (001 Art. 60(4)), in kk and ru", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(
      w,
      w.as.cop1,
      protectiveOrderBody(personId, [{ fullName: VICTIM, address: VICTIM_ADDRESS }]),
    );
    expect(m.issuerKind).toBe("police_district_inspector");
    for (const lang of ["kk", "ru"] as const) {
      const res = await getJson(w, w.as.cop1, `/api/v1/measures/${m.id}/document.pdf?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      const text = await pdfText(res.rawPayload);
      expect(text).toContain(`${PO[lang].victim}: ${VICTIM}`);
      expect(text).toContain(VICTIM_ADDRESS);
      expect(text).toContain(`${PO[lang].victimSign} ${VICTIM}`);
      const position = ISSUER_POSITION[lang].police_district_inspector;
      expect(text).toContain(`${PO[lang].issuedBy}: ${position}`);
      expect(text).toContain(`${PO[lang].officialSign}: ${position}`);
      const generic = lang === "kk" ? "Лауазымды адам" : "Должностное лицо";
      expect(text).not.toContain(`${PO[lang].issuedBy}: ${generic}`);
      expect(text).toContain(cite(lang, "001 Art. 60"));
    }
  });

  it("a new protective order without a victim is refused with 001 Art. 60(1), (4) and writes nothing", async () => {
    const personId = await newPerson(w, w.as.cop1);
    for (const body of [protectiveOrderBody(personId), protectiveOrderBody(personId, [])]) {
      const res = await postJson(w, w.as.cop1, "/api/v1/measures", body);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({
        error: {
          code: "protective_order.victim_missing",
          article: "001 Art. 60(1), (4)",
          field: "details.victims",
        },
      });
    }
    const list = await getJson(w, w.as.cop1, `/api/v1/persons/${personId}/measures`);
    expect((list.json() as { items: unknown[] }).items).toEqual([]);
  });

  it("a protective order recorded before victims were kept still reads, takes facts and prints, with a dash", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const issued = await issue(w, w.as.cop1, protectiveOrderBody(personId, [{ fullName: VICTIM }]));
    // An older record: its stored input has no victims (the field did not exist when it was issued).
    await sql`UPDATE measure SET input = input #- '{details,victims}' WHERE id = ${issued.id}`.execute(
      w.t.db,
    );
    const read = await getJson(w, w.as.cop1, `/api/v1/measures/${issued.id}`);
    expect(read.statusCode).toBe(200);
    const served = await addFact(w, w.as.cop1, read.json() as Measure, {
      type: "served",
      at: new Date(Date.now() - HOUR).toISOString(),
      channel: "in_person",
    });
    expect(served.status).toBe("active");
    const res = await getJson(w, w.as.cop1, `/api/v1/measures/${issued.id}/document.pdf?lang=ru`);
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain(`${PO.ru.victim}: —`);
    expect(text).not.toContain(VICTIM);
  });

  it("a victim linked to the persons register prints; an unknown register id is refused at its path", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const victimId = await newPerson(w, w.as.cop1);
    const m = await issue(
      w,
      w.as.cop1,
      protectiveOrderBody(personId, [{ fullName: VICTIM, personId: victimId, address: VICTIM_ADDRESS }]),
    );
    const pdf = await getJson(w, w.as.cop1, `/api/v1/measures/${m.id}/document.pdf?lang=kk`);
    expect(await pdfText(pdf.rawPayload)).toContain(`${PO.kk.victim}: ${VICTIM}`);

    const unknown = "6c1f1e2a-3b0e-4c55-8a41-5b9f7c2d1e00";
    const res = await postJson(
      w,
      w.as.cop1,
      "/api/v1/measures",
      protectiveOrderBody(personId, [
        { fullName: VICTIM, personId: victimId },
        { fullName: "Сейтқали Ерлан", personId: unknown },
      ]),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: {
        code: "protective_order.victim_person_not_found",
        article: "001 Art. 60(4)",
        field: "details.victims.1.personId",
      },
    });
    const list = await getJson(w, w.as.cop1, `/api/v1/persons/${personId}/measures`);
    expect((list.json() as { items: unknown[] }).items).toHaveLength(1);
  });

  it("a victim without a name is refused with 001 Art. 60(4)", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const res = await w.t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      headers: w.as.cop1.headers,
      payload: protectiveOrderBody(personId, [{ fullName: " " }]) as object,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: {
        code: "protective_order.content_missing",
        article: "001 Art. 60(4)",
        field: "details.victims",
      },
    });
  });

  it("a statutory notice prints the organisation's address and Art. 57, in kk and ru", async () => {
    const address = "Астана қ., Қабанбай батыр даңғылы, 5";
    const m = await issue(w, w.as.cop1, {
      kind: "statutory_notice",
      organisation: { name: "«Құлагер» ЖШС", headOrOfficial: "Директор Ахметов Б.", address },
      issuedAt: new Date(Date.now() - HOUR).toISOString(),
      legalGround: "direct_discovery",
      justification: { basis: "act_creating_conditions", text: "Продажа алкоголя несовершеннолетним" },
      details: {},
    });
    for (const lang of ["kk", "ru"] as const) {
      const res = await getJson(w, w.as.cop1, `/api/v1/measures/${m.id}/document.pdf?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      const text = await pdfText(res.rawPayload);
      expect(text).toContain(`${lang === "kk" ? "Ұйымның мекенжайы" : "Адрес организации"}: ${address}`);
      expect(text).toContain("«Құлагер» ЖШС");
      expect(text).toContain("Директор Ахметов Б.");
      expect(text).toContain(ISSUER_POSITION[lang].police_district_inspector);
      expect(text).toContain(cite(lang, "001 Art. 57"));
    }
  });

  it("a kind without a printed form answers 404", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, {
      kind: "preventive_conversation",
      personId,
      issuedAt: new Date(Date.now() - HOUR).toISOString(),
      legalGround: "direct_discovery",
      justification: { basis: "antisocial_behaviour", text: "Noise at night" },
      details: { place: "residence", durationMinutes: 30, present: ["relative"] },
    });
    const res = await getJson(w, w.as.cop1, `/api/v1/measures/${m.id}/document.pdf?lang=ru`);
    expect(res.statusCode).toBe(404);
  });

  it("an inspector of another district may not print it: to him it does not exist", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 3600_000)));
    const res = await getJson(w, w.as.cop2, `/api/v1/measures/${m.id}/document.pdf?lang=ru`);
    expect(res.statusCode).toBe(404);
  });
});
