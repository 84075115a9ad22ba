import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institution, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

const err = (body: string) => (JSON.parse(body) as { error: { code: string; article?: string } }).error;

/** A visit of `kind` on `institutionIds` with one recommendation of its report, written to the tables. */
async function recommendationOf(kind: string, institutionIds: string[], startsOn: string): Promise<string> {
  const db = w.t.db;
  const { id: by } = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", "rep")
    .executeTakeFirstOrThrow();
  const visit = await db
    .insertInto("npm_visit")
    .values({
      kind,
      form: "one_time",
      institution_ids: institutionIds,
      members: JSON.stringify([{ participantId: w.pid[0] }]),
      starts_on: startsOn,
      ends_on: startsOn,
      created_by: by,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const rec = await db
    .insertInto("npm_recommendation")
    .values({ visit_id: visit.id, addressee: "Penal Execution Committee", text: `Recommendation of ${kind}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  return rec.id;
}

describe("an intermediate visit follows up (003 p.3(2); 000 Art. 32(1)(2))", () => {
  it("a recommendation of a previous periodic visit to the institution, or the interviewees; otherwise 422", async () => {
    const { t, rep, council, pid } = w;
    const a = await institution(w, "Colony A", { lastPeriodicVisitBefore: "2025-02-03" });
    const b = await institution(w, "Colony B", { lastPeriodicVisitBefore: "2025-02-03" });
    const ofA = await recommendationOf("periodic", [a], "2026-03-02");
    const ofB = await recommendationOf("periodic", [b], "2026-03-02");
    const ofSpecialOnA = await recommendationOf("special", [a], "2026-04-06");
    const plan = await post(t, council, "/api/v1/npm/plans", {
      title: "Intermediate visits",
      periodFrom: "2026-07-01",
      periodUntil: "2027-06-30",
      visits: [
        {
          kind: "intermediate",
          form: "one_time",
          from: "2026-10-05",
          to: "2026-10-06",
          institutionIds: [a],
          groupParticipantIds: pid.slice(0, 2),
        },
      ],
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const {
      id: planId,
      version,
      visits,
    } = plan.json() as { id: string; version: number; visits: { id: string }[] };
    const approved = await post(t, council, `/api/v1/npm/plans/${planId}/approve`, {
      version,
      approvedOn: "2026-09-01",
    });
    expect(approved.statusCode).toBe(200);
    const decide = (extra: Record<string, unknown>) =>
      post(t, rep, "/api/v1/npm/visits", {
        planVisitId: visits[0]!.id,
        kind: "intermediate",
        form: "one_time",
        institutionIds: [a],
        members: pid.slice(0, 2).map((participantId) => ({ participantId })),
        startsOn: "2026-10-05",
        endsOn: "2026-10-06",
        ...extra,
      });

    for (const [extra, code] of [
      [{}, "npm_visit.intermediate_without_purpose"],
      [{ followsUpRecommendationIds: [randomUUID()] }, "npm_visit.follow_up_recommendation_unknown"],
      [{ followsUpRecommendationIds: [ofB] }, "npm_visit.follow_up_recommendation_not_of_institution"],
      [
        { followsUpRecommendationIds: [ofSpecialOnA] },
        "npm_visit.follow_up_recommendation_not_of_institution",
      ],
    ] as const) {
      const res = await decide(extra);
      expect(res.statusCode, JSON.stringify(extra)).toBe(422);
      expect(err(res.body)).toMatchObject({ code, article: "003 p.3(2)" });
    }

    const following = await decide({ followsUpRecommendationIds: [ofA] });
    expect(following.statusCode, following.body).toBe(201);
    expect(following.json()).toMatchObject({
      followsUpRecommendationIds: [ofA],
      followsUpInterviewees: false,
    });

    const interviewees = await decide({ followsUpInterviewees: true });
    expect(interviewees.statusCode, interviewees.body).toBe(201);
    expect(interviewees.json()).toMatchObject({
      followsUpRecommendationIds: [],
      followsUpInterviewees: true,
    });
  });
});
