import { describe, expect, it } from "vitest";
import { compositionOrder, termState, treeRows } from "./commissionDomain.ts";

describe("the commissions as a tree (001 Art. 79(6)(4))", () => {
  it("puts each commission under its parent, one step deeper", () => {
    const rows = treeRows([
      { bodyId: "d1", parentBodyId: "r" },
      { bodyId: "r", parentBodyId: "x-outside" },
      { bodyId: "s1", parentBodyId: "d1" },
      { bodyId: "d2", parentBodyId: "r" },
    ]);
    expect(rows.map((r) => `${r.node.bodyId}:${r.depth}`)).toEqual(["r:0", "d1:1", "s1:2", "d2:1"]);
  });
  it("survives a loop in the data", () => {
    const rows = treeRows([
      { bodyId: "a", parentBodyId: null },
      { bodyId: "b", parentBodyId: "a" },
    ]);
    expect(rows).toHaveLength(2);
  });
});

describe("a member's term of office (001 Art. 79(4))", () => {
  const today = "2026-12-06";
  it("tells serving, ended, run out and not yet begun", () => {
    expect(termState({ active: true, endedOn: null, until: null, since: "2025-01-01" }, today)).toBe(
      "active",
    );
    expect(termState({ active: false, endedOn: "2026-01-01", until: null, since: "2025-01-01" }, today)).toBe(
      "ended",
    );
    expect(termState({ active: false, endedOn: null, until: "2026-12-05", since: "2025-01-01" }, today)).toBe(
      "expired",
    );
    expect(termState({ active: false, endedOn: null, until: null, since: "2027-01-01" }, today)).toBe(
      "future",
    );
  });
  it("orders the composition chair, deputy, members, secretary; active first", () => {
    const m = (fullName: string, role: string, active = true) => ({ fullName, role, active });
    const order = compositionOrder([
      m("S", "secretary"),
      m("M", "member"),
      m("C", "chair"),
      m("X", "chair", false),
      m("D", "deputy_chair"),
    ]);
    expect(order.map((x) => x.fullName)).toEqual(["C", "D", "M", "S", "X"]);
  });
});
