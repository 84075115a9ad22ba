import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import { CLEAN_CANDIDATE, get, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";
import type { LoggedIn } from "../../test/app.ts";

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

describe("a certificate number issued twice at the same time (003 p.16)", () => {
  /** A selected participant without a certificate yet. */
  async function uncertified(name: string): Promise<Participant> {
    const res = await post(w.t, w.rep, "/api/v1/npm/participants", {
      fullName: name,
      categories: ["lawyer"],
      regionCode: "ABA",
      selectedOn: "2026-01-15",
      candidate: CLEAN_CANDIDATE,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Participant;
  }
  const issue = (who: LoggedIn, person: Participant, number: string) =>
    post(w.t, who, `/api/v1/npm/participants/${person.id}/certificate`, {
      version: person.version,
      number,
      issuedOn: "2026-02-02",
    });
  /** What the database holds for the number, and the audit rows of the issues. */
  async function holders(number: string, ids: string[]) {
    const rows = await w.t.db
      .selectFrom("npm_participant")
      .select(["id", "certificate_number", "certificate_issued_on", "version"])
      .where("id", "in", ids)
      .orderBy("id")
      .execute();
    const audits = await w.t.db
      .selectFrom("audit_log")
      .select("record_id")
      .where("action", "=", "npm_participant.certificate")
      .where("record_id", "in", ids)
      .execute();
    return {
      withNumber: rows.filter((r) => r.certificate_number === number).map((r) => r.id),
      rows,
      audited: audits.map((a) => a.record_id),
    };
  }

  it("two issues of one number race: one is issued, the other is a 409 and writes nothing", async () => {
    const a = await uncertified("Racer A");
    const b = await uncertified("Racer B");
    const [ra, rb] = await Promise.all([issue(w.rep, a, "NPM-C-RACE"), issue(w.rep, b, "NPM-C-RACE")]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 409]);
    const loser = ra.statusCode === 409 ? ra : rb;
    expect(JSON.parse(loser.body)).toMatchObject({ error: { code: "conflict.duplicate" } });
    const winner = ra.statusCode === 200 ? a : b;
    const h = await holders("NPM-C-RACE", [a.id, b.id]);
    expect(h.withNumber).toEqual([winner.id]);
    expect(h.audited).toEqual([winner.id]);
    const other = h.rows.find((r) => r.id !== winner.id)!;
    expect(other).toMatchObject({ certificate_number: null, certificate_issued_on: null, version: 1 });
  });

  it("an issue that passed the check but meets the constraint at the write is a 409, never a 500", async () => {
    // Another issue of the number is written but not yet committed, so the check cannot see it: the
    // update then waits on the unique index and fails with 23505 when that issue commits.
    const a = await uncertified("Holder A");
    const b = await uncertified("Holder B");
    const res = await w.t.db.connection().execute(async (conn) => {
      await sql`begin`.execute(conn);
      await conn
        .updateTable("npm_participant")
        .set({
          certificate_number: "NPM-C-HELD",
          certificate_issued_on: "2026-02-01",
          version: a.version + 1,
        })
        .where("id", "=", a.id)
        .execute();
      const pending = issue(w.rep, b, "NPM-C-HELD");
      for (let i = 0; i < 200; i++) {
        const { n } = (
          await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
            where wait_event_type = 'Lock' and query ilike '%npm_participant%'`.execute(w.t.db)
        ).rows[0]!;
        if (n > 0) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      await sql`commit`.execute(conn);
      return pending;
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: "conflict.duplicate", field: "number" } });
    const h = await holders("NPM-C-HELD", [a.id, b.id]);
    expect(h.withNumber).toEqual([a.id]);
    expect(h.audited).toEqual([]);
    expect(h.rows.find((r) => r.id === b.id)).toMatchObject({ certificate_number: null, version: 1 });
  });
});
