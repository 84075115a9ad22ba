import { describe, expect, it } from "vitest";
import { DEFAULT_CARRIED_000_CONFIG } from "./carried-config.ts";
import {
  ADAPTATION_CENTRE_RELEASE_GROUNDS,
  SPECIAL_EDUCATION_RELEASE_GROUNDS,
  SPECIAL_REGIME_RELEASE_GROUNDS,
  specialInstitutionReleaseDay,
  type ReleaseDayInput,
} from "./release.ts";

describe("release grounds (000 Art. 14-1, carried)", () => {
  it("000 Art. 14-1(1)-(3): five, four and five grounds in the order of the text", () => {
    expect(SPECIAL_EDUCATION_RELEASE_GROUNDS.map((g) => g.article)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `000 Art. 14-1(1)(${n})`),
    );
    expect(SPECIAL_REGIME_RELEASE_GROUNDS.map((g) => g.article)).toEqual(
      [1, 2, 3, 4].map((n) => `000 Art. 14-1(2)(${n})`),
    );
    expect(ADAPTATION_CENTRE_RELEASE_GROUNDS.map((g) => g.article)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `000 Art. 14-1(3)(${n})`),
    );
  });
  it.each<[string, ReleaseDayInput, string, string]>([
    [
      "000 Art. 14-1(1)(1): on the day the term expires",
      { ground: "term_expired", termEnd: "2027-04-10" },
      "2027-04-10",
      "000 Art. 14-1(1)(1)",
    ],
    [
      "000 Art. 14-1(1)(2): on the day of majority",
      { ground: "majority", subjectBirthDate: "2008-09-15" },
      "2026-09-15",
      "000 Art. 14-1(1)(2)",
    ],
    [
      "000 Art. 14-1(1)(3): court decision received at 17:59 — the same day",
      { ground: "court_early_release", decisionReceivedAt: new Date("2026-04-15T17:59:00+05:00") },
      "2026-04-15",
      "000 Art. 14-1(1)(3)",
    ],
    [
      "000 Art. 14-1(1)(3): received at 18:00, after the working day — the next day",
      { ground: "court_early_release", decisionReceivedAt: new Date("2026-04-15T18:00:00+05:00") },
      "2026-04-16",
      "000 Art. 14-1(1)(3)",
    ],
    [
      "000 Art. 14-1(1)(4): referral to a special regime, on the day of the event",
      { ground: "referred_to_special_regime", eventOn: "2026-05-02" },
      "2026-05-02",
      "000 Art. 14-1(1)(4)",
    ],
  ])("%s", (_n, input, releaseOn, article) => {
    expect(specialInstitutionReleaseDay("special_educational_organisation", input)).toEqual({
      ok: true,
      value: { releaseOn, article, carriedFrom000: true },
    });
  });
  it("000 Art. 14-1(2)(4): special regime — circumstances precluding the stay", () => {
    expect(
      specialInstitutionReleaseDay("special_regime_organisation", {
        ground: "circumstances_preclude_stay",
        eventOn: "2026-06-01",
      }),
    ).toMatchObject({ ok: true, value: { releaseOn: "2026-06-01", article: "000 Art. 14-1(2)(4)" } });
  });
  it("000 Art. 14-1(2): no 'referral to special regime' ground from the special regime itself", () => {
    expect(
      specialInstitutionReleaseDay("special_regime_organisation", {
        ground: "referred_to_special_regime",
        eventOn: "2026-06-01",
      }),
    ).toMatchObject({ ok: false, code: "minors.release_ground_not_applicable" });
  });
  it("000 Art. 14-1(1)(2) (R4.3): the majority rule is configuration", () => {
    const config = {
      ...DEFAULT_CARRIED_000_CONFIG,
      release: { ...DEFAULT_CARRIED_000_CONFIG.release, onMajority: false },
    };
    expect(
      specialInstitutionReleaseDay(
        "special_educational_organisation",
        { ground: "majority", subjectBirthDate: "2008-09-15" },
        config,
      ),
    ).toMatchObject({
      ok: false,
      code: "minors.release_on_majority_disabled",
      article: "000 Art. 14-1(1)(2)",
    });
  });
});
