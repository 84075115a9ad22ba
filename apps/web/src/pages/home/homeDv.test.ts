import { describe, expect, it } from "vitest";
import { centreCount, type CentreWorklist } from "./dvHomeApi.ts";
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
  it("the centre's counts are the server's own where it sends them, else the lists' lengths", () => {
    const w: CentreWorklist = {
      stepsDue: [1, 2],
      stepsOverdue: [],
      staysEnding: [1],
      staysOverdue: [],
      incidentNotices: [1, 2, 3],
      counts: { incidentNotices: 41 },
    };
    expect(centreCount(w, "incidentNotices")).toBe(41);
    expect(centreCount(w, "stepsDue")).toBe(2);
    expect(centreCount(w, "staysOverdue")).toBe(0);
  });

  it("a member's group is the first not dissolved; visits count in the month of today", () => {
    expect(ownGroup([group("old", "2026-03-01"), group("now", null)])?.id).toBe("now");
    expect(ownGroup([group("old", "2026-03-01")])).toBeNull();
    const visits = [{ visitedOn: "2026-12-01" }, { visitedOn: "2026-11-30" }, { visitedOn: "2026-12-06" }];
    expect(visitsInMonth(visits, "2026-12-06")).toBe(2);
  });
});
