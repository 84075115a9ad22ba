import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addCalendarDays, daysBetween } from "../calendar/legal-date.ts";
import { checkTemporaryResidence, temporaryResidenceLatestEnd } from "./temporary-residence.ts";

describe("temporary residence up to one month (001 Arts. 10(2)(4), 72(2))", () => {
  it.each([
    ["2026-03-10", "2026-04-10"],
    ["2026-01-31", "2026-02-28"], // one month from 31 January: the last day of February
    ["2028-01-31", "2028-02-29"],
    ["2026-03-31", "2026-04-30"],
    ["2026-12-15", "2027-01-15"],
  ])("001 Art. 72(2): a stay from %s ends on %s at the latest", (from, latest) => {
    expect(temporaryResidenceLatestEnd(from)).toBe(latest);
  });

  it("001 Art. 72(2): a stay of one month exactly is allowed, with its nights", () => {
    expect(checkTemporaryResidence({ from: "2026-03-10", until: "2026-04-10" })).toEqual({
      ok: true,
      value: { from: "2026-03-10", until: "2026-04-10", latestEnd: "2026-04-10", nights: 31 },
    });
    expect(checkTemporaryResidence({ from: "2026-03-10", until: "2026-03-10" })).toMatchObject({
      ok: true,
      value: { nights: 0 },
    });
  });

  it("001 Art. 72(2): a day over one month is refused, naming the latest end", () => {
    expect(checkTemporaryResidence({ from: "2026-01-31", until: "2026-03-01" })).toMatchObject({
      ok: false,
      code: "domestic_violence.temporary_residence_over_one_month",
      article: "001 Art. 72(2)",
      field: "until",
      params: { latestEnd: "2026-02-28" },
    });
  });

  it("001 Art. 72(2): a stay ending before it begins is refused", () => {
    expect(checkTemporaryResidence({ from: "2026-03-10", until: "2026-03-09" })).toMatchObject({
      ok: false,
      code: "domestic_violence.temporary_residence_period_invalid",
    });
  });

  it("001 Art. 72(2) property: every allowed stay lasts at most 31 nights, and the latest end is allowed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }).map((i) => addCalendarDays("2024-01-01", i)),
        fc.integer({ min: 0, max: 40 }),
        (from, n) => {
          const until = addCalendarDays(from, n);
          const v = checkTemporaryResidence({ from, until });
          expect(v.ok).toBe(until <= temporaryResidenceLatestEnd(from));
          if (v.ok) expect(v.value.nights).toBeLessThanOrEqual(31);
          const latest = temporaryResidenceLatestEnd(from);
          expect(checkTemporaryResidence({ from, until: latest }).ok).toBe(true);
          expect(daysBetween(from, latest)).toBeGreaterThanOrEqual(28);
        },
      ),
    );
  });
});
