import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import { get, npmWorld, post, specialVisit, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

interface Visit {
  id: string;
  version: number;
}

const COMPLAINANT = "Zhaksylykov Serikbolsyn";
const DISSENT = "The findings understate the overcrowding in block 3.";
const FINDINGS = "Cells of block 3 hold twice their capacity.";

describe("the group's report as PDF for the Council (003 pp.27, 29; R11.5)", () => {
  it("prints findings, members, complaints by number, the dissent in full and the confidential mark; audited; 403 outside the NPM", async () => {
    const { t, rep, council, p } = w;
    const v = await specialVisit(w, "2026-07-14", [0, 1]);
    let visit: Visit = { id: v.id, version: v.version };
    const fact = async (who: (typeof p)[number], body: Record<string, unknown>) => {
      const res = await post(t, who, `/api/v1/npm/visits/${v.id}/facts`, { version: visit.version, ...body });
      expect(res.statusCode, res.body).toBe(201);
      visit = res.json() as Visit;
    };
    const c = await post(t, p[0]!, "/api/v1/npm/complaints", {
      receivedAt: "2026-07-14T11:00:00+05:00",
      visitId: v.id,
      institutionId: v.institutionId,
      complainantName: COMPLAINANT,
      summary: "Beaten during the search.",
    });
    expect(c.statusCode, c.body).toBe(201);
    const complaint = c.json() as { id: string; registrationNumber: string };
    visit = (await get(t, p[0]!, `/api/v1/npm/visits/${v.id}`)).json() as Visit;

    // Before the report is submitted there is nothing to print.
    expect((await get(t, council, `/api/v1/npm/visits/${v.id}/report.pdf?lang=ru`)).statusCode).toBe(404);

    await fact(p[0]!, { type: "started", on: "2026-07-14" });
    await fact(p[0]!, { type: "ended", on: "2026-07-14" });
    await fact(p[0]!, { type: "report_signed" });
    await fact(p[1]!, { type: "report_signed" });
    await fact(p[1]!, { type: "dissent_declared" });
    await fact(p[1]!, { type: "dissenting_opinion_attached", text: DISSENT });
    const submitted = await post(t, p[0]!, `/api/v1/npm/visits/${v.id}/report`, {
      version: visit.version,
      findings: FINDINGS,
      listedComplaintIds: [v.complaintId, complaint.id],
      recommendations: [{ addressee: "Penal Execution Committee", text: "Relieve the overcrowding." }],
    });
    expect(submitted.statusCode, submitted.body).toBe(201);

    const marks = { kk: "ҚҰПИЯ", ru: "КОНФИДЕНЦИАЛЬНО" } as const;
    for (const lang of ["kk", "ru"] as const) {
      const res = await get(t, council, `/api/v1/npm/visits/${v.id}/report.pdf?lang=${lang}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers["content-type"]).toBe("application/pdf");
      const text = await pdfText(res.rawPayload);
      expect(text).toContain(FINDINGS);
      expect(text).toContain("Participant 1");
      expect(text).toContain("Participant 2");
      expect(text).toContain(DISSENT);
      expect(text).toContain(marks[lang]);
      expect(text).toContain(complaint.registrationNumber);
      expect(text).toContain("Relieve the overcrowding.");
      expect(text).toContain("14.07.2026");
      expect(text).not.toContain(COMPLAINANT);
    }

    // The Commissioner's office and the group read it too.
    for (const who of [rep, p[1]!])
      expect((await get(t, who, `/api/v1/npm/visits/${v.id}/report.pdf`)).statusCode).toBe(200);

    // Every role outside the NPM is refused (000 Art. 35; 003 p.29), the police first.
    for (const [role, who] of w.outsiders) {
      const res = await get(t, who, `/api/v1/npm/visits/${v.id}/report.pdf?lang=ru`);
      expect(res.statusCode, role).toBe(403);
    }

    // Each printed copy is audited: two by the Council, one each by the office and the member.
    const reads = await t.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "npm_report.read")
      .where("record_id", "=", v.id)
      .execute();
    expect(reads).toHaveLength(4);
  });
});
