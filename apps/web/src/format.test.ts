import { describe, expect, it } from "vitest";
import { checkInstant, todayIso } from "./format.ts";

describe("dates of checks in Almaty time (R11.4)", () => {
  it("today is Almaty's date: 20:30 UTC on 1 December is already 2 December there", () => {
    expect(todayIso(new Date("2026-12-01T20:30:00Z"))).toBe("2026-12-02");
    expect(todayIso(new Date("2026-12-01T18:59:59Z"))).toBe("2026-12-01");
  });

  it("a check of today is now (never before a service earlier today); an earlier day is its noon", () => {
    const now = new Date("2026-12-02T09:45:00Z"); // 14:45 in Almaty
    expect(checkInstant("2026-12-02", now)).toBe(now.toISOString());
    expect(checkInstant("2026-11-30", now)).toBe("2026-11-30T07:00:00.000Z");
  });
});
