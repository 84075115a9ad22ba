import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssistancePlan, Shelter, ShelterStay } from "@aldyn/contract";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import {
  familySupportWorld,
  inDays,
  ok,
  openPlan,
  send,
  today,
  type FamilySupportWorld,
} from "./family-support.fixture.ts";

/** The law's file codes (001, 000, 003) never reach a printed form (R11). */
const FILE_CODE = /\b00[013] ?(Arts?|pp?)\b/;

let w: FamilySupportWorld;
let plan: AssistancePlan;
let stay: ShelterStay;
let victimAddress: string;
beforeAll(async () => {
  w = await familySupportWorld();
  plan = await openPlan(w);
  const shelter = ok<Shelter>(
    await send(w, w.as.family, "POST", "/family-support/shelters", {
      name: "Шаңырақ",
      address: "ул. Сарыарка, 17",
      places: 10,
    }),
    201,
  );
  stay = ok<ShelterStay>(
    await send(w, w.as.family, "POST", "/family-support/stays", {
      shelterId: shelter.id,
      personId: w.family.victim,
      familyId: w.family.id,
      admittedOn: today(),
      plannedUntil: inDays(20),
    }),
    201,
  );
  const p = await w.t.db
    .selectFrom("person")
    .select("actual_address")
    .where("id", "=", w.family.victim)
    .executeTakeFirstOrThrow();
  victimAddress = p.actual_address;
}, 60_000);
afterAll(async () => w.close());

async function pdf(url: string, who = w.as.family): Promise<Buffer> {
  const res = await send(w, who, "GET", url);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers["content-type"]).toBe("application/pdf");
  return res.rawPayload;
}

describe("the centre's printed forms (R11.5, R11.6)", () => {
  it.each([
    ["kk", "ЖЕКЕ КӨМЕК КӨРСЕТУ ЖОСПАРЫ", "жұмысқа орналасу"],
    ["ru", "ИНДИВИДУАЛЬНЫЙ ПЛАН ОКАЗАНИЯ ПОМОЩИ", "трудоустройство"],
  ])(
    "001 Art. 55(1): the assistance plan in %s — steps with their areas and bodies, the article in words, no address",
    async (lang, title, area) => {
      const buf = await pdf(`/family-support/plans/${plan.measureId}/pdf?lang=${lang}`);
      if (process.env.FS_PDF_OUT) writeFileSync(`${process.env.FS_PDF_OUT}/plan-${lang}.pdf`, buf);
      const text = await pdfText(buf);
      expect(text).toContain(title);
      expect(text).toContain("Help to find a job");
      expect(text).toContain(area);
      expect(text).toContain("District 1 akimat");
      expect(text).not.toMatch(FILE_CODE);
      expect(text).not.toContain(victimAddress);
    },
  );

  it.each([
    ["kk", "УАҚЫТША ТҰРУҒА ЖОЛДАМА"],
    ["ru", "НАПРАВЛЕНИЕ НА ВРЕМЕННОЕ ПРОЖИВАНИЕ"],
  ])(
    "001 Art. 72(2): the referral in %s carries the shelter's address, never the victim's",
    async (lang, title) => {
      const buf = await pdf(`/family-support/stays/${stay.id}/referral.pdf?lang=${lang}`);
      if (process.env.FS_PDF_OUT) writeFileSync(`${process.env.FS_PDF_OUT}/referral-${lang}.pdf`, buf);
      const text = await pdfText(buf);
      expect(text).toContain(title);
      expect(text).toContain("ул. Сарыарка, 17");
      expect(text).not.toContain(victimAddress);
      expect(text).not.toMatch(FILE_CODE);
    },
  );

  it("001 Art. 83(2): an education officer gets neither form", async () => {
    expect(
      (await send(w, w.fs.edu, "GET", `/family-support/plans/${plan.measureId}/pdf?lang=ru`)).statusCode,
    ).toBe(403);
    expect(
      (await send(w, w.fs.edu, "GET", `/family-support/stays/${stay.id}/referral.pdf?lang=ru`)).statusCode,
    ).toBe(403);
  });
});
