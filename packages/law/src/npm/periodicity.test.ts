import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, daysBetween } from "../calendar/legal-date.ts";
import type { NpmInstitution } from "./kinds.ts";
import {
  checkPlanPeriodicity,
  periodicVisitDue,
  validateVisitPlan,
  type NpmPlannedVisit,
  type NpmVisitPlan,
} from "./periodicity.ts";

describe("periodicVisitDue (003 p.3(1); 000 Art. 32(1)(1))", () => {
  it.each<[string, string | null, string, string | undefined, string | null, boolean, boolean]>([
    [
      "003 p.3(1): due four years after the last periodic visit",
      "2021-05-10",
      "2024-01-01",
      undefined,
      "2025-05-10",
      false,
      false,
    ],
    [
      "003 p.3(1): the due day itself is still in time",
      "2021-05-10",
      "2025-05-10",
      undefined,
      "2025-05-10",
      false,
      false,
    ],
    ["003 p.3(1): overdue the day after", "2021-05-10", "2025-05-11", undefined, "2025-05-10", true, false],
    [
      "003 p.3(1): 29 February → 29 February four years on",
      "2024-02-29",
      "2028-03-01",
      undefined,
      "2028-02-29",
      true,
      false,
    ],
    [
      "003 p.3(1): never visited, counted from subjectSince",
      null,
      "2024-01-01",
      "2023-06-01",
      "2027-06-01",
      false,
      true,
    ],
    [
      "003 p.3(1): never visited, no start date → overdue now",
      null,
      "2024-01-01",
      undefined,
      null,
      true,
      true,
    ],
  ])("%s", (_name, last, today, since, dueBy, overdue, never) => {
    const opts = since ? { subjectSince: since } : {};
    expect(periodicVisitDue(last, today, opts)).toEqual({ dueBy, overdue, neverVisited: never });
  });

  it("003 p.3(1): property — the due date is four years on and overdue means strictly after it", () => {
    const day = fc.integer({ min: 0, max: 20000 }).map((n) => addCalendarDays("2000-01-01", n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 3000 }), (last, k) => {
        const today = addCalendarDays(last, k);
        const r = periodicVisitDue(last, today);
        const span = daysBetween(last, r.dueBy!);
        expect(span).toBeGreaterThanOrEqual(1460);
        expect(span).toBeLessThanOrEqual(1461);
        expect(r.overdue).toBe(today > r.dueBy!);
      }),
    );
  });
});

const visit = (over: Partial<NpmPlannedVisit>): NpmPlannedVisit => ({
  id: "v1",
  kind: "periodic",
  form: "one_time",
  institutionIds: ["i1"],
  from: "2025-03-03",
  to: "2025-03-04",
  groupParticipantIds: ["p1"],
  ...over,
});

const plan = (visits: NpmPlannedVisit[], approvedOn: string | null = "2024-12-20"): NpmVisitPlan => ({
  approvedOn,
  period: { from: "2025-01-01", until: "2025-12-31" },
  visits,
});

describe("validateVisitPlan (003 pp.6, 10)", () => {
  it("003 p.6: an approved plan with dated periodic and intermediate visits is valid", () => {
    expect(validateVisitPlan(plan([visit({}), visit({ id: "v2", kind: "intermediate" })]))).toEqual([]);
  });

  it.each<[string, NpmVisitPlan, string[]]>([
    [
      "003 p.6: the plan is approved by the Coordinating Council",
      plan([visit({})], null),
      ["npm_plan.not_approved"],
    ],
    [
      "003 p.10: special visits are not planned",
      plan([visit({ kind: "special" })]),
      ["npm_plan.special_visit_in_plan"],
    ],
    [
      "003 p.6: a visit lists its institutions",
      plan([visit({ institutionIds: [] })]),
      ["npm_plan.visit_without_institutions"],
    ],
    [
      "003 p.6: a visit states its group",
      plan([visit({ groupParticipantIds: [] })]),
      ["npm_plan.visit_without_group"],
    ],
    [
      "003 p.6: a visit cannot end before it starts",
      plan([visit({ to: "2025-03-01" })]),
      ["npm_plan.visit_dates_invalid"],
    ],
    [
      "003 p.6: a visit before the plan period",
      plan([visit({ from: "2024-12-30" })]),
      ["npm_plan.visit_outside_period"],
    ],
    [
      "003 p.6: a visit after the plan period",
      plan([visit({ from: "2025-12-31", to: "2026-01-02" })]),
      ["npm_plan.visit_outside_period"],
    ],
  ])("%s", (_name, p, expected) => {
    expect(validateVisitPlan(p).map((r) => r.code)).toEqual(expected);
  });

  it("003 p.6: each refusal names the visit at fault", () => {
    const [r] = validateVisitPlan(plan([visit({}), visit({ id: "v9", institutionIds: [] })]));
    expect(r).toMatchObject({ field: "visits[1]", article: "003 p.6", params: { visitId: "v9" } });
  });
});

const inst = (id: string, last: string | null, subjectSince?: string): NpmInstitution => ({
  id,
  kind: "penal_institution",
  region: "Almaty",
  lastPeriodicVisitOn: last,
  ...(subjectSince ? { subjectSince } : {}),
});

describe("checkPlanPeriodicity (003 p.3(1))", () => {
  const flags = (p: NpmVisitPlan, institutions: NpmInstitution[]) =>
    checkPlanPeriodicity(p, institutions).map((r) => [
      r.params?.institutionId,
      r.params?.dueBy,
      r.params?.plannedOn,
    ]);

  it.each<[string, NpmPlannedVisit[], NpmInstitution, (string | undefined)[][]]>([
    ["003 p.3(1): due after the plan period, nothing needed", [], inst("i1", "2022-01-10"), []],
    [
      "003 p.3(1): due within the period and not planned",
      [],
      inst("i1", "2021-06-01"),
      [["i1", "2025-06-01", ""]],
    ],
    [
      "003 p.3(1): planned on the due day",
      [visit({ from: "2025-06-01", to: "2025-06-02" })],
      inst("i1", "2021-06-01"),
      [],
    ],
    [
      "003 p.3(1): planned after the due day",
      [visit({ from: "2025-06-02", to: "2025-06-03" })],
      inst("i1", "2021-06-01"),
      [["i1", "2025-06-01", "2025-06-02"]],
    ],
    [
      "003 p.3(1): intermediate visits do not reset the clock",
      [visit({ kind: "intermediate", from: "2025-03-03" })],
      inst("i1", "2021-06-01"),
      [["i1", "2025-06-01", ""]],
    ],
    [
      "003 p.3(1): a thematic periodic visit counts",
      [visit({ form: "thematic", institutionIds: ["i1", "i2"], from: "2025-05-05", to: "2025-05-09" })],
      inst("i1", "2021-06-01"),
      [],
    ],
    ["003 p.3(1): never visited, no start date, not planned", [], inst("i1", null), [["i1", "", ""]]],
    ["003 p.3(1): never visited, no start date, planned", [visit({})], inst("i1", null), []],
    [
      "003 p.3(1): never visited, subject since 2021, not planned",
      [],
      inst("i1", null, "2021-02-01"),
      [["i1", "2025-02-01", ""]],
    ],
  ])("%s", (_name, visits, institution, expected) => {
    expect(flags(plan(visits), [institution])).toEqual(expected);
  });

  it("003 p.3(1): a refusal cites p.3(1) and says when the visit was due", () => {
    const [r] = checkPlanPeriodicity(plan([]), [inst("i7", "2021-06-01")]);
    expect(r).toMatchObject({ code: "npm_plan.periodic_visit_past_limit", article: "003 p.3(1)" });
    expect(r?.message).toContain("2025-06-01");
  });
});
