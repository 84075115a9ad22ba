import { describe, expect, it } from "vitest";
import { isCurrentMember, missingInOrder } from "./composition.ts";

describe("mobile group composition (001 Art. 10(2)(8))", () => {
  it("lists the missing participants in the law's order, whatever order the server sent", () => {
    expect(
      missingInOrder({ complete: false, missing: ["internal_affairs", "centre", "healthcare"] }),
    ).toEqual(["centre", "healthcare", "internal_affairs"]);
    expect(missingInOrder({ complete: true, missing: [] })).toEqual([]);
  });

  it("a member sits from the day they joined until the day their membership ended", () => {
    const m = { since: "2026-06-01", until: "2026-12-06" };
    expect(isCurrentMember(m, "2026-05-31")).toBe(false);
    expect(isCurrentMember(m, "2026-06-01")).toBe(true);
    expect(isCurrentMember(m, "2026-12-05")).toBe(true);
    expect(isCurrentMember(m, "2026-12-06")).toBe(false);
    expect(isCurrentMember({ since: "2026-06-01", until: null }, "2030-01-01")).toBe(true);
  });
});
