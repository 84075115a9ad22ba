import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cite } from "../documents/messages-common.ts";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import { NON_NPM_ROLES, get, institution, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

const YEAR = 2020;
const SECRET_COMPLAINANT = "Жанна Секретова";
const SECRET_IIN = "880101400123";

/** The year's world written straight to the tables: the figures are what is counted from them. */
async function seed(): Promise<{ v1: string; v2: string; doctor: string }> {
  const db = w.t.db;
  const { id: by } = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", "rep")
    .executeTakeFirstOrThrow();
  const a = await institution(w, "Colony A", { regionCode: "ABA" });
  const b = await institution(w, "Centre B", { regionCode: "ABA", kind: "minors_adaptation_centre" });
  const c = await institution(w, "Colony C", { regionCode: "AST" });
  const members = JSON.stringify(w.pid.slice(0, 2).map((participantId) => ({ participantId })));
  const visit = async (kind: string, ids: string[], startsOn: string) =>
    (
      await db
        .insertInto("npm_visit")
        .values({
          kind,
          form: "one_time",
          institution_ids: ids,
          members,
          starts_on: startsOn,
          ends_on: startsOn,
          created_by: by,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const v1 = await visit("periodic", [a, b], `${YEAR}-03-02`);
  const v2 = await visit("special", [c], `${YEAR}-05-04`);
  const cancelled = await visit("intermediate", [a], `${YEAR}-06-01`);
  const lastYear = await visit("periodic", [c], `${YEAR - 1}-12-02`);
  const fact = (visitId: string, type: string, data: Record<string, unknown>) =>
    db
      .insertInto("npm_visit_fact")
      .values({ visit_id: visitId, type, data: JSON.stringify(data), recorded_by: by })
      .execute();
  await fact(cancelled, "cancelled", { at: `${YEAR}-05-30T10:00:00Z`, reason: "quarantine" });
  await fact(v1, "torture_signs_revealed", { at: `${YEAR}-03-02T10:00:00Z` });
  const complaint = async (n: string, receivedAt: string, transferred: boolean) =>
    (
      await db
        .insertInto("npm_complaint")
        .values({
          registration_number: n,
          received_at: receivedAt,
          received_by_participant_id: w.pid[0]!,
          complainant_name: `${SECRET_COMPLAINANT} ${SECRET_IIN}`,
          complainant_contact: "+7 701 000 00 00",
          summary: `Жалоба ${SECRET_COMPLAINANT}`,
          registered_at: receivedAt,
          transferred_at: transferred ? receivedAt : null,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const c1 = await complaint("NPM-1", `${YEAR}-03-02T11:00:00+05:00`, true);
  await complaint("NPM-2", `${YEAR}-07-01T11:00:00+05:00`, false);
  await complaint("NPM-3", `${YEAR - 1}-12-31T20:00:00+05:00`, true);
  for (const [v, listed] of [
    [v1, [c1]],
    [v2, []],
  ] as const) {
    await fact(v, "report_submitted", { at: "2020-05-05T10:00:00Z", listedComplaintIds: listed });
    await db
      .insertInto("npm_report")
      .values({
        visit_id: v,
        findings: `Findings naming ${SECRET_COMPLAINANT}`,
        listed_complaint_ids: [...listed],
        submitted_at: "2020-05-05T10:00:00Z",
        submitted_by: by,
      })
      .execute();
  }
  const rec = async (
    visitId: string,
    addressee: string,
    status: string,
    text = `About ${SECRET_COMPLAINANT}`,
  ) =>
    (
      await db
        .insertInto("npm_recommendation")
        .values({ visit_id: visitId, addressee, text, status })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  await rec(v1, "Penal Execution Committee", "open");
  await rec(v1, "Penal Execution Committee", "implemented");
  // The one the Council includes (000 Art. 34(2)); the others, naming the complainant, stay out.
  const doctor = await rec(v2, "Ministry of Health", "in_progress", "Keep a doctor on duty at night");
  await rec(lastYear, "Ministry of Health", "open");
  return { v1, v2, doctor };
}

const NO_PERSONAL = [SECRET_COMPLAINANT, SECRET_IIN, "+7 701", "Participant 1", "Participant 2"];
const expectNoPersonal = (text: string) => {
  for (const s of NO_PERSONAL) expect(text).not.toContain(s);
};

describe("NPM annual consolidated report (issue 5 item 7; 000 Arts. 34, 36(2))", () => {
  it("figures, draft, approval by the Council, publication due, answers, exports without personal data", async () => {
    const { t, rep, council, p } = w;
    const { v1, v2, doctor } = await seed();
    for (const [v, amountKzt] of [
      [v1, 100000.5],
      [v1, 20000],
      [v2, 50000],
    ] as const) {
      const res = await post(t, p[0]!, `/api/v1/npm/visits/${v}/costs`, { item: "Travel", amountKzt });
      expect(res.statusCode, res.body).toBe(201);
    }

    const figRes = await get(t, council, `/api/v1/npm/annual-reports/${YEAR}/figures`);
    expect(figRes.statusCode, figRes.body).toBe(200);
    expect(figRes.json()).toEqual({
      year: YEAR,
      visitsTotal: 2,
      visitsByKind: { periodic: 1, special: 1 },
      visitsByRegion: { ABA: 1, AST: 1 },
      visitsByInstitutionKind: { penal_institution: 2, minors_adaptation_centre: 1 },
      reportsSubmitted: 2,
      reportsLate: 0,
      findingsCount: 2,
      tortureSignsRevealed: 1,
      complaints: { received: 2, transferred: 1, includedInReports: 1 },
      recommendations: { open: 1, implemented: 1, in_progress: 1 },
      recommendationsTotal: 3,
      recommendationsByAddressee: { "Penal Execution Committee": 2, "Ministry of Health": 1 },
      costs: {
        totalKzt: 170000.5,
        visitsWithCost: 2,
        perVisit: [
          { visitId: v1, kind: "periodic", startsOn: `${YEAR}-03-02`, amountKzt: 120000.5 },
          { visitId: v2, kind: "special", startsOn: `${YEAR}-05-04`, amountKzt: 50000 },
        ],
      },
    });
    expectNoPersonal(figRes.body);

    const draft = await post(t, p[0]!, "/api/v1/npm/annual-reports", {
      year: YEAR,
      legislationSuggestions: ["Amend the Penal Execution Code on video recording of searches."],
      recommendationIds: [doctor],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const d = draft.json() as { version: number; status: string; publication: unknown };
    expect(d).toMatchObject({ status: "draft", publication: null });

    // Only the Coordinating Council approves (000 Art. 34(3)).
    for (const who of [p[0]!, rep]) {
      const res = await post(t, who, `/api/v1/npm/annual-reports/${YEAR}/approve`, {
        version: d.version,
        approvedOn: `${YEAR + 1}-01-20`,
      });
      expect(res.statusCode).toBe(403);
    }
    const ok = await post(t, council, `/api/v1/npm/annual-reports/${YEAR}/approve`, {
      version: d.version,
      approvedOn: `${YEAR + 1}-01-20`,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    let report = ok.json() as {
      status: string;
      version: number;
      publication: { dueBy: string };
      recipients: { id: string; version: number; answerDueBy: string; overdue: boolean; late: boolean }[];
      answersOverdue: number;
    };
    expect(report.status).toBe("approved");
    expect(report.publication.dueBy).toBe(`${YEAR + 1}-02-20`);

    // State bodies' answers against the three months of 000 Art. 36(2), recorded by the Commissioner's office.
    for (const bodyName of ["Ministry of Health", "Ministry of Internal Affairs"]) {
      const res = await post(t, rep, `/api/v1/npm/annual-reports/${YEAR}/recipients`, {
        bodyName,
        receivedOn: `${YEAR + 1}-01-25`,
      });
      expect(res.statusCode, res.body).toBe(201);
      report = res.json() as typeof report;
    }
    const first = report.recipients[0]!;
    const answered = await post(t, rep, `/api/v1/npm/annual-reports/${YEAR}/recipients/${first.id}/answer`, {
      version: first.version,
      answeredOn: `${YEAR + 1}-05-01`,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    report = answered.json() as typeof report;
    expect(report.recipients.map((r) => [r.answerDueBy, r.late, r.overdue])).toEqual([
      [`${YEAR + 1}-04-25`, true, false],
      [`${YEAR + 1}-04-25`, false, true],
    ]);
    expect(report.answersOverdue).toBe(1);

    for (const lang of ["kk", "ru"] as const) {
      const pdf = await get(t, council, `/api/v1/npm/annual-reports/${YEAR}/report.pdf?lang=${lang}`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers["content-type"]).toBe("application/pdf");
      const text = await pdfText(pdf.rawPayload);
      expect(text).toContain(
        lang === "kk" ? "шоғырландырылған жылдық баяндамасы" : "консолидированный доклад",
      );
      expect(text).toContain("170000.50");
      expect(text).toContain("video recording of searches");
      // The footer names the article in words; the file code is never printed (R11).
      expect(text).toContain(cite(lang, "000 Art. 34"));
      expect(text).not.toContain("000 Art. 34");
      expectNoPersonal(text);
      const html = await get(t, council, `/api/v1/npm/annual-reports/${YEAR}/report.html?lang=${lang}`);
      expect(html.statusCode).toBe(200);
      expect(html.headers["content-type"]).toContain("text/html");
      expect(html.body).toContain("Penal Execution Committee: 2");
      expect(html.body).toContain("Keep a doctor on duty at night");
      expectNoPersonal(html.body);
    }
  });

  it("refuses approval without recommendations or a financial report (000 Art. 34(2))", async () => {
    const { t, council, p } = w;
    expect((await post(t, p[0]!, "/api/v1/npm/annual-reports", { year: 2011 })).statusCode).toBe(201);
    const res = await post(t, council, "/api/v1/npm/annual-reports/2011/approve", {
      version: 1,
      approvedOn: "2012-01-20",
    });
    expect(res.statusCode).toBe(422);
    const body = res.json() as { error: { details?: { code: string }[] } };
    expect(body.error.details?.map((x) => x.code)).toEqual([
      "npm_annual_report.recommendations_missing",
      "npm_annual_report.financial_report_missing",
    ]);
  });

  it("prints the participant's certificate in kk and ru with number, holder, validity and the Commissioner", async () => {
    const { t, council, pid } = w;
    for (const lang of ["kk", "ru"] as const) {
      const res = await get(t, council, `/api/v1/npm/participants/${pid[0]}/certificate.pdf?lang=${lang}`);
      expect(res.statusCode, res.body).toBe(200);
      const text = await pdfText(res.rawPayload);
      expect(text).toContain("NPM-C-1");
      expect(text).toContain("Participant 1");
      expect(text).toContain("20.01.2026");
      expect(text).toContain(
        lang === "kk" ? "өкілеттіктер тоқтатылғанға дейін" : "до прекращения полномочий",
      );
      expect(text).toContain(
        lang === "kk" ? "Адам құқықтары жөніндегі уәкіл" : "Уполномоченный по правам человека",
      );
      expect(text).toContain(cite(lang, "003 p.16"));
      expect(text).not.toContain("003 p.16");
    }
  });

  it("refuses every non-NPM role the certificate, figures, reports and exports", async () => {
    const { t, pid } = w;
    const urls = [
      `/api/v1/npm/participants/${pid[0]}/certificate.pdf?lang=ru`,
      `/api/v1/npm/annual-reports/${YEAR}/figures`,
      `/api/v1/npm/annual-reports/${YEAR}`,
      `/api/v1/npm/annual-reports/${YEAR}/report.pdf?lang=ru`,
      `/api/v1/npm/annual-reports/${YEAR}/report.html`,
    ];
    for (const role of NON_NPM_ROLES) {
      const who = w.outsiders.get(role)!;
      for (const url of urls) expect((await get(t, who, url)).statusCode, `${role} ${url}`).toBe(403);
      const draft = await post(t, who, "/api/v1/npm/annual-reports", { year: 2012 });
      expect(draft.statusCode, role).toBe(403);
      const approve = await post(t, who, `/api/v1/npm/annual-reports/${YEAR}/approve`, {
        version: 1,
        approvedOn: "2021-01-20",
      });
      expect(approve.statusCode, role).toBe(403);
    }
  });
});
