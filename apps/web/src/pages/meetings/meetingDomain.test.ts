import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import {
  DECISIONS,
  decisionArticle,
  decisionBody,
  decisionChecks,
  liveQuorum,
  moveItem,
  type DecisionContext,
  type DecisionForm,
} from "./meetingDomain.ts";

const t = ((key: string) => key) as unknown as TFunction;

describe("the agenda ordered with up and down buttons", () => {
  const ids = ["a", "b", "c"];
  it("moves an item one place up or down", () => {
    expect(moveItem(ids, "b", -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(ids, "b", 1)).toEqual(["a", "c", "b"]);
  });
  it("keeps the order at the ends and for an unknown item", () => {
    expect(moveItem(ids, "a", -1)).toEqual(ids);
    expect(moveItem(ids, "c", 1)).toEqual(ids);
    expect(moveItem(ids, "x", 1)).toEqual(ids);
  });
});

describe("the quorum shown live as attendance is marked (001 Art. 79(7), system reading)", () => {
  const members = [
    { memberId: "chair", voting: true },
    { memberId: "dep", voting: true },
    { memberId: "m1", voting: true },
    { memberId: "m2", voting: true },
    { memberId: "sec", voting: false },
  ];
  it("counts the voting members only, not the secretary", () => {
    const q = liveQuorum(members, { sec: true, chair: true, dep: true });
    expect(q).toMatchObject({ voting: 4, present: 2, quorate: false });
  });
  it("needs more than half of the voting members", () => {
    const q = liveQuorum(members, { chair: true, dep: true, m1: true });
    expect(q).toMatchObject({ voting: 4, present: 3, needed: 3, quorate: true });
  });
});

describe("the decision form's own checks", () => {
  const ctx: DecisionContext = {
    presentVoters: ["chair", "m1", "m2"],
    chairMemberId: "chair",
    meetingDay: "2026-12-10",
    quorate: true,
  };
  const form: DecisionForm = {
    decision: "warning_to_parents",
    text: "Warn the parents.",
    votes: { chair: "for", m1: "for", m2: "against" },
    duties: [{ responsibleBodyId: "b1", what: "Visit the family", dueOn: "2026-12-20" }],
  };
  const problems = (f: DecisionForm, c = ctx) =>
    Object.entries(decisionChecks(t, f, c))
      .filter(([, m]) => m)
      .map(([k, m]) => `${k}:${m}`);

  it("passes a complete, adopted decision", () => {
    expect(problems(form)).toEqual([]);
  });
  it("asks for a decision from the list and its wording", () => {
    expect(problems({ ...form, decision: "", text: " " })).toEqual([
      "decision:meetings.check.decision",
      "text:meetings.check.text",
    ]);
  });
  it("refuses without a quorum, with a vote missing, and when not adopted", () => {
    expect(problems(form, { ...ctx, quorate: false })).toEqual(["votes:meetings.check.noQuorum"]);
    expect(problems({ ...form, votes: { chair: "for", m1: "for" } })).toEqual([
      "votes:meetings.check.votesMissing",
    ]);
    expect(problems({ ...form, votes: { chair: "against", m1: "for", m2: "against" } })).toEqual([
      "votes:meetings.check.notAdopted",
    ]);
  });
  it("lets the chair's vote decide a tie", () => {
    const two = { ...ctx, presentVoters: ["chair", "m1"] };
    expect(problems({ ...form, votes: { chair: "for", m1: "against" } }, two)).toEqual([]);
    expect(problems({ ...form, votes: { chair: "against", m1: "for" } }, two)).toEqual([
      "votes:meetings.check.notAdopted",
    ]);
  });
  it("names each incomplete duty and one due before the meeting", () => {
    const duties = [
      { responsibleBodyId: null, what: "", dueOn: "" },
      { responsibleBodyId: "b", what: "x", dueOn: "2026-12-09" },
    ];
    expect(problems({ ...form, duties })).toEqual([
      "duties.0.responsibleBodyId:meetings.check.dutyBody",
      "duties.0.what:meetings.check.dutyWhat",
      "duties.0.dueOn:meetings.check.dutyDue",
      "duties.1.dueOn:meetings.check.dutyPast",
    ]);
  });
  it("sends no duties for a postponement and the votes of present voters only", () => {
    const body = decisionBody(
      { ...form, decision: "postponed", votes: { ...form.votes, absent: "for" } },
      ctx,
    );
    expect(body.duties).toEqual([]);
    expect(body.votes.map((v) => v.memberId)).toEqual(["chair", "m1", "m2"]);
    expect(
      problems({
        ...form,
        decision: "postponed",
        duties: [{ responsibleBodyId: null, what: "", dueOn: "" }],
      }),
    ).toEqual([]);
  });
});

describe("the closed list of decisions (001 Art. 79(6))", () => {
  it("gives each decision its article", () => {
    expect(DECISIONS.length).toBeGreaterThan(5);
    for (const d of DECISIONS) expect(d.article).toMatch(/^001 Arts?\. /);
    expect(decisionArticle("unknown")).toBe("");
  });
});
