import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import { CLEAN_CANDIDATE, get, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

const err = (body: string) => (JSON.parse(body) as { error: { code: string; article?: string } }).error;
interface Participant {
  id: string;
  version: number;
  certificate: { number: string; issuedOn: string; validToday: boolean } | null;
  powersActive: boolean;
  termination: { ground: string; article: string } | null;
}

describe("the participant's certificate (003 p.16) and termination (000 Art. 31)", () => {
  it("the Commissioner's office issues the certificate, which then prints; refusals carry their rule", async () => {
    const { t, rep, council, p } = w;
    const created = await post(t, rep, "/api/v1/npm/participants", {
      fullName: "Aigerim Nurlanovna",
      categories: ["social_worker"],
      regionCode: "ABA",
      selectedOn: "2026-01-15",
      candidate: CLEAN_CANDIDATE,
    });
    expect(created.statusCode, created.body).toBe(201);
    let person = created.json() as Participant;
    expect(person.certificate).toBeNull();
    const issue = (who: typeof rep, body: Record<string, unknown>) =>
      post(t, who, `/api/v1/npm/participants/${person.id}/certificate`, { version: person.version, ...body });

    // Not by a participant nor the Council; not before selection (000 Art. 26(3)).
    for (const who of [p[0]!, council])
      expect((await issue(who, { number: "NPM-C-100", issuedOn: "2026-02-02" })).statusCode).toBe(403);
    const early = await issue(rep, { number: "NPM-C-100", issuedOn: "2026-01-10" });
    expect(early.statusCode).toBe(422);
    expect(err(early.body)).toMatchObject({
      code: "npm_participant.certificate_without_powers",
      article: "003 p.16",
    });
    // A number already issued to another participant is a conflict.
    expect((await issue(rep, { number: "NPM-C-1", issuedOn: "2026-02-02" })).statusCode).toBe(409);

    const issued = await issue(rep, { number: "NPM-C-100", issuedOn: "2026-02-02" });
    expect(issued.statusCode, issued.body).toBe(200);
    person = issued.json() as Participant;
    expect(person.certificate).toMatchObject({ number: "NPM-C-100", issuedOn: "2026-02-02" });
    const pdf = await get(t, council, `/api/v1/npm/participants/${person.id}/certificate.pdf?lang=ru`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toContain("application/pdf");
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain("NPM-C-100");
    expect(text).toContain("Aigerim Nurlanovna");

    // Termination on a ground of Art. 31; "other case" names the law (31(7)).
    const end = (body: Record<string, unknown>) =>
      post(t, rep, `/api/v1/npm/participants/${person.id}/termination`, { version: person.version, ...body });
    const noBasis = await end({ ground: "other_statutory_case", on: "2026-03-01" });
    expect(noBasis.statusCode).toBe(422);
    expect(err(noBasis.body)).toMatchObject({
      code: "npm_participant.termination_basis_required",
      article: "000 Art. 31(7)",
    });
    const ended = await end({ ground: "permanent_residence_abroad", on: "2026-03-01" });
    expect(ended.statusCode, ended.body).toBe(200);
    person = ended.json() as Participant;
    expect(person).toMatchObject({
      powersActive: false,
      termination: { ground: "permanent_residence_abroad", article: "000 Art. 31(4)" },
    });
    // No new certificate once the powers ended.
    const late = await issue(rep, { number: "NPM-C-101", issuedOn: "2026-03-02" });
    expect(late.statusCode).toBe(422);
    expect(err(late.body)).toMatchObject({ code: "npm_participant.certificate_without_powers" });
  });
});
