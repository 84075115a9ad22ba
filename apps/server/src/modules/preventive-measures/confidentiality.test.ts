import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type {
  ConfidentialGrant,
  DueDutiesPage,
  Measure,
  MeasureList,
  Person,
  PersonSummary,
} from "@aldyn/contract";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import { PO } from "../documents/protective-order.messages.ts";
import { personInput, type ErrorJson } from "../persons/persons.fixture.ts";
import {
  confidentialityWorld,
  giveGrant,
  medicalMeasure,
  protectiveOrder,
  VICTIM_ADDRESS,
  VICTIM_NAME,
  type ConfidentialityWorld,
} from "./confidentiality.fixture.ts";
import { getJson, HOUR, issue, newPerson, postJson, warningBody } from "./measures.fixture.ts";

/**
 * Confidentiality barriers on real records (R11.1; 001 Art. 83(2)): a protective order's victims and
 * health data are marked when written and withheld from readers who do not clear them, with the
 * reason; a grant opens them from the next request and its revocation closes them again.
 */

let w: ConfidentialityWorld;
beforeAll(async () => {
  w = await confidentialityWorld();
});
afterAll(async () => w.close());

const VICTIMS = "input.details.victims";

async function readAs(who: ConfidentialityWorld["dv"], id: string) {
  const res = await getJson(w, who, `/api/v1/measures/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Measure;
}

async function lastRead(userId: string, recordId: string, action = "measure.read") {
  const row = await w.t.db
    .selectFrom("audit_log")
    .select(["fields", "action"])
    .where("actor_id", "=", userId)
    .where("record_id", "=", recordId)
    .where("action", "=", action)
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
  return row.fields;
}

/** A protective order issued by district 1's domestic violence inspector, naming a registered victim. */
async function orderWithVictim() {
  const subject = await newPerson(w, w.as.cop1);
  const victim = await newPerson(w, w.as.cop1, { born: "1992-03-04" });
  const m = await issue(w, w.dv, protectiveOrder(subject, victim));
  return { subject, victim, m };
}

describe("a protective order's victims (001 Arts. 60(1), (4), 83(2))", () => {
  it("the district's local inspector without a grant gets the order with the victim withheld and the reason; the read's audit row omits the victim", async () => {
    const { m } = await orderWithVictim();
    const read = await readAs(w.as.cop1, m.id);
    expect(read.input.details.victims).toBeUndefined();
    expect(read.input.details.prohibitions).toEqual(["violence", "visiting_victim"]);
    expect(read.withheld).toEqual([
      { field: VICTIMS, barrier: "victim", article: "001 Art. 83(2)", reason: expect.any(String) },
    ]);
    expect(JSON.stringify(read)).not.toContain(VICTIM_NAME);
    expect(await lastRead(w.ids.cop1, m.id)).not.toContain("details.victims");
  });

  it("the domestic violence inspector and the family centre see the victim; their reads are audited with it", async () => {
    const { m } = await orderWithVictim();
    for (const [who, id] of [
      [w.dv, w.ids.dv],
      [w.as.family, null],
    ] as const) {
      const read = await readAs(who, m.id);
      expect(read.input.details.victims).toEqual([
        expect.objectContaining({ fullName: VICTIM_NAME, address: VICTIM_ADDRESS }),
      ]);
      expect(read.withheld).toBeUndefined();
      if (id) expect(await lastRead(id, m.id)).toContain("details.victims");
    }
  });

  it("the official who issued the order sees the victim named on it (001 Art. 60(1), (4))", async () => {
    const subject = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, protectiveOrder(subject));
    expect(m.input.details.victims).toHaveLength(1);
    expect((await readAs(w.as.cop1, m.id)).withheld).toBeUndefined();
    // Another inspector of the region does not.
    expect((await readAs(w.head, m.id)).withheld?.map((x) => x.field)).toEqual([VICTIMS]);
  });

  it("the victim's own card is a 403 access.confidential with the article; lists show her without personal fields", async () => {
    const { victim } = await orderWithVictim();
    const card = await getJson(w, w.as.cop1, `/api/v1/persons/${victim}`);
    expect(card.statusCode).toBe(403);
    expect((card.json() as ErrorJson).error).toMatchObject({
      code: "access.confidential",
      article: "001 Art. 83(2)",
    });
    expect(card.body).not.toContain("Сейтқали");
    const ok = await getJson(w, w.as.family, `/api/v1/persons/${victim}`);
    expect(ok.statusCode).toBe(200);
    const iin = (ok.json() as Person).personal!.iin!;

    const hits = await getJson(w, w.as.cop1, `/api/v1/persons?iin=${iin}`);
    const page = hits.json() as { items: PersonSummary[] };
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      id: victim,
      personal: null,
      withheld: [{ field: "personal", barrier: "victim", article: "001 Art. 83(2)" }],
    });
    expect(await lastRead(w.ids.cop1, victim, "person.read")).toEqual([]);
    // Editing a card one may not read is refused too, and nothing changes.
    const patch = await w.t.app.inject({
      method: "PATCH",
      url: `/api/v1/persons/${victim}`,
      headers: w.as.cop1.headers,
      payload: { firstNameCyr: "Айгүл", version: 1 },
    });
    expect(patch.statusCode).toBe(403);
    const kept = await w.t.db
      .selectFrom("person")
      .select("first_name_cyr")
      .where("id", "=", victim)
      .executeTakeFirstOrThrow();
    expect(kept.first_name_cyr).not.toBe("Айгүл");
  });

  it("a victim's record merged into another makes the kept card confidential too (one human, R1.1)", async () => {
    const { victim } = await orderWithVictim();
    const kept = await newPerson(w, w.as.cop1, { born: "1992-03-05" });
    expect((await getJson(w, w.as.cop1, `/api/v1/persons/${kept}`)).statusCode).toBe(200);
    await sql`UPDATE person SET merged_into = ${kept} WHERE id = ${victim}`.execute(w.t.db);
    expect((await getJson(w, w.as.cop1, `/api/v1/persons/${kept}`)).statusCode).toBe(403);
    expect((await getJson(w, w.as.cop1, `/api/v1/persons/${victim}`)).statusCode).toBe(403);
    expect((await getJson(w, w.as.family, `/api/v1/persons/${kept}`)).statusCode).toBe(200);
  });

  it("the printed order says the victim is withheld, and why, instead of her name", async () => {
    const { m } = await orderWithVictim();
    const res = await getJson(w, w.as.cop1, `/api/v1/measures/${m.id}/document.pdf?lang=ru`);
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    // The article in the form's language, never the server's code for it.
    expect(text.replace(/\s+/g, " ")).toContain(
      `${PO.ru.victim}: Скрыто: данные потерпевшего (п. 2 ст. 83 Закона «О профилактике правонарушений»)`,
    );
    expect(text).not.toContain("83(2)");
    const kk = await getJson(w, w.as.cop1, `/api/v1/measures/${m.id}/document.pdf?lang=kk`);
    expect((await pdfText(kk.rawPayload)).replace(/\s+/g, " ")).toContain("83-бабының 2-тармағы");
    expect(text).not.toContain(VICTIM_NAME);
    expect(text).not.toContain(VICTIM_ADDRESS);
    const dv = await getJson(w, w.dv, `/api/v1/measures/${m.id}/document.pdf?lang=ru`);
    expect(await pdfText(dv.rawPayload)).toContain(`${PO.ru.victim}: ${VICTIM_NAME}`);
  });
});

describe("grants to victims' data (R11.1)", () => {
  it("a grant lets the local inspector see the victim from the next request; the revocation takes it away at the next request", async () => {
    const { m, victim } = await orderWithVictim();
    expect((await readAs(w.as.cop1, m.id)).withheld).toHaveLength(1);
    const given = await giveGrant(w, w.admin, w.ids.cop1, "victim");
    expect(given.statusCode, given.body).toBe(201);
    const grant = given.json() as ConfidentialGrant;
    expect(grant).toMatchObject({ barrier: "victim", userId: w.ids.cop1, revokedAt: null });

    const seen = await readAs(w.as.cop1, m.id);
    expect(seen.withheld).toBeUndefined();
    expect(seen.input.details.victims).toHaveLength(1);
    expect((await getJson(w, w.as.cop1, `/api/v1/persons/${victim}`)).statusCode).toBe(200);

    const revoked = await postJson(w, w.admin, `/api/v1/users/${w.ids.cop1}/grants/${grant.id}/revoke`, {
      reason: "Left the duty rota",
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((revoked.json() as ConfidentialGrant).revokedBy?.id).toBe(w.ids.admin);
    expect((await readAs(w.as.cop1, m.id)).withheld).toHaveLength(1);
    expect((await getJson(w, w.as.cop1, `/api/v1/persons/${victim}`)).statusCode).toBe(403);
  });
});

describe("health data (001 Arts. 58, 83(2))", () => {
  it("a compulsory medical measure is confidential as a whole: 403 for the region's police head, left out of the person's list with a count; a health grant opens it", async () => {
    const subject = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, medicalMeasure(subject));
    expect(m.kind).toBe("compulsory_medical_measure");
    const refused = await getJson(w, w.head, `/api/v1/measures/${m.id}`);
    expect(refused.statusCode).toBe(403);
    expect((refused.json() as ErrorJson).error).toMatchObject({
      code: "access.confidential",
      article: "001 Art. 83(2)",
    });
    const list = (await getJson(w, w.head, `/api/v1/persons/${subject}/measures`)).json() as MeasureList;
    expect(list.items.map((i) => i.id)).not.toContain(m.id);
    expect(list.withheld).toEqual([
      expect.objectContaining({ field: "items", barrier: "health", count: 1, article: "001 Art. 83(2)" }),
    ]);
    // No fact is written on it blind.
    const fact = await postJson(w, w.head, `/api/v1/measures/${m.id}/facts`, {
      version: m.version,
      type: "served",
      at: new Date().toISOString(),
      channel: "in_person",
    });
    expect(fact.statusCode).toBe(403);

    expect((await giveGrant(w, w.admin, w.ids.head, "health")).statusCode).toBe(201);
    expect((await getJson(w, w.head, `/api/v1/measures/${m.id}`)).statusCode).toBe(200);
    const all = (await getJson(w, w.head, `/api/v1/persons/${subject}/measures`)).json() as MeasureList;
    expect(all.items.map((i) => i.id)).toContain(m.id);
    expect(all.withheld).toBeUndefined();
    // A victim grant is not a health grant, nor a role: the domestic violence inspector is refused.
    expect((await getJson(w, w.dv, `/api/v1/measures/${m.id}`)).statusCode).toBe(403);
  });
});

describe("marking records written before migration 0021 (confidential_mark_measures)", () => {
  /** A copy of a stored measure inserted as an older record would be: no marks. */
  async function olderCopy(id: string, input?: Record<string, unknown>, kind?: string): Promise<string> {
    const r = await sql<{ id: string }>`
      INSERT INTO measure (kind, person_id, issuer_body_id, issuer_user_id, issuer_kind, territory_path, input,
        law_version, issued_at, status)
      SELECT coalesce(${kind ?? null}, kind), person_id, issuer_body_id, issuer_user_id, issuer_kind,
        territory_path, input || coalesce(${input ? JSON.stringify({ ...input, ...(kind ? { kind } : {}) }) : null}::jsonb, '{}'), law_version, issued_at, status
      FROM measure WHERE id = ${id} RETURNING id`.execute(w.t.db);
    return r.rows[0]!.id;
  }
  async function marksOf(id: string) {
    const r = await sql<{ field: string; barrier: string }>`
      SELECT field, barrier FROM measure_confidential WHERE measure_id = ${id} ORDER BY field, barrier`.execute(
      w.t.db,
    );
    return r.rows;
  }
  const mark = (id: string) =>
    sql<{ n: number }>`SELECT confidential_mark_measures(ARRAY[${id}]::uuid[]) AS n`.execute(w.t.db);

  it("marks an existing order's victims and the victim's card as the issuing transaction does, once", async () => {
    const { m, victim } = await orderWithVictim();
    expect(await marksOf(m.id)).toEqual([{ field: VICTIMS, barrier: "victim" }]);
    const older = await olderCopy(m.id);
    await sql`DELETE FROM person_confidential WHERE person_id = ${victim}`.execute(w.t.db);
    expect(await marksOf(older)).toEqual([]);
    expect((await getJson(w, w.as.cop1, `/api/v1/persons/${victim}`)).statusCode).toBe(200);
    expect((await mark(older)).rows[0]!.n).toBe(2);
    expect(await marksOf(older)).toEqual(await marksOf(m.id));
    expect((await getJson(w, w.as.cop1, `/api/v1/persons/${victim}`)).statusCode).toBe(403);
    expect((await mark(older)).rows[0]!.n).toBe(0);
  });

  it("marks health data: a medical measure whole, a referral's disease, pedagogical support's health and victim criteria", async () => {
    const subject = await newPerson(w, w.as.cop1);
    const base = await issue(w, w.as.cop1, medicalMeasure(subject));
    const medical = await olderCopy(base.id);
    const referral = await olderCopy(
      base.id,
      { details: { disqualifyingDisease: false, prosecutorParticipated: true } },
      "special_education_referral",
    );
    const support = await olderCopy(
      base.id,
      {
        details: {
          criteria: [
            "78.2.4_missing_classes",
            "78.2.6_substance_use",
            "78.2.9_victim_or_witness_of_violence",
          ],
        },
      },
      "pedagogical_support",
    );
    const plain = await olderCopy(
      base.id,
      { details: { criteria: ["78.2.4_missing_classes"] } },
      "pedagogical_support",
    );
    const conversation = await olderCopy(
      base.id,
      { details: { place: "residence" } },
      "preventive_conversation",
    );
    for (const id of [medical, referral, support, plain, conversation]) await mark(id);
    expect(await marksOf(medical)).toEqual([{ field: "*", barrier: "health" }]);
    expect(await marksOf(referral)).toEqual([
      { field: "input.details.disqualifyingDisease", barrier: "health" },
    ]);
    expect(await marksOf(support)).toEqual([
      { field: "input.details.criteria", barrier: "health" },
      { field: "input.details.criteria", barrier: "victim" },
    ]);
    expect(await marksOf(plain)).toEqual([]);
    expect(await marksOf(conversation)).toEqual([]);
    // The field marks are withheld like a victim is: the region's prosecutor (no grant) reads the
    // support without its criteria.
    const read = (await getJson(w, w.as.prosecutor, `/api/v1/measures/${support}`)).json() as Measure;
    expect(read.input.details.criteria).toBeUndefined();
    expect(read.withheld?.map((x) => x.barrier).sort()).toEqual(["health", "victim"]);
  });
});

describe("worklists (R11.1, R11.2)", () => {
  it("a victim who is also the subject of a measure is listed without her name to a reader who does not clear the barrier, and audited with no field", async () => {
    const { victim } = await orderWithVictim();
    const warning = await issue(w, w.as.cop1, warningBody(victim, new Date(Date.now() - HOUR)));
    const url = "/api/v1/worklists/duties?scope=district&withinDays=1";
    const rowOf = async (who: ConfidentialityWorld["dv"]) => {
      const res = await getJson(w, who, url);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as DueDutiesPage).items.find((i) => i.measureId === warning.id);
    };
    const cop = await rowOf(w.as.cop1);
    expect(cop).toMatchObject({ personId: victim, personName: null });
    const shown = await w.t.db
      .selectFrom("audit_log")
      .select("fields")
      .where("actor_id", "=", w.ids.cop1)
      .where("action", "=", "worklist.duties")
      .where("record_type", "=", "person")
      .where("record_id", "=", victim)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(shown.fields).toEqual([]);
    // The domestic violence inspector clears the barrier and sees her name.
    expect((await rowOf(w.dv))?.personName).toContain("Сейтқали");
  });
});

describe("a taken IIN (R1.1, R11.1)", () => {
  it("a victim's IIN is said to be registered without naming her record to a reader who may not open her card", async () => {
    const { victim } = await orderWithVictim();
    const row = await w.t.db
      .selectFrom("person")
      .select("iin")
      .where("id", "=", victim)
      .executeTakeFirstOrThrow();
    const again = { ...personInput(w.d1.id), iin: row.iin! };
    const asCop = await postJson(w, w.as.cop1, "/api/v1/persons", again);
    expect(asCop.statusCode).toBe(409);
    expect(asCop.headers.location).toBeUndefined();
    expect(asCop.body).not.toContain(victim);
    const asDv = await postJson(w, w.dv, "/api/v1/persons", again);
    expect(asDv.statusCode).toBe(409);
    expect(asDv.headers.location).toBe(`/api/v1/persons/${victim}`);
  });
});
