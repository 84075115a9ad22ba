import { describe, expect, it } from "vitest";
import { coverageState, pageOf, searchByName } from "./institutionList.ts";

const named = (...names: string[]) => names.map((name) => ({ name }));

describe("searchByName", () => {
  const items = named("Учреждение ЛА-155/7", "Изолятор временного содержания", "Детский дом «Ёлочка»");
  it("keeps every institution when the search is empty or blank", () => {
    expect(searchByName(items, "")).toEqual(items);
    expect(searchByName(items, "   ")).toEqual(items);
  });
  it("matches parts of the name in any case, every word, ё as е", () => {
    expect(searchByName(items, "ла-155")).toEqual([items[0]]);
    expect(searchByName(items, "ВРЕМЕННОГО  изолятор")).toEqual([items[1]]);
    expect(searchByName(items, "елочка")).toEqual([items[2]]);
    expect(searchByName(items, "изолятор дом")).toEqual([]);
  });
});

describe("pageOf", () => {
  const xs = Array.from({ length: 7 }, (_, i) => i);
  it("cuts pages of the given size and clamps the page number", () => {
    expect(pageOf(xs, 1, 3)).toEqual([0, 1, 2]);
    expect(pageOf(xs, 3, 3)).toEqual([6]);
    expect(pageOf(xs, 9, 3)).toEqual([6]);
    expect(pageOf(xs, 0, 3)).toEqual([0, 1, 2]);
    expect(pageOf([], 1, 3)).toEqual([]);
  });
});

describe("coverageState (003 p.3(1))", () => {
  it.each([
    [{ neverVisited: true, overdue: true, due: false }, "never"],
    [{ neverVisited: false, overdue: true, due: false }, "overdue"],
    // Never visited but subject to visits for less than four years: not yet overdue.
    [{ neverVisited: true, overdue: false, due: true }, "due"],
    [{ neverVisited: true, overdue: false, due: false }, "ok"],
    [{ neverVisited: false, overdue: false, due: false }, "ok"],
  ] as const)("%o → %s", (c, state) => {
    expect(coverageState(c)).toBe(state);
  });
});
