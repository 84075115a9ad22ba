import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client.ts";
import {
  needsParticipants,
  badLineCount,
  parseQuarter,
  windowShown,
  progressPercent,
  quarterOf,
  quarterValue,
  recentQuarters,
  rowErrorsOf,
  stepOverdue,
} from "./schoolDomain.ts";

const refusal = (details: unknown) =>
  new ApiError(422, { code: "attendance.rows_invalid", details: details as never, message: "bad rows" });

describe("rowErrorsOf", () => {
  it("reads rows named in the common details' field, ordered by line", () => {
    const rows = rowErrorsOf(
      refusal([
        { field: "rows.7.date", code: "attendance.date_future", message: "in the future" },
        { field: "rows.3.iin", code: "attendance.iin_invalid", message: "bad IIN" },
      ]),
    );
    expect(rows).toEqual([
      { line: 3, field: "iin", code: "attendance.iin_invalid", message: "bad IIN" },
      { line: 7, field: "date", code: "attendance.date_future", message: "in the future" },
    ]);
  });

  it("reads rows given with their line as `details.rows`", () => {
    const rows = rowErrorsOf(
      refusal({
        rows: [{ line: 4, field: "validReason", code: "attendance.valid_reason_invalid", message: "m" }],
      }),
    );
    expect(rows).toEqual([
      { line: 4, field: "validReason", code: "attendance.valid_reason_invalid", message: "m" },
    ]);
  });

  it("finds none in an error of another kind", () => {
    expect(rowErrorsOf(new ApiError(422, { code: "validation.failed", details: [] }))).toEqual([]);
    expect(rowErrorsOf(new Error("x"))).toEqual([]);
  });
});

describe("quarters (001 Art. 21(10))", () => {
  it("puts a date in its quarter", () => {
    expect(quarterOf("2026-01-01")).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf("2026-03-31")).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf("2026-04-01")).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf("2026-12-06")).toEqual({ year: 2026, quarter: 4 });
  });

  it("offers the current quarter and those before it, across the year's turn", () => {
    expect(recentQuarters("2026-02-10", 3).map(quarterValue)).toEqual(["2026-Q1", "2025-Q4", "2025-Q3"]);
  });

  it("reads a picker's value back", () => {
    expect(parseQuarter("2025-Q4")).toEqual({ year: 2025, quarter: 4 });
    expect(parseQuarter("2025-Q5")).toBeNull();
    expect(parseQuarter(null)).toBeNull();
  });
});

describe("support plan", () => {
  it("counts progress and late steps", () => {
    expect(progressPercent({ done: 1, total: 3 })).toBe(33);
    expect(progressPercent({ done: 0, total: 0 })).toBe(0);
    expect(stepOverdue({ dueOn: "2026-12-01", doneOn: null }, "2026-12-06")).toBe(true);
    expect(stepOverdue({ dueOn: "2026-12-01", doneOn: "2026-12-02" }, "2026-12-06")).toBe(false);
    expect(stepOverdue({ dueOn: "2026-12-06", doneOn: null }, "2026-12-06")).toBe(false);
  });

  it("asks for the minor and the representatives where 78(3),(4) need them", () => {
    expect(needsParticipants("support_assigned")).toBe(true);
    expect(needsParticipants("representatives_refused")).toBe(true);
    expect(needsParticipants("not_needed")).toBe(false);
  });
});

describe("the 78(2)(4) window shown", () => {
  it("ends today while the law's month from the first absence is still running", () => {
    const window = { from: "2026-11-10", until: "2026-12-09" };
    expect(windowShown(window, "2026-12-07")).toEqual({ from: "2026-11-10", until: "2026-12-07" });
    expect(windowShown(window, "2026-12-20")).toEqual(window);
  });
});

describe("a refused file's bad lines", () => {
  it("counts a line with two bad cells once", () => {
    expect(badLineCount([{ line: 2 }, { line: 2 }, { line: 5 }])).toBe(2);
    expect(badLineCount([])).toBe(0);
  });
});
