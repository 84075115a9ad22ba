import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "./pdf-text.test-helper.ts";
import {
  getJson,
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

describe("printed form of a measure (issue 4 item 6)", () => {
  it("an official warning prints in Russian and Kazakh with the person's name and Art. 51, and the read is audited", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 3600_000)));
    const person = await w.t.db
      .selectFrom("person")
      .select(["last_name_cyr", "iin"])
      .where("id", "=", personId)
      .executeTakeFirstOrThrow();
    for (const lang of ["ru", "kk"]) {
      const res = await getJson(w, w.as.cop1, `/api/v1/measures/${m.id}/document.pdf?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("application/pdf");
      expect(res.headers["content-disposition"]).toMatch(/^attachment;/);
      const text = await pdfText(res.rawPayload);
      expect(text).toContain(person.last_name_cyr);
      expect(text).toContain(person.iin!);
      expect(text).toContain("Art. 51");
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
    expect(text).toContain("Art. 59");
    const person = await w.t.db
      .selectFrom("person")
      .select("last_name_cyr")
      .where("id", "=", personId)
      .executeTakeFirstOrThrow();
    expect(text).toContain(person.last_name_cyr);
  });

  it("an inspector of another district may not print it", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 3600_000)));
    const res = await getJson(w, w.as.cop2, `/api/v1/measures/${m.id}/document.pdf?lang=ru`);
    expect(res.statusCode).toBe(403);
  });
});
