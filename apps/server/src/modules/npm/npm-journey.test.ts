import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, institution, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

interface ErrorJson {
  error: { code: string; article?: string; details?: { code: string; message: string }[] };
}
interface Visit {
  id: string;
  version: number;
  status: string;
  reportDueDate: string | null;
  missingSignatures: string[];
  duties: { kind: string; article: string; doneAt: string | null }[];
  facts: { type: string }[];
}
interface Coverage {
  items: {
    institutionId: string;
    lastPeriodicVisitOn: string | null;
    overdue: boolean;
    dueBy: string | null;
  }[];
  byRegion: { regionCode: string; total: number; overdue: number }[];
}

const err = (body: string) => (JSON.parse(body) as ErrorJson).error;

describe("NPM journey (issue 5 item 8) at the API", () => {
  it("council plans a periodic visit, a group of three visits, a fourth is refused, a complaint is registered, the report with a dissent is submitted and coverage updates", async () => {
    const { t, rep, council, p, pid } = w;
    const prison = await institution(w, "Colony No. 1", { lastPeriodicVisitBefore: "2021-06-01" });
    const shelter = await institution(w, "Adaptation centre", {
      kind: "minors_adaptation_centre",
      lastPeriodicVisitBefore: "2021-09-01",
    });

    // Coverage before: both past the four-year limit (003 p.3(1)).
    let cov = (await get(t, council, "/api/v1/npm/coverage?region=ABA")).json() as Coverage;
    expect(cov.items.find((i) => i.institutionId === prison)).toMatchObject({
      overdue: true,
      dueBy: "2025-06-01",
    });
    expect(cov.byRegion.find((r) => r.regionCode === "ABA")?.overdue).toBeGreaterThanOrEqual(2);

    const planned = {
      kind: "periodic",
      form: "one_time",
      from: "2026-11-02",
      to: "2026-11-03",
      institutionIds: [prison],
    };
    // A group of four is refused with the rule (003 p.8).
    const four = await post(t, council, "/api/v1/npm/plans", {
      title: "Plan 2026/27",
      periodFrom: "2026-07-01",
      periodUntil: "2027-06-30",
      visits: [{ ...planned, groupParticipantIds: pid }],
    });
    expect(four.statusCode).toBe(422);
    expect(err(four.body)).toMatchObject({ code: "npm_visit.group_too_large", article: "003 p.8" });

    const planRes = await post(t, council, "/api/v1/npm/plans", {
      title: "Plan 2026/27",
      periodFrom: "2026-07-01",
      periodUntil: "2027-06-30",
      visits: [{ ...planned, groupParticipantIds: pid.slice(0, 3) }],
    });
    expect(planRes.statusCode).toBe(201);
    const plan = planRes.json() as {
      id: string;
      version: number;
      visitCount: number;
      visits: { id: string }[];
      periodicityFlags: { institutionId: string; code: string; article: string }[];
    };
    expect(plan.visitCount).toBe(1);
    // The shelter is left past its limit: flagged (003 p.3(1)); the prison is planned.
    expect(plan.periodicityFlags.map((f) => f.institutionId)).toContain(shelter);
    expect(
      plan.periodicityFlags.every(
        (f) => f.code === "npm_plan.periodic_visit_past_limit" && f.article === "003 p.3(1)",
      ),
    ).toBe(true);
    // A participant may not approve the plan; the council may.
    expect(
      (
        await post(t, p[0]!, `/api/v1/npm/plans/${plan.id}/approve`, {
          version: plan.version,
          approvedOn: "2026-09-01",
        })
      ).statusCode,
    ).toBe(403);
    const approved = await post(t, council, `/api/v1/npm/plans/${plan.id}/approve`, {
      version: plan.version,
      approvedOn: "2026-09-01",
    });
    expect(approved.statusCode).toBe(200);

    // The visit is decided from the approved plan with the group of three.
    const visitRes = await post(t, rep, "/api/v1/npm/visits", {
      planVisitId: plan.visits[0]!.id,
      kind: "periodic",
      form: "one_time",
      institutionIds: [prison],
      members: pid.slice(0, 3).map((participantId) => ({ participantId })),
      representativeName: "Regional representative",
      startsOn: "2026-11-02",
      endsOn: "2026-11-03",
    });
    expect(visitRes.statusCode).toBe(201);
    let visit = visitRes.json() as Visit;
    const fourth = await post(t, rep, `/api/v1/npm/visits/${visit.id}/members`, {
      version: visit.version,
      member: { participantId: pid[3] },
    });
    expect(fourth.statusCode).toBe(422);
    expect(err(fourth.body)).toMatchObject({ code: "npm_visit.group_too_large", article: "003 p.8" });

    const fact = async (who: (typeof p)[number], body: Record<string, unknown>) => {
      const res = await post(t, who, `/api/v1/npm/visits/${visit.id}/facts`, {
        version: visit.version,
        ...body,
      });
      expect(res.statusCode, res.body).toBe(201);
      visit = res.json() as Visit;
    };
    await fact(p[0]!, { type: "started", on: "2026-11-02" });
    await fact(p[0]!, { type: "torture_signs_revealed", at: "2026-11-02T10:00:00+05:00" });
    await fact(p[0]!, { type: "torture_signs_reported", to: "prosecutor", at: "2026-11-02T12:00:00+05:00" });
    await fact(p[0]!, { type: "ended", on: "2026-11-03" });
    // The duty of 003 p.26: done towards the prosecutor, pending towards the Commissioner.
    const duties = visit.duties.filter((d) => d.article === "003 p.26");
    expect(duties.map((d) => [d.kind, d.doneAt !== null])).toEqual([
      ["report_torture_signs_to_prosecutor", true],
      ["report_torture_signs_to_commissioner", false],
    ]);
    expect(visit.reportDueDate).toBe("2026-11-13");

    // A participant registers a complaint received on the visit; the council does not see who complained.
    const c = await post(t, p[1]!, "/api/v1/npm/complaints", {
      receivedAt: "2026-11-02T11:00:00+05:00",
      visitId: visit.id,
      institutionId: prison,
      complainantName: "Convict A.",
      summary: "Beaten during the search.",
    });
    expect(c.statusCode, c.body).toBe(201);
    const complaint = c.json() as { id: string; complainantName: string | null; registrationNumber: string };
    expect(complaint.complainantName).toBe("Convict A.");
    const seenByCouncil = (await get(t, council, `/api/v1/npm/complaints/${complaint.id}`)).json() as {
      complainantName: string | null;
    };
    expect(seenByCouncil.complainantName).toBeNull();
    visit = (await get(t, p[0]!, `/api/v1/npm/visits/${visit.id}`)).json() as Visit;

    // Signatures and a dissent (003 p.27); the report cannot go without them.
    const early = await post(t, p[0]!, `/api/v1/npm/visits/${visit.id}/report`, {
      version: visit.version,
      findings: "x",
    });
    expect(early.statusCode).toBe(422);
    expect(err(early.body).details?.map((d) => d.code)).toEqual(
      expect.arrayContaining(["npm_report.signature_missing", "npm_report.complaints_not_listed"]),
    );
    for (const who of p.slice(0, 3)) await fact(who, { type: "report_signed" });
    await fact(p[2]!, { type: "dissent_declared" });
    const noOpinion = await post(t, p[0]!, `/api/v1/npm/visits/${visit.id}/report`, {
      version: visit.version,
      findings: "Findings",
      listedComplaintIds: [complaint.id],
    });
    expect(err(noOpinion.body).code).toBe("npm_report.dissenting_opinion_missing");
    await fact(p[2]!, {
      type: "dissenting_opinion_attached",
      text: "I disagree with the conclusion on medical care.",
    });
    // Someone outside the group cannot sign.
    expect(
      (
        await post(t, p[3]!, `/api/v1/npm/visits/${visit.id}/facts`, {
          version: visit.version,
          type: "report_signed",
        })
      ).statusCode,
    ).toBe(403);

    const submitted = await post(t, p[0]!, `/api/v1/npm/visits/${visit.id}/report`, {
      version: visit.version,
      findings: "Overcrowding; signs of ill-treatment.",
      listedComplaintIds: [complaint.id],
      recommendations: [
        { addressee: "Penal Execution Committee", text: "Install cameras in the search room." },
      ],
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const done = submitted.json() as Visit & {
      recommendations: { id: string; version: number; status: string }[];
    };
    expect(done.status).toBe("reported");
    expect(done.recommendations).toHaveLength(1);
    const rec = done.recommendations[0]!;
    // The state body informs the Commissioner (000 Art. 36(2)): the office records its answer, not the
    // participants who made the recommendation, nor the Council.
    const answer = (who: typeof rep) =>
      post(t, who, `/api/v1/npm/recommendations/${rec.id}/answer`, {
        version: rec.version,
        answer: "Cameras ordered.",
        answeredOn: "2026-11-20",
        status: "in_progress",
      });
    for (const who of [p[0]!, p[1]!, council]) {
      const refused = await answer(who);
      expect(refused.statusCode).toBe(403);
      expect(err(refused.body)).toMatchObject({ code: "access.role", article: "000 Art. 36(2)" });
    }
    const ans = await answer(rep);
    expect(ans.statusCode, ans.body).toBe(204);
    const answered = (await get(t, p[0]!, `/api/v1/npm/visits/${visit.id}`)).json() as {
      recommendations: { id: string; status: string; answer: string | null; version: number }[];
    };
    expect(answered.recommendations).toEqual([
      expect.objectContaining({
        id: rec.id,
        status: "in_progress",
        answer: "Cameras ordered.",
        version: rec.version + 1,
      }),
    ]);
    const listed = (await get(t, p[1]!, `/api/v1/npm/complaints/${complaint.id}`)).json() as {
      includedInReport: boolean;
    };
    expect(listed.includedInReport).toBe(true);

    // Coverage updates: the prison's last periodic visit is the visit's first day.
    cov = (await get(t, council, "/api/v1/npm/coverage")).json() as Coverage;
    expect(cov.items.find((i) => i.institutionId === prison)).toMatchObject({
      lastPeriodicVisitOn: "2026-11-02",
      dueBy: "2030-11-02",
      overdue: false,
    });
    const inst = (await get(t, council, `/api/v1/npm/institutions/${prison}`)).json() as {
      visits: { id: string }[];
    };
    expect(inst.visits.map((v) => v.id)).toEqual([visit.id]);
  });
});
