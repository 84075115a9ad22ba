import { describe, expect, it } from "vitest";
import { publishedMedian, publishedShare, suppressedCells } from "./handoff-figures-disclosure.ts";

describe("disclosure control of published counts (R8)", () => {
  it("hides counts of 1-4, never a zero, and a second cell of each sum with a lone hidden one", () => {
    // A region of three districts: 12 = 9 + 3 + 0. The 3 is small; alone in its sum it would be
    // 12 − 9, so the 9 is hidden too (the smallest other part, before the total).
    const counts = new Map([
      ["total", 12],
      ["d1", 9],
      ["d2", 3],
      ["d3", 0],
    ]);
    expect(suppressedCells(counts, [["total", "d1", "d2", "d3"]])).toEqual(new Set(["d2", "d1"]));
  });

  it("follows a hidden cell into every sum it is in until none is alone", () => {
    // Two districts by two channels: d1 = 7 web + 2 phone, d2 = 6 web + 5 phone; web 13, phone 7,
    // all 20. d1.phone (2) is small → d1.web hidden (its row) → d2.web hidden (the web column) →
    // d2.phone hidden (d2's row) → the phone column then has two hidden: done.
    const counts = new Map([
      ["all", 20],
      ["web", 13],
      ["phone", 7],
      ["d1", 9],
      ["d2", 11],
      ["d1.web", 7],
      ["d1.phone", 2],
      ["d2.web", 6],
      ["d2.phone", 5],
    ]);
    const sums = [
      ["all", "d1", "d2"],
      ["all", "web", "phone"],
      ["d1", "d1.web", "d1.phone"],
      ["d2", "d2.web", "d2.phone"],
      ["web", "d1.web", "d2.web"],
      ["phone", "d1.phone", "d2.phone"],
    ];
    const hidden = suppressedCells(counts, sums);
    expect([...hidden].sort()).toEqual(["d1.phone", "d1.web", "d2.phone", "d2.web"]);
    for (const s of sums) expect(s.filter((k) => hidden.has(k)).length).not.toBe(1);
  });

  it("a median over fewer than five records and a share beside a hidden count are withheld", () => {
    expect(publishedMedian(4, 3.25, 1)).toBe("suppressed");
    expect(publishedMedian(5, 3.25, 1)).toBe(3.3);
    expect(publishedMedian(0, null, 1)).toBeNull();
    const hidden = new Set(["overdue"]);
    expect(publishedShare({ key: "overdue", n: 2 }, { key: "sent", n: 40 }, hidden)).toBe("suppressed");
    expect(publishedShare({ key: "o", n: 10 }, { key: "s", n: 40 }, hidden)).toBe(0.25);
    expect(publishedShare({ key: "o", n: 0 }, { key: "s", n: 3 }, hidden)).toBe("suppressed");
  });
});
