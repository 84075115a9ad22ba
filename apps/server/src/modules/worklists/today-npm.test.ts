import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, legalDateOf } from "@aldyn/law";
import type { Today } from "@aldyn/contract";
import type { LoggedIn } from "../../test/app.ts";
import { get, npmWorld, post, specialVisit, type NpmWorld } from "../npm/npm.fixture.ts";

let w: NpmWorld;

async function today(who: LoggedIn): Promise<Today> {
  const res = await get(w.t, who, "/api/v1/today");
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Today;
}

async function fact(who: LoggedIn, visit: { id: string; version: number }, body: object) {
  const res = await post(w.t, who, `/api/v1/npm/visits/${visit.id}/facts`, {
    version: visit.version,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  visit.version = (res.json() as { version: number }).version;
}

beforeAll(async () => {
  w = await npmWorld();
  const now = legalDateOf(new Date());
  // Held a month ago by participants 1 and 2, its report not submitted: awaited, and past its term
  // (003 p.28). Decided for next week with participants 3 and 4: planned.
  const held = await specialVisit(w, addCalendarDays(now, -30), [0, 1]);
  await fact(w.p[0]!, held, { type: "started", on: addCalendarDays(now, -30) });
  await fact(w.p[0]!, held, { type: "ended", on: addCalendarDays(now, -30) });
  const soon = await specialVisit(w, addCalendarDays(now, -1), [2, 3], {
    startsOn: addCalendarDays(now, 7),
    endsOn: addCalendarDays(now, 7),
  });
  void soon;
});
afterAll(async () => w.close());

describe("today's NPM work (003 pp.24-28; 000 Art. 34)", () => {
  it("counts visits planned and reports awaited, with the user's own group's", async () => {
    const p1 = (await today(w.p[0]!)).npm!;
    expect(p1).toMatchObject({
      visitsPlanned: 1,
      visitsPlannedMine: 0,
      visitsInProgress: 0,
      reportsAwaited: 1,
      reportsAwaitedMine: 1,
      reportsOverdue: 1,
    });
    expect(p1.nextVisitOn).toBe(addCalendarDays(legalDateOf(new Date()), 7));
    expect(p1.nextReportDueOn).not.toBeNull();
    const p3 = (await today(w.p[2]!)).npm!;
    expect(p3).toMatchObject({ visitsPlannedMine: 1, reportsAwaitedMine: 0 });
    // The office and the Council are in no group: the totals, none of their own.
    const rep = (await today(w.rep)).npm!;
    expect(rep).toMatchObject({
      visitsPlanned: 1,
      visitsPlannedMine: 0,
      reportsAwaited: 1,
      reportsAwaitedMine: 0,
    });
  });

  it("says where the annual report stands: none yet for last year", async () => {
    const council = (await today(w.council)).npm!;
    expect(council.annual).toEqual({
      year: Number(legalDateOf(new Date()).slice(0, 4)) - 1,
      stage: "none",
      publicationDueBy: null,
      publicationOverdue: false,
      answersOverdue: 0,
    });
    expect(council.plansAwaitingApproval).toBe(0);
  });

  it("tells nothing of the NPM to any other role (000 Art. 35; 003 p.29)", async () => {
    for (const [role, who] of w.outsiders) {
      const t = await today(who);
      expect(t.npm, role).toBeNull();
    }
  });
});
