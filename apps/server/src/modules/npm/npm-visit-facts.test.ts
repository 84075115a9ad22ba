import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, npmWorld, post, specialVisit, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

interface Visit {
  id: string;
  version: number;
  status: string;
  durationRefusals: { code: string }[];
}
const err = (body: string) => (JSON.parse(body) as { error: { code: string; article?: string } }).error;

describe("who records the facts of a visit (003 pp.5, 14, 25, 27)", () => {
  it("only the group and the Commissioner's office record facts and submit the report; others get 403", async () => {
    const { t, rep, p } = w;
    // The group is p1 and p2; p3 and p4 are participants outside it.
    const v = await specialVisit(w, "2026-04-07", [0, 1]);
    let version = v.version;
    const fact = (who: (typeof p)[number], body: Record<string, unknown>) =>
      post(t, who, `/api/v1/npm/visits/${v.id}/facts`, { version, ...body });

    for (const body of [
      { type: "started", on: "2026-04-07" },
      { type: "torture_signs_revealed", at: "2026-04-07T10:00:00+05:00" },
      { type: "ended", on: "2026-04-07" },
      { type: "cancelled", reason: "Not mine to cancel" },
    ]) {
      const res = await fact(p[2]!, body);
      expect(res.statusCode, body.type).toBe(403);
      expect(err(res.body)).toMatchObject({ code: "access.role", article: "003 p.5" });
    }

    // A member records the start; the Commissioner's representative (003 p.14) the signs of torture.
    const started = await fact(p[0]!, { type: "started", on: "2026-04-07" });
    expect(started.statusCode, started.body).toBe(201);
    version = (started.json() as Visit).version;
    const signs = await fact(rep, { type: "torture_signs_revealed", at: "2026-04-07T10:00:00+05:00" });
    expect(signs.statusCode, signs.body).toBe(201);
    version = (signs.json() as Visit).version;
    const ended = await fact(p[1]!, { type: "ended", on: "2026-04-07" });
    expect(ended.statusCode, ended.body).toBe(201);
    version = (ended.json() as Visit).version;

    // The report: not by a participant outside the group, whatever the version.
    const outsider = await post(t, p[3]!, `/api/v1/npm/visits/${v.id}/report`, {
      version,
      findings: "Not our visit.",
      listedComplaintIds: [],
    });
    expect(outsider.statusCode).toBe(403);
    expect(err(outsider.body)).toMatchObject({ code: "access.role", article: "003 p.5" });
    for (const who of [p[0]!, p[1]!]) {
      const s = await fact(who, { type: "report_signed" });
      expect(s.statusCode, s.body).toBe(201);
      version = (s.json() as Visit).version;
    }
    const submitted = await post(t, p[1]!, `/api/v1/npm/visits/${v.id}/report`, {
      version,
      findings: "Findings of the group.",
      listedComplaintIds: [],
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect((submitted.json() as Visit).status).toBe("reported");
  });

  it("only the Commissioner's office records the Commissioner's consent to an extension (003 p.25)", async () => {
    const { t, rep, p } = w;
    const v = await specialVisit(w, "2026-05-04", [0, 1]);
    let version = v.version;
    const fact = (who: (typeof p)[number], body: Record<string, unknown>) =>
      post(t, who, `/api/v1/npm/visits/${v.id}/facts`, { version, ...body });
    const started = await fact(p[0]!, { type: "started", on: "2026-05-04" });
    version = (started.json() as Visit).version;
    const extension = { type: "extended", workingDays: 2, reason: "Many complaints to hear." };

    // A member of the group may not give the Commissioner's consent.
    const byMember = await fact(p[0]!, { ...extension, commissionerConsent: true });
    expect(byMember.statusCode).toBe(403);
    expect(err(byMember.body)).toMatchObject({ code: "access.role", article: "003 p.25" });
    // Without the consent the law refuses the extension.
    const noConsent = await fact(p[0]!, { ...extension, commissionerConsent: false });
    expect(noConsent.statusCode).toBe(422);
    expect(err(noConsent.body)).toMatchObject({
      code: "npm_visit.extension_without_consent",
      article: "003 p.25",
    });
    // The office records it; the visit may then last 2 + 2 working days (003 pp.24-25).
    const byOffice = await fact(rep, { ...extension, commissionerConsent: true });
    expect(byOffice.statusCode, byOffice.body).toBe(201);
    version = (byOffice.json() as Visit).version;
    const ended = await fact(p[1]!, { type: "ended", on: "2026-05-07" });
    expect(ended.statusCode, ended.body).toBe(201);
    expect((ended.json() as Visit).durationRefusals).toEqual([]);
  });
});

describe("the opinions attached to the report (003 pp.15, 27; 000 Art. 33(4))", () => {
  it("the report view carries each dissenting opinion and each expert's opinion with its text", async () => {
    const { t, rep, council, p, pid } = w;
    const v = await specialVisit(w, "2026-06-16", [0, 1], { experts: [{ name: "Dr. Forensic" }] });
    let visit = (await get(t, p[0]!, `/api/v1/npm/visits/${v.id}`)).json() as Visit & {
      experts: { id: string; name: string }[];
    };
    const expertId = visit.experts[0]!.id;
    const fact = async (who: (typeof p)[number], body: Record<string, unknown>) => {
      const res = await post(t, who, `/api/v1/npm/visits/${v.id}/facts`, { version: visit.version, ...body });
      expect(res.statusCode, res.body).toBe(201);
      visit = { ...visit, ...(res.json() as Visit) };
    };
    await fact(p[0]!, { type: "started", on: "2026-06-16" });
    await fact(p[0]!, { type: "ended", on: "2026-06-16" });
    await fact(rep, { type: "expert_opinion_attached", expertId, text: "Injuries consistent with beating." });
    await fact(p[0]!, { type: "report_signed" });
    await fact(p[1]!, { type: "report_signed" });
    await fact(p[1]!, { type: "dissent_declared" });
    await fact(p[1]!, {
      type: "dissenting_opinion_attached",
      text: "The findings understate the overcrowding.",
    });
    const res = await post(t, p[0]!, `/api/v1/npm/visits/${v.id}/report`, {
      version: visit.version,
      findings: "Findings.",
      listedComplaintIds: [],
    });
    expect(res.statusCode, res.body).toBe(201);
    const report = {
      dissentingOpinions: [{ participantId: pid[1], text: "The findings understate the overcrowding." }],
      expertOpinions: [{ expertId, expertName: "Dr. Forensic", text: "Injuries consistent with beating." }],
    };
    expect((res.json() as { report: unknown }).report).toMatchObject(report);
    // The Council, who receives the report (003 p.27), reads it with the opinions.
    const read = await get(t, council, `/api/v1/npm/visits/${v.id}`);
    expect((read.json() as { report: unknown }).report).toMatchObject(report);
  });
});

describe("a visit's facts as its page lists them (003 pp.24-27)", () => {
  it("each fact carries the day or instant entered and who signed, not only when it was typed in", async () => {
    const { t, rep, p } = w;
    const v = await specialVisit(w, "2026-07-06", [0, 1], { experts: [{ name: "Dr. Forensic" }] });
    let visit = (await get(t, p[0]!, `/api/v1/npm/visits/${v.id}`)).json() as Visit & {
      experts: { id: string }[];
    };
    const fact = async (who: (typeof p)[number], body: Record<string, unknown>) => {
      const res = await post(t, who, `/api/v1/npm/visits/${v.id}/facts`, { version: visit.version, ...body });
      expect(res.statusCode, res.body).toBe(201);
      visit = { ...visit, ...(res.json() as Visit) };
    };
    await fact(p[0]!, { type: "started", on: "2026-07-06" });
    await fact(p[1]!, { type: "report_signed", at: "2026-07-08T11:30:00+05:00" });
    await fact(rep, { type: "expert_opinion_attached", expertId: visit.experts[0]!.id, text: "Opinion." });
    const facts = (
      (await get(t, rep, `/api/v1/npm/visits/${v.id}`)).json() as {
        facts: {
          type: string;
          on: string | null;
          at: string | null;
          by: string | null;
          recordedAt: string;
        }[];
      }
    ).facts;
    expect(facts.map(({ type, on, at, by }) => ({ type, on, at, by }))).toEqual([
      { type: "started", on: "2026-07-06", at: null, by: null },
      { type: "report_signed", on: null, at: "2026-07-08T06:30:00.000Z", by: "Participant 2" },
      { type: "expert_opinion_attached", on: null, at: expect.any(String), by: "Dr. Forensic" },
    ]);
    // Entered today, it happened on the days entered.
    expect(facts[0]!.recordedAt.slice(0, 10)).not.toBe("2026-07-06");
  });
});
