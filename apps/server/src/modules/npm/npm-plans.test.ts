import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLEAN_CANDIDATE, get, institution, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

const err = (body: string) =>
  (JSON.parse(body) as { error: { code: string; article?: string; details?: { code: string }[] } }).error;

interface Plan {
  id: string;
  visits: {
    topicExpertIds: string[];
    councilDecisionOnComposition: boolean;
    groupParticipantIds: string[];
  }[];
}

describe("a thematic visit in the Council's plan (003 pp.7, 9)", () => {
  it("is accepted with a topic expert and a participant from each region, refused without them", async () => {
    const { t, rep, council, pid } = w;
    // A second region and a participant from it (003 p.9(2)).
    const south = await post(t, rep, "/api/v1/npm/participants", {
      fullName: "Participant South",
      categories: ["doctor"],
      specialisations: ["psychiatrist"],
      regionCode: "TUR",
      selectedOn: "2026-01-15",
      candidate: CLEAN_CANDIDATE,
      certificate: { number: "NPM-C-S", issuedOn: "2026-01-20" },
    });
    expect(south.statusCode, south.body).toBe(201);
    const southId = (south.json() as { id: string }).id;
    const a = await institution(w, "Psychiatric hospital North", { kind: "healthcare_organisation" });
    const b = await institution(w, "Psychiatric hospital South", {
      kind: "healthcare_organisation",
      regionCode: "TUR",
    });
    const thematic = {
      kind: "periodic",
      form: "thematic",
      topic: "Restraint in psychiatric care",
      from: "2026-10-05",
      to: "2026-10-09",
      institutionIds: [a, b],
      groupParticipantIds: [pid[1]!, southId],
    };
    const plan = (visit: Record<string, unknown>) =>
      post(t, council, "/api/v1/npm/plans", {
        title: "Thematic plan",
        periodFrom: "2026-07-01",
        periodUntil: "2027-06-30",
        visits: [visit],
      });

    // Accepted: a doctor with knowledge of the topic, a participant from ABA and from TUR (003 p.9).
    const ok = await plan({ ...thematic, topicExpertIds: [pid[1]!] });
    expect(ok.statusCode, ok.body).toBe(201);
    const saved = (await get(t, council, `/api/v1/npm/plans/${(ok.json() as Plan).id}`)).json() as Plan;
    expect(saved.visits[0]).toMatchObject({ topicExpertIds: [pid[1]], councilDecisionOnComposition: false });

    // No topic expert: refused with 003 p.9(1).
    const noExpert = await plan(thematic);
    expect(noExpert.statusCode).toBe(422);
    expect(err(noExpert.body)).toMatchObject({
      code: "npm_visit.thematic_no_topic_expert",
      article: "003 p.9(1)",
    });

    // No participant from TUR: refused with 003 p.9(2).
    const oneRegion = await plan({
      ...thematic,
      groupParticipantIds: [pid[0]!, pid[1]!],
      topicExpertIds: [pid[1]!],
    });
    expect(oneRegion.statusCode).toBe(422);
    expect(err(oneRegion.body)).toMatchObject({
      code: "npm_visit.thematic_region_without_participant",
      article: "003 p.9(2)",
    });

    // The Council's decision on the composition lifts p.9 for want of such participants (p.9, last para).
    const byCouncil = await plan({
      ...thematic,
      groupParticipantIds: [pid[0]!, pid[1]!],
      councilDecisionOnComposition: true,
    });
    expect(byCouncil.statusCode, byCouncil.body).toBe(201);

    // One region only: not thematic (003 p.7(2)).
    const c = await institution(w, "Psychiatric hospital North 2", { kind: "healthcare_organisation" });
    const single = await plan({ ...thematic, institutionIds: [a, c], topicExpertIds: [pid[1]!] });
    expect(single.statusCode).toBe(422);
    expect(err(single.body)).toMatchObject({
      code: "npm_visit.thematic_single_region",
      article: "003 p.7(2)",
    });

    // A topic expert outside the group is bad input.
    const outside = await plan({ ...thematic, topicExpertIds: [pid[3]!] });
    expect(outside.statusCode).toBe(400);
    expect(err(outside.body)).toMatchObject({ code: "validation.failed" });
  });
});
