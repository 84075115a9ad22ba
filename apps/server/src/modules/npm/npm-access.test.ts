import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CLEAN_CANDIDATE,
  NON_NPM_ROLES,
  get,
  institution,
  npmWorld,
  post,
  type NpmWorld,
} from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

const ID = "00000000-0000-4000-8000-000000000001";
const V = { version: 1 };
/** Every NPM endpoint with a body that passes the schema, so the refusal is the access rule's. */
const ENDPOINTS: ReadonlyArray<[string, string, unknown?]> = [
  ["GET", "/api/v1/npm/participants"],
  ["GET", `/api/v1/npm/participants/${ID}`],
  [
    "POST",
    "/api/v1/npm/participants",
    {
      fullName: "X",
      categories: ["lawyer"],
      regionCode: "ABA",
      selectedOn: "2026-01-01",
      candidate: CLEAN_CANDIDATE,
    },
  ],
  ["POST", `/api/v1/npm/participants/${ID}/certificate`, { ...V, number: "N", issuedOn: "2026-01-01" }],
  ["POST", `/api/v1/npm/participants/${ID}/termination`, { ...V, ground: "resignation", on: "2026-01-01" }],
  ["GET", "/api/v1/npm/institutions"],
  ["GET", `/api/v1/npm/institutions/${ID}`],
  [
    "POST",
    "/api/v1/npm/institutions",
    { name: "X", kind: "penal_institution", regionCode: "ABA", address: "A", department: "D" },
  ],
  ["PATCH", `/api/v1/npm/institutions/${ID}`, { ...V, name: "X" }],
  ["GET", "/api/v1/npm/coverage"],
  ["GET", "/api/v1/npm/plans"],
  ["GET", `/api/v1/npm/plans/${ID}`],
  [
    "POST",
    "/api/v1/npm/plans",
    { title: "P", periodFrom: "2026-01-01", periodUntil: "2026-12-31", visits: [] },
  ],
  ["POST", `/api/v1/npm/plans/${ID}/approve`, { ...V, approvedOn: "2026-01-01" }],
  ["GET", "/api/v1/npm/visits"],
  ["GET", `/api/v1/npm/visits/${ID}`],
  [
    "POST",
    "/api/v1/npm/visits",
    {
      kind: "periodic",
      form: "one_time",
      institutionIds: [ID],
      members: [],
      startsOn: "2026-01-05",
      endsOn: "2026-01-05",
    },
  ],
  ["POST", `/api/v1/npm/visits/${ID}/members`, { ...V, member: { participantId: ID } }],
  ["POST", `/api/v1/npm/visits/${ID}/facts`, { ...V, type: "started", on: "2026-01-05" }],
  ["POST", `/api/v1/npm/visits/${ID}/facts`, { ...V, type: "report_signed" }],
  ["POST", `/api/v1/npm/visits/${ID}/report`, { ...V, findings: "F" }],
  ["POST", `/api/v1/npm/recommendations/${ID}/answer`, { ...V, status: "implemented" }],
  ["GET", "/api/v1/npm/complaints"],
  ["GET", `/api/v1/npm/complaints/${ID}`],
  [
    "POST",
    "/api/v1/npm/complaints",
    { receivedAt: "2026-01-05T10:00:00+05:00", complainantName: "A", summary: "S" },
  ],
  ["POST", `/api/v1/npm/complaints/${ID}/transfer`, V],
  ["GET", `/api/v1/npm/visits/${ID}/interviews`],
  ["GET", `/api/v1/npm/visits/${ID}/interviews/report-summaries`],
  [
    "POST",
    `/api/v1/npm/visits/${ID}/interviews`,
    { category: "other", withoutWitnesses: true, summary: "S" },
  ],
  ["GET", `/api/v1/npm/interviews/${ID}`],
  ["PUT", `/api/v1/npm/interviews/${ID}`, { ...V, category: "other", withoutWitnesses: true, summary: "S" }],
  // The annual consolidated report and its financial report (000 Arts. 34, 36(2)).
  ["POST", `/api/v1/npm/visits/${ID}/costs`, { item: "Fuel", amountKzt: 1 }],
  ["GET", "/api/v1/npm/annual-reports/2020/figures"],
  ["GET", "/api/v1/npm/annual-reports/2020"],
  ["POST", "/api/v1/npm/annual-reports", { year: 2020 }],
  ["PUT", "/api/v1/npm/annual-reports/2020/draft", { ...V, legislationSuggestions: ["S"] }],
  ["POST", "/api/v1/npm/annual-reports/2020/approve", { ...V, approvedOn: "2021-01-20" }],
  ["POST", "/api/v1/npm/annual-reports/2020/publication", { ...V, postedOn: "2021-01-25" }],
  ["POST", "/api/v1/npm/annual-reports/2020/recipients", { bodyName: "B", receivedOn: "2021-01-25" }],
  ["POST", `/api/v1/npm/annual-reports/2020/recipients/${ID}/answer`, { ...V, answeredOn: "2021-03-01" }],
  ["GET", "/api/v1/npm/annual-reports/2020/report.html"],
  ["GET", "/api/v1/npm/annual-reports/2020/report.pdf"],
];

describe("NPM confidentiality (000 Art. 35; 003 p.29)", () => {
  it("refuses every role outside the NPM — police, prosecutor, admin, analyst and the rest — on every NPM endpoint", async () => {
    await institution(w, "Colony No. 2");
    const leaks: string[] = [];
    for (const role of NON_NPM_ROLES) {
      const who = w.outsiders.get(role)!;
      for (const [method, url, payload] of ENDPOINTS) {
        const res = await w.t.app.inject({
          method: method as "GET" | "POST" | "PUT" | "PATCH",
          url,
          headers: who.headers,
          ...(payload ? { payload: payload as object } : {}),
        });
        if (res.statusCode !== 403) leaks.push(`${role} ${method} ${url} → ${res.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("lets NPM roles read the catalogue and plans", async () => {
    for (const who of [w.rep, w.council, w.p[0]!])
      expect((await get(w.t, who, "/api/v1/npm/plans")).statusCode).toBe(200);
  });
});

describe("participants (000 Arts. 26(3), 28, 31; 003 p.16)", () => {
  it("refuses an ineligible candidate with every failed ground and its article", async () => {
    const res = await post(w.t, w.rep, "/api/v1/npm/participants", {
      fullName: "Candidate",
      categories: ["lawyer"],
      regionCode: "ABA",
      selectedOn: "2026-02-01",
      candidate: { ...CLEAN_CANDIDATE, unexpungedCriminalRecord: true, offices: ["advocate"] },
    });
    expect(res.statusCode).toBe(422);
    const details = (res.json() as { error: { details: { code: string; message: string }[] } }).error.details;
    expect(details.map((d) => d.code)).toEqual([
      "npm_participant.criminal_record",
      "npm_participant.incompatible_office",
    ]);
    expect(details[0]!.message).toContain("000 Art. 28(1)(1)");
    expect(details[1]!.message).toContain("000 Art. 28(1)(4)");
  });

  it("shows the certificate and ends the powers on a ground of Art. 31; an unknown ground is refused", async () => {
    const id = w.pid[3]!;
    const before = (await get(w.t, w.council, `/api/v1/npm/participants/${id}`)).json() as {
      version: number;
      certificate: { number: string; validToday: boolean };
    };
    expect(before.certificate).toMatchObject({ number: "NPM-C-4", validToday: true });
    const bad = await post(w.t, w.rep, `/api/v1/npm/participants/${id}/termination`, {
      version: before.version,
      ground: "bored",
      on: "2026-03-01",
    });
    expect(bad.statusCode).toBe(422);
    expect((bad.json() as { error: { code: string } }).error.code).toBe(
      "npm_participant.termination_ground_unknown",
    );
    const ok = await post(w.t, w.rep, `/api/v1/npm/participants/${id}/termination`, {
      version: before.version,
      ground: "resignation",
      on: "2026-03-01",
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      powersActive: false,
      termination: { ground: "resignation", article: "000 Art. 31(2)" },
      certificate: { validToday: false },
    });
  });

  it("special visits: the Commissioner's office decides on a registered report, a participant cannot, and the group is at most two (003 pp.10-11)", async () => {
    const inst = await institution(w, "Isolator", { kind: "temporary_isolation_facility" });
    const c = await post(w.t, w.p[0]!, "/api/v1/npm/complaints", {
      receivedAt: "2026-11-10T09:00:00+05:00",
      institutionId: inst,
      complainantName: "B.",
      summary: "Torture.",
    });
    const complaintId = (c.json() as { id: string }).id;
    const body = {
      kind: "special",
      form: "one_time",
      institutionIds: [inst],
      members: w.pid.slice(0, 3).map((participantId) => ({ participantId })),
      startsOn: "2026-11-11",
      endsOn: "2026-11-11",
      commissionerDecision: "Decision No. 5",
      tortureComplaintIds: [complaintId],
    };
    const three = await post(w.t, w.rep, "/api/v1/npm/visits", body);
    expect((three.json() as { error: { code: string; article: string } }).error).toMatchObject({
      code: "npm_visit.group_too_large",
      article: "003 p.11",
    });
    const byParticipant = await post(w.t, w.p[0]!, "/api/v1/npm/visits", {
      ...body,
      members: body.members.slice(0, 2),
    });
    expect((byParticipant.json() as { error: { code: string } }).error.code).toBe(
      "npm_visit.special_not_decided_by_commissioner",
    );
    const ok = await post(w.t, w.rep, "/api/v1/npm/visits", { ...body, members: body.members.slice(0, 2) });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
