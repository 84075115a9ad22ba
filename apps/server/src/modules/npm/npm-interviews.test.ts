import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import type { LoggedIn } from "../../test/app.ts";
import { get, institution, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
/** A special visit of p1 and p2, started; a second one never started. */
let visitId: string;
let plannedId: string;

interface ErrorJson {
  error: { code: string; article?: string; field?: string; details?: { code: string; field: string }[] };
}
interface Interview {
  id: string;
  label: string;
  intervieweeName: string | null;
  interviewerParticipantId: string;
  version: number;
  summary: string;
}
const err = (body: string) => (JSON.parse(body) as ErrorJson).error;

async function specialVisit(on: string, start: boolean): Promise<string> {
  const inst = await institution(w, `Isolator ${on}`, { kind: "temporary_isolation_facility" });
  const c = await post(w.t, w.p[0]!, "/api/v1/npm/complaints", {
    receivedAt: `${on}T09:00:00+05:00`,
    institutionId: inst,
    complainantName: "B.",
    summary: "Torture.",
  });
  const res = await post(w.t, w.rep, "/api/v1/npm/visits", {
    kind: "special",
    form: "one_time",
    institutionIds: [inst],
    members: w.pid.slice(0, 2).map((participantId) => ({ participantId })),
    startsOn: on,
    endsOn: on,
    commissionerDecision: "Decision No. 7",
    tortureComplaintIds: [(c.json() as { id: string }).id],
  });
  if (res.statusCode !== 201) throw new Error(`visit: ${res.body}`);
  const v = res.json() as { id: string; version: number };
  if (start) {
    const s = await post(w.t, w.p[0]!, `/api/v1/npm/visits/${v.id}/facts`, {
      version: v.version,
      type: "started",
      on,
    });
    if (s.statusCode >= 300) throw new Error(`start: ${s.body}`);
  }
  return v.id;
}

beforeAll(async () => {
  w = await npmWorld();
  visitId = await specialVisit("2026-03-03", true);
  plannedId = await specialVisit("2026-03-10", false);
}, 60_000);
afterAll(async () => w.close());

const held = {
  category: "held_person",
  withoutWitnesses: true,
  interpreterUsed: true,
  rightsExplained: true,
  summary: "Complains of night searches; asks for a doctor.",
};
const url = () => `/api/v1/npm/visits/${visitId}/interviews`;
const count = async (): Promise<number> =>
  Number((await sql<{ n: number }>`select count(*)::int as n from npm_interview`.execute(w.t.db)).rows[0]!.n);
const put = (who: LoggedIn, id: string, payload: object) =>
  w.t.app.inject({ method: "PUT", url: `/api/v1/npm/interviews/${id}`, headers: who.headers, payload });

describe("NPM interviews (000 Art. 29(1)(4); 003 pp.17-23)", () => {
  it("a member records an interview without witnesses; the group and the Commissioner's office read it, audited", async () => {
    const res = await post(w.t, w.p[0]!, url(), { ...held, intervieweeName: "Serik A." });
    expect(res.statusCode, res.body).toBe(201);
    const iv = res.json() as Interview;
    expect(iv).toMatchObject({
      label: "I-1",
      intervieweeName: "Serik A.",
      interviewerParticipantId: w.pid[0],
    });
    const anon = await post(w.t, w.p[1]!, url(), { ...held, category: "staff", withoutWitnesses: false });
    expect(anon.statusCode, anon.body).toBe(201);
    expect(anon.json()).toMatchObject({ label: "I-2", intervieweeName: null });

    for (const who of [w.p[1]!, w.rep]) {
      const list = await get(w.t, who, url());
      expect(list.statusCode).toBe(200);
      expect((list.json() as { items: Interview[] }).items.map((i) => i.label)).toEqual(["I-1", "I-2"]);
    }
    const one = await get(w.t, w.rep, `/api/v1/npm/interviews/${iv.id}`);
    expect(one.statusCode).toBe(200);
    const audit = await sql<{ action: string; fields: string[] }>`
      select action, fields from audit_log where record_id = ${iv.id} order by id`.execute(w.t.db);
    expect(audit.rows.map((r) => r.action)).toEqual([
      "npm_interview.create",
      "npm_interview.read",
      "npm_interview.read",
      "npm_interview.read",
      "npm_interview.read",
    ]);
    expect(audit.rows[1]!.fields).toEqual(["intervieweeName", "summary"]);
  });

  it("refuses a participant outside the group, the Coordinating Council and the police (403), writing nothing", async () => {
    const before = await count();
    const id = ((await get(w.t, w.rep, url())).json() as { items: Interview[] }).items[0]!.id;
    for (const who of [w.p[2]!, w.council, w.outsiders.get("police_inspector_local")!]) {
      expect((await get(w.t, who, url())).statusCode).toBe(403);
      expect((await get(w.t, who, `/api/v1/npm/interviews/${id}`)).statusCode).toBe(403);
      expect((await get(w.t, who, `${url()}/report-summaries`)).statusCode).toBe(403);
      expect((await post(w.t, who, url(), held)).statusCode).toBe(403);
      expect((await put(who, id, { ...held, version: 1 })).statusCode).toBe(403);
    }
    expect(await count()).toBe(before);
  });

  it.each<[string, object, string, string]>([
    [
      "003 p.20 para 2: the summary in the report without consent",
      { ...held, includeInReport: true },
      "npm_interview.disclosure_without_consent",
      "003 p.20",
    ],
    [
      "003 p.22: a person held heard with witnesses without the administration's notice",
      { ...held, withoutWitnesses: false },
      "npm_interview.confidentiality_limited_without_notice",
      "003 p.22",
    ],
    [
      "003 p.23: the refusal of the restriction not in writing",
      { ...held, securityThreatNotified: true, restrictionRefused: true },
      "npm_interview.refusal_not_in_writing",
      "003 p.23",
    ],
    [
      "000 Art. 29(1)(4): the interviewer is not a participant of the group",
      { ...held, interviewerParticipantId: "" },
      "npm_interview.interviewer_not_member",
      "000 Art. 29(1)(4)",
    ],
  ])("%s → 422 with the article, nothing written", async (_name, body, code, article) => {
    const before = await count();
    // The Commissioner's office records on behalf of a member (p1), or of p3 who is not one.
    const member = "interviewerParticipantId" in body ? w.pid[2] : w.pid[0];
    const payload = { ...body, interviewerParticipantId: member };
    const res = await post(w.t, w.rep, url(), payload);
    expect(res.statusCode, res.body).toBe(422);
    expect(err(res.body)).toMatchObject({ code, article });
    expect(await count()).toBe(before);
  });

  it("003 p.17: a visit that has not started has no interviews yet (422)", async () => {
    const res = await post(w.t, w.p[0]!, `/api/v1/npm/visits/${plannedId}/interviews`, held);
    expect(res.statusCode).toBe(422);
    expect(err(res.body)).toMatchObject({ code: "npm_interview.visit_not_started", article: "003 p.17" });
  });

  it("003 pp.22-23: a limit notified by the administration and refused in writing is recorded", async () => {
    const res = await post(w.t, w.p[0]!, url(), {
      ...held,
      securityThreatNotified: true,
      securityThreatNote: "The administration cites a threat to the participant.",
      restrictionRefused: true,
      restrictionRefusalText: "I refuse the restriction of confidentiality.",
      followUpReprisals: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ restrictionRefused: true, followUpReprisals: true });
  });

  it("bad input is a 400 naming the field, and writes nothing", async () => {
    const before = await count();
    const cases = [
      { ...held, summary: "" },
      { ...held, category: "prisoner" },
      { ...held, withoutWitnesses: "yes" },
    ];
    for (const body of cases) {
      const res = await post(w.t, w.p[0]!, url(), body);
      expect(res.statusCode, res.body).toBe(400);
      expect(err(res.body).code).toBe("validation.failed");
    }
    expect(await count()).toBe(before);
  });

  it("a correction is a new version; a stale version is 409; the report carries consented summaries only, without names", async () => {
    const created = (
      await post(w.t, w.p[1]!, url(), { ...held, intervieweeName: "Aigerim B." })
    ).json() as Interview;
    const ok = await put(w.p[0]!, created.id, {
      ...held,
      intervieweeName: "Aigerim B.",
      consentToDisclose: true,
      includeInReport: true,
      summary: "Consented: describes the visiting room.",
      version: created.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: created.version + 1, includeInReport: true });
    const stale = await put(w.p[0]!, created.id, { ...held, version: created.version });
    expect(stale.statusCode).toBe(409);
    expect(err(stale.body).code).toBe("conflict.stale_version");

    const summaries = await get(w.t, w.p[0]!, `${url()}/report-summaries`);
    expect(summaries.statusCode).toBe(200);
    expect(summaries.json()).toEqual({
      items: [
        { label: created.label, category: "held_person", summary: "Consented: describes the visiting room." },
      ],
    });
    expect(summaries.body).not.toContain("Aigerim");
  });

  it("000 Art. 34; 003 p.20: no interview's name, label or summary reaches the annual report or its exports", async () => {
    const secrets = ["Serik A.", "Aigerim B.", "night searches", "visiting room"];
    const draft = await post(w.t, w.p[0]!, "/api/v1/npm/annual-reports", { year: 2026 });
    expect(draft.statusCode, draft.body).toBe(201);
    const base = "/api/v1/npm/annual-reports/2026";
    const bodies = [draft.body, (await get(w.t, w.rep, `${base}/figures`)).body];
    for (const lang of ["kk", "ru"]) {
      const html = await get(w.t, w.rep, `${base}/report.html?lang=${lang}`);
      expect(html.statusCode).toBe(200);
      const pdf = await get(w.t, w.rep, `${base}/report.pdf?lang=${lang}`);
      expect(pdf.statusCode).toBe(200);
      bodies.push(html.body, await pdfText(pdf.rawPayload));
    }
    for (const body of bodies) for (const secret of secrets) expect(body).not.toContain(secret);
  });
});
