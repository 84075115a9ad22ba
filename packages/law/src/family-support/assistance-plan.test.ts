import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  checkPlanClosing,
  checkPlanStep,
  deriveAssistancePlan,
  isPlanOutcome,
  isPlanStepArea,
  isPlanStepFactType,
  PLAN_OUTCOMES,
  PLAN_STEP_AREAS,
  PLAN_STEP_FACT_TYPES,
  planStepRefusals,
  type PlanStepInput,
  type PlanStepState,
} from "./assistance-plan.ts";

const PLAN = { from: "2026-12-01", until: "2027-02-28" };
const STEP: PlanStepInput = {
  area: "employment",
  title: "Job placement through the career centre",
  responsibleBodyId: "2b0f6a3e-3c1a-4a43-9d1c-9a7b5e0c1d11",
  dueOn: "2027-01-15",
};

describe("areas and facts of a plan's steps", () => {
  it("'social, legal, and psychological support' (001 Arts. 10(2)(3), 72(2)) and 'assistance in employment and (or) social adaptation' (72(5))", () => {
    for (const a of ["social", "legal", "psychological", "employment"]) expect(PLAN_STEP_AREAS).toContain(a);
    for (const a of PLAN_STEP_AREAS) expect(isPlanStepArea(a)).toBe(true);
    expect(isPlanStepArea("leisure")).toBe(false);
  });

  it("facts: progress leaves a step open; done, not done and cancelled end it", () => {
    expect([...PLAN_STEP_FACT_TYPES]).toEqual(["progress", "done", "not_done", "cancelled"]);
    expect(isPlanStepFactType("done")).toBe(true);
    expect(isPlanStepFactType("started")).toBe(false);
  });
});

describe("a step of the plan (001 Art. 55(1))", () => {
  it("a step with area, title, responsible body and a due date in the plan's term is allowed", () => {
    expect(checkPlanStep(STEP, PLAN)).toEqual({ ok: true, value: STEP });
    expect(checkPlanStep({ ...STEP, dueOn: PLAN.from }, PLAN).ok).toBe(true);
    expect(checkPlanStep({ ...STEP, dueOn: PLAN.until }, PLAN).ok).toBe(true);
  });

  it.each<[string, Partial<PlanStepInput>, string, string, string]>([
    // "by authorized entities for prevention of infractions" (55(1)): every step has its body
    [
      "no responsible body",
      { responsibleBodyId: null },
      "assistance_plan.step_responsible_body_required",
      "responsibleBodyId",
      "001 Art. 55(1)",
    ],
    [
      "a blank responsible body",
      { responsibleBodyId: " " },
      "assistance_plan.step_responsible_body_required",
      "responsibleBodyId",
      "001 Art. 55(1)",
    ],
    ["an unknown area", { area: "leisure" }, "assistance_plan.step_area_unknown", "area", "001 Art. 72(2)"],
    ["no title", { title: "   " }, "assistance_plan.step_title_required", "title", "001 Art. 55(1)"],
    [
      "due before the plan begins",
      { dueOn: "2026-11-30" },
      "assistance_plan.step_due_outside_plan",
      "dueOn",
      "001 Art. 55(1)",
    ],
    [
      "due after the plan ends",
      { dueOn: "2027-03-01" },
      "assistance_plan.step_due_outside_plan",
      "dueOn",
      "001 Art. 55(1)",
    ],
  ])("%s → %s on %s (%s)", (_what, change, code, field, article) => {
    expect(checkPlanStep({ ...STEP, ...change }, PLAN)).toMatchObject({ ok: false, code, field, article });
  });

  it("the form gets every refusal of a step at once", () => {
    const all = planStepRefusals(
      { area: "x", title: "", responsibleBodyId: null, dueOn: "2030-01-01" },
      PLAN,
    );
    expect(all.map((r) => r.code)).toEqual([
      "assistance_plan.step_area_unknown",
      "assistance_plan.step_title_required",
      "assistance_plan.step_responsible_body_required",
      "assistance_plan.step_due_outside_plan",
    ]);
    expect(all[3]?.params).toEqual({ dueOn: "2030-01-01", from: PLAN.from, until: PLAN.until });
  });
});

const at = (s: string) => new Date(`${s}T06:00:00Z`);

describe("the plan's steps and progress on a day", () => {
  it("an open step is open through its due date and overdue the day after (the plan's term)", () => {
    const steps = [{ dueOn: "2027-01-15", facts: [{ type: "progress", at: at("2027-01-10") }] }];
    expect(deriveAssistancePlan(steps, "2027-01-15").steps[0]).toEqual({
      state: "open",
      endedAt: null,
      lastFactAt: at("2027-01-10"),
    });
    expect(deriveAssistancePlan(steps, "2027-01-16").steps[0]?.state).toBe("overdue");
  });

  it("the latest ending fact decides, in whatever order the facts come", () => {
    const plan = deriveAssistancePlan(
      [
        {
          dueOn: "2027-01-15",
          facts: [
            { type: "done", at: at("2027-01-12") },
            { type: "progress", at: at("2027-01-05") },
            { type: "not_done", at: at("2027-01-10") },
          ],
        },
        { dueOn: "2027-01-15", facts: [{ type: "cancelled", at: at("2027-01-02") }] },
        { dueOn: "2027-02-15", facts: [] },
      ],
      "2027-01-20",
    );
    expect(plan.steps.map((s) => s.state)).toEqual(["done", "cancelled", "open"]);
    expect(plan.steps[0]).toMatchObject({ endedAt: at("2027-01-12"), lastFactAt: at("2027-01-12") });
    expect(plan.steps[2]).toMatchObject({ endedAt: null, lastFactAt: null });
    // cancelled steps are not counted in the progress
    expect(plan.progress).toEqual({ done: 1, total: 2 });
    expect(plan.mayClose).toBe(false);
  });

  it("may close once every step is done, not done or cancelled", () => {
    const plan = deriveAssistancePlan(
      [
        { dueOn: "2027-01-15", facts: [{ type: "done", at: at("2027-01-12") }] },
        { dueOn: "2027-01-15", facts: [{ type: "not_done", at: at("2027-01-16") }] },
      ],
      "2027-02-01",
    );
    expect(plan).toMatchObject({ progress: { done: 1, total: 2 }, mayClose: true });
  });

  it("never more done than counted, and may close exactly when nothing is open or overdue", () => {
    const fact = fc.record({
      type: fc.constantFrom(...PLAN_STEP_FACT_TYPES),
      at: fc.integer({ min: 0, max: 1000 }).map((d) => new Date(Date.UTC(2027, 0, 1) + d * 3_600_000)),
    });
    const step = fc.record({
      dueOn: fc.constantFrom("2027-01-10", "2027-01-20", "2027-02-01"),
      facts: fc.array(fact, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 6 }),
        fc.constantFrom("2027-01-15", "2027-01-25"),
        (steps, today) => {
          const p = deriveAssistancePlan(steps, today);
          expect(p.steps).toHaveLength(steps.length);
          expect(p.progress.done).toBeLessThanOrEqual(p.progress.total);
          expect(p.mayClose).toBe(p.steps.every((s) => !["open", "overdue"].includes(s.state)));
        },
      ),
    );
  });
});

describe("closing the plan", () => {
  const ended = (...states: PlanStepState[]) => ({ steps: states.map((state) => ({ state })) });

  it("outcomes: achieved, partly achieved, not achieved", () => {
    expect([...PLAN_OUTCOMES]).toEqual(["achieved", "partly_achieved", "not_achieved"]);
    expect(isPlanOutcome("failed")).toBe(false);
  });

  it.each([
    ["achieved", "purpose_achieved"],
    ["partly_achieved", "revoked"],
    ["not_achieved", "revoked"],
  ])("%s ends the plan measure on the ground %s", (outcome, ground) => {
    expect(
      checkPlanClosing(ended("done", "cancelled"), { outcome, assessment: "  Employed since January. " }),
    ).toEqual({
      ok: true,
      value: { outcome, assessment: "Employed since January.", terminationGround: ground },
    });
  });

  it.each<[string, PlanStepState[], string, string | null, string, string, string]>([
    [
      "an unknown outcome",
      ["done"],
      "failed",
      "text",
      "assistance_plan.outcome_unknown",
      "outcome",
      "001 Art. 55(1)",
    ],
    [
      "an open step",
      ["done", "open"],
      "achieved",
      "text",
      "assistance_plan.open_steps",
      "steps",
      "001 Art. 55(1)",
    ],
    [
      "an overdue step",
      ["overdue"],
      "not_achieved",
      "text",
      "assistance_plan.open_steps",
      "steps",
      "001 Art. 55(1)",
    ],
    // the regional commission assesses "the effectiveness of … organization of support" (72(4)) from these
    [
      "no assessment",
      ["done"],
      "achieved",
      null,
      "assistance_plan.assessment_required",
      "assessment",
      "001 Art. 72(4)",
    ],
    [
      "a blank assessment",
      ["done"],
      "achieved",
      "   ",
      "assistance_plan.assessment_required",
      "assessment",
      "001 Art. 72(4)",
    ],
  ])("%s → %s", (_what, states, outcome, assessment, code, field, article) => {
    expect(checkPlanClosing(ended(...states), { outcome, assessment })).toMatchObject({
      ok: false,
      code,
      field,
      article,
    });
  });

  it("says how many steps are still open", () => {
    expect(
      checkPlanClosing(ended("open", "overdue", "done"), { outcome: "achieved", assessment: "x" }),
    ).toMatchObject({
      params: { open: 2 },
    });
  });
});
