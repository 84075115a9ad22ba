import { describe, expect, it } from "vitest";
import { centreCount, centreIdle } from "./dvHomeApi.ts";
import { ownGroup, visitsInMonth } from "./MobileGroupCard.tsx";

const group = (id: string, dissolvedOn: string | null) => ({
  id,
  name: id,
  organiserBody: { id: "b", name: { kk: "b", ru: "b", en: "b" }, type: "family_support_centre" },
  territory: { id: "t", name: { kk: "t", ru: "t", en: "t" } },
  formedOn: "2026-01-10",
  dissolvedOn,
  composition: { complete: true, missing: [], article: "001 Art. 10(2)(8)" },
  activeMembers: 4,
  visits: 0,
  lastVisitOn: null,
  version: 1,
});

describe("home blocks of family support and mobile groups", () => {
  it("the centre's counts are the server's own, and it is idle only when every one is zero", () => {
    const counts = { stepsDue: 2, stepsOverdue: 0, staysEnding: 1, staysOverdue: 0, incidentNotices: 41 };
    expect(centreCount({ counts }, "incidentNotices")).toBe(41);
    expect(centreIdle({ counts })).toBe(false);
    expect(
      centreIdle({
        counts: { stepsDue: 0, stepsOverdue: 0, staysEnding: 0, staysOverdue: 0, incidentNotices: 0 },
      }),
    ).toBe(true);
  });

  it("a member's group is the first not dissolved; visits count in the month of today", () => {
    expect(ownGroup([group("old", "2026-03-01"), group("now", null)])?.id).toBe("now");
    expect(ownGroup([group("old", "2026-03-01")])).toBeNull();
    const visits = [{ visitedOn: "2026-12-01" }, { visitedOn: "2026-11-30" }, { visitedOn: "2026-12-06" }];
    expect(visitsInMonth(visits, "2026-12-06")).toBe(2);
  });
});
