import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { MEASURE_KINDS } from "@aldyn/law";
import type { PersonListPage } from "@aldyn/contract";
import type { LoggedIn } from "../../test/app.ts";
import {
  confidentialityWorld,
  medicalMeasure,
  protectiveOrder,
  type ConfidentialityWorld,
} from "../preventive-measures/confidentiality.fixture.ts";
import { HOUR, issue, newPerson, warningBody } from "../preventive-measures/measures.fixture.ts";
import { createVia, get, personInput, post } from "./persons.fixture.ts";
import { measureKindBit } from "./list-persons.ts";

/**
 * The persons list's projection (migration 0027): kept by the writes' triggers as a rebuild computes
 * it, merged records counted for the kept one, and what it must not tell: a victim's card (001 Art.
 * 83(2)) to a reader who does not clear it, a measure confidential as a whole to anyone.
 */

let w: ConfidentialityWorld;

async function list(query: string, who: LoggedIn): Promise<PersonListPage> {
  const res = await get(w, who, `/api/v1/persons/list?${query}`);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as PersonListPage;
}
const ids = (p: PersonListPage) => p.items.map((i) => i.id);

async function overviewRows() {
  const r = await sql<Record<string, unknown>>`SELECT * FROM person_overview ORDER BY person_id`.execute(
    w.t.db,
  );
  return r.rows;
}

let subject: string;
let victim: string;
beforeAll(async () => {
  w = await confidentialityWorld();
  subject = await newPerson(w, w.as.cop1);
  victim = await newPerson(w, w.as.cop1, { born: "1992-03-04" });
  await issue(w, w.dv, protectiveOrder(subject, victim));
});
afterAll(async () => w.close());

describe("a victim's card (001 Art. 83(2))", () => {
  it("is not listed to a reader who does not clear it; the domestic violence inspector sees it", async () => {
    expect(ids(await list("", w.as.cop1))).not.toContain(victim);
    expect(ids(await list("", w.as.cop1))).toContain(subject);
    expect(ids(await list("", w.dv))).toContain(victim);
    expect(ids(await list("register=off", w.head))).not.toContain(victim);
  });

  it("found by name or IIN it shows as the search does: no personal field, nothing of the card, audited with none", async () => {
    const iin = (await list("", w.dv)).items.find((i) => i.id === victim)!.personal!.iin!;
    const last = await w.t.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirstOrThrow();
    const page = await list(`iin=${iin}`, w.as.cop1);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      id: victim,
      personal: null,
      register: null,
      lastMeasure: null,
      responsible: null,
      withheld: [{ field: "personal", barrier: "victim", article: "001 Art. 83(2)" }],
    });
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select("fields")
      .where("record_id", "=", victim)
      .where("id", ">", last.id!)
      .execute();
    expect(audit.map((a) => a.fields)).toEqual([[]]);
    // A filter on what the card would tell never finds it.
    expect((await list(`iin=${iin}&measureKind=protective_order`, w.as.cop1)).items).toEqual([]);
  });
});

describe("a measure confidential as a whole (001 Arts. 58, 83(2))", () => {
  it("is neither the last measure nor a kind to filter by, for any reader", async () => {
    const p = await newPerson(w, w.as.cop1);
    await issue(w, w.as.cop1, warningBody(p, new Date(Date.now() - 5 * HOUR)));
    await issue(w, w.as.cop1, medicalMeasure(p));
    for (const who of [w.as.cop1, w.head]) {
      const item = (await list("", who)).items.find((i) => i.id === p)!;
      expect(item.lastMeasure?.kind).toBe("official_warning");
      expect(ids(await list("measureKind=compulsory_medical_measure", who))).not.toContain(p);
    }
  });
});

describe("the projection (migration 0027)", () => {
  it("a merged record's measures count for the kept record, which alone is listed", async () => {
    const kept = await newPerson(w, w.as.cop1, { born: "1983-08-08" });
    const dup = (
      await createVia(w, w.as.cop1, {
        ...personInput(w.d1.id),
        iin: null,
        noIinReason: "identity_unestablished",
        citizenship: "XXX",
        birthDate: "1983-08-08",
        sex: "male",
      })
    ).id;
    await issue(w, w.as.cop1, warningBody(dup, new Date(Date.now() - 3 * HOUR)));
    expect(ids(await list("", w.as.cop1))).toContain(dup);
    const version = (
      await w.t.db.selectFrom("person").select("version").where("id", "=", kept).executeTakeFirstOrThrow()
    ).version;
    const res = await post(w, w.as.cop1, `/api/v1/persons/${kept}/merge`, { otherId: dup, version });
    expect(res.statusCode).toBe(200);
    const page = await list("", w.as.cop1);
    expect(ids(page)).not.toContain(dup);
    expect(page.items.find((i) => i.id === kept)).toMatchObject({
      lastMeasure: { kind: "official_warning" },
      register: { grounds: ["59.2.5_official_warning"] },
    });
  });

  it("the rows the writes' triggers keep are the rows a rebuild computes", async () => {
    const p = await newPerson(w, w.as.cop1);
    await issue(w, w.as.cop1, warningBody(p, new Date(Date.now() - 7 * HOUR)));
    await sql`UPDATE person SET last_name_cyr = 'Жаңаев' WHERE id = ${p}`.execute(w.t.db);
    const kept = await overviewRows();
    expect(kept.length).toBeGreaterThanOrEqual(5);
    // As the synthetic loader runs it: as the owner (it empties the table first).
    await sql`SELECT person_overview_rebuild()`.execute(w.t.tdb.owner.db);
    expect(await overviewRows()).toEqual(kept);
  });

  it("a measure kind's bit is the same in SQL and here, for every kind of the law (001 Art. 48(3))", async () => {
    const r = await sql<{ kind: string; bit: number }>`
      SELECT k AS kind, measure_kind_bit(k) AS bit FROM unnest(${[...MEASURE_KINDS]}::text[]) AS k`.execute(
      w.t.db,
    );
    expect(r.rows).toEqual(MEASURE_KINDS.map((kind, i) => ({ kind, bit: 2 ** i })));
    expect(MEASURE_KINDS.map(measureKindBit)).toEqual(MEASURE_KINDS.map((_, i) => 2 ** i));
  });
});
