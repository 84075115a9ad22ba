import { VICTIM_RECORD_SOURCES } from "@aldyn/contract";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { VICTIM_SOURCES } from "./fsTypes.ts";
import {
  freePlaces,
  personLine,
  printLanguages,
  progressPercent,
  stayPreview,
  stepProblems,
} from "./fsDomain.ts";

describe("a stay's one-month clock shown before saving (001 Arts. 10(2)(4), 72(2))", () => {
  it("ends one month after admission, to the same day number", () => {
    expect(stayPreview("2026-03-10", "2026-04-10")).toEqual({
      latestEnd: "2026-04-10",
      nights: 31,
      overMonth: false,
      beforeAdmission: false,
    });
  });

  it("says a day past the month is over the limit", () => {
    expect(stayPreview("2026-03-10", "2026-04-11")?.overMonth).toBe(true);
  });

  it("ends on the last day of a shorter month", () => {
    expect(stayPreview("2026-01-31", "2026-02-28")).toMatchObject({
      latestEnd: "2026-02-28",
      overMonth: false,
    });
    expect(stayPreview("2026-01-31", "2026-03-01")?.overMonth).toBe(true);
  });

  it("shows the limit once admission is given, and nothing before", () => {
    expect(stayPreview("", "2026-04-10")).toBeNull();
    expect(stayPreview("2026-03-10", "")).toMatchObject({ latestEnd: "2026-04-10", overMonth: false });
  });

  it("notes an end before admission", () => {
    expect(stayPreview("2026-03-10", "2026-03-09")?.beforeAdmission).toBe(true);
  });
});

describe("the plan form's checks of a step (001 Art. 55(1))", () => {
  const plan = { from: "2026-03-01", until: "2026-08-31" };
  const step = { area: "legal", title: "Consultation", responsibleBodyId: "b1", dueOn: "2026-04-01" };

  it("passes a step with a title, a responsible body and a due date inside the plan", () => {
    expect(stepProblems(step, plan)).toEqual({});
  });

  it("refuses a step without a responsible body", () => {
    expect(stepProblems({ ...step, responsibleBodyId: null }, plan)).toEqual({
      responsibleBodyId: "familySupport.check.stepBody",
    });
  });

  it("refuses a blank title and a missing due date", () => {
    expect(stepProblems({ ...step, title: "  ", dueOn: "" }, plan)).toEqual({
      title: "familySupport.check.stepTitle",
      dueOn: "familySupport.check.stepDue",
    });
  });

  it("refuses a due date outside the plan's term", () => {
    expect(stepProblems({ ...step, dueOn: "2026-09-01" }, plan).dueOn).toBe(
      "familySupport.check.stepDueOutside",
    );
    expect(stepProblems({ ...step, dueOn: "2026-02-28" }, plan).dueOn).toBe(
      "familySupport.check.stepDueOutside",
    );
  });
});

describe("small readings", () => {
  it("offers the sources of a victim's record the contract takes (001 Art. 10(2)(10))", () => {
    expect([...VICTIM_SOURCES]).toEqual([...VICTIM_RECORD_SOURCES]);
  });

  it("counts free places, never below zero", () => {
    expect(freePlaces(12, 5)).toBe(7);
    expect(freePlaces(2, 3)).toBe(0);
  });

  it("prints in the page's language first, Russian first for English", () => {
    expect(printLanguages("kk")).toEqual(["kk", "ru"]);
    expect(printLanguages("ru")).toEqual(["ru", "kk"]);
    expect(printLanguages("en")).toEqual(["ru", "kk"]);
  });

  it("gives a plan's progress as a percentage", () => {
    expect(progressPercent({ done: 1, total: 3 })).toBe(33);
    expect(progressPercent({ done: 0, total: 0 })).toBe(0);
  });

  it("names a withheld person neutrally (R11.1)", () => {
    const t = ((key: string) => key) as unknown as TFunction;
    expect(personLine(t, { id: "p", fullName: null })).toBe("familySupport.personWithheld");
  });
});
