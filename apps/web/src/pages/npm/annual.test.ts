import { describe, expect, it } from "vitest";
import {
  annualRights,
  answerState,
  deadlineState,
  formatKzt,
  parseSuggestions,
  sortedCounts,
  suggestionsText,
  yearOptions,
} from "./annual.ts";

describe("annual report helpers", () => {
  it("offers this year and five before it, newest first", () => {
    expect(yearOptions(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it("tells the four states of a step with a due date (000 Art. 34(3))", () => {
    expect(deadlineState(null, false)).toBe("pending");
    expect(deadlineState(null, true)).toBe("overdue");
    expect(deadlineState("2026-02-01", false)).toBe("done");
    expect(deadlineState("2026-03-05", true)).toBe("late");
  });

  it("reads a state body's answer against three months (000 Art. 36(2))", () => {
    expect(answerState({ answeredOn: null, overdue: false, late: false })).toBe("pending");
    expect(answerState({ answeredOn: null, overdue: true, late: false })).toBe("overdue");
    expect(answerState({ answeredOn: "2026-04-01", overdue: false, late: false })).toBe("done");
    expect(answerState({ answeredOn: "2026-06-01", overdue: false, late: true })).toBe("late");
  });

  it("sorts counts largest first, ties by key", () => {
    expect(sortedCounts({ b: 1, a: 1, c: 5 })).toEqual([
      ["c", 5],
      ["a", 1],
      ["b", 1],
    ]);
  });

  it("takes one suggestion per non-blank line", () => {
    expect(parseSuggestions("  Amend Art. 5 \n\n\r\nRepeal p.3\n ")).toEqual(["Amend Art. 5", "Repeal p.3"]);
  });

  it("shows the edit box one suggestion per line and reads it back the same", () => {
    const list = ["Amend Art. 5", "Repeal p.3"];
    expect(suggestionsText(list)).toBe("Amend Art. 5\nRepeal p.3");
    expect(parseSuggestions(suggestionsText(list))).toEqual(list);
  });

  it("mirrors the server's rights on the annual report (000 Arts. 34(1), (3), 36(2))", () => {
    expect(annualRights(["coordinating_council_member"])).toEqual({
      draft: true,
      approve: true,
      record: false,
    });
    expect(annualRights(["npm_participant"])).toEqual({ draft: true, approve: false, record: false });
    expect(annualRights(["commissioner_representative"])).toEqual({
      draft: false,
      approve: false,
      record: true,
    });
    expect(annualRights(["police_inspector_local", "prosecutor"])).toEqual({
      draft: false,
      approve: false,
      record: false,
    });
  });

  it("formats tenge in the user's locale", () => {
    expect(formatKzt(1234.5, "en-GB")).toBe("1,234.5");
  });
});
