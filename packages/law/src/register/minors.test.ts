import { describe, expect, it } from "vitest";
import {
  ACTIVITY_CHECK_DAYS,
  activityCheckDueOn,
  activityState,
  REGISTERED_MINOR_RESTRICTIONS,
  REHABILITATION_ACTIVITIES,
  validateMinorRestrictions,
} from "./minors.ts";

describe("registered minors (001 Art. 82)", () => {
  it("001 Art. 82(2)(1)-(8): eight activities in the order of the text", () => {
    expect(REHABILITATION_ACTIVITIES.map((a) => a.article)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `001 Art. 82(2)(${n})`),
    );
    expect(REHABILITATION_ACTIVITIES.find((a) => a.id === "82.2.5_mentoring")?.label).toMatch(/mentor/);
  });
  it("001 Art. 82(3)(1)-(4): four restrictions in the order of the text", () => {
    expect(REGISTERED_MINOR_RESTRICTIONS.map((r) => [r.id, r.article])).toEqual([
      ["82.3.1_designated_places", "001 Art. 82(3)(1)"],
      ["82.3.2_travel_without_commission_permission", "001 Art. 82(3)(2)"],
      ["82.3.3_contact_with_negative_influence", "001 Art. 82(3)(3)"],
      ["82.3.4_alcohol_or_drugs", "001 Art. 82(3)(4)"],
    ]);
  });

  type Args = Parameters<typeof validateMinorRestrictions>[0];
  const ok: Args = {
    restrictions: ["82.3.1_designated_places", "82.3.4_alcohol_or_drugs"],
    imposedBy: "court",
    onSubmissionOfInternalAffairs: true,
    subjectOnRegister: true,
    subjectBirthDate: "2010-01-01",
    imposedOn: "2026-04-01",
  };
  it.each<[string, Partial<Args>, string[]]>([
    ["001 Art. 82(3): a judge on police submission for a registered minor", {}, []],
    [
      "001 Art. 82(3): not by the commission",
      { imposedBy: "commission_on_minors" },
      ["register.minor_restriction_not_by_judge"],
    ],
    [
      "001 Art. 82(3): needs the internal affairs submission",
      { onSubmissionOfInternalAffairs: false },
      ["register.minor_restriction_no_police_submission"],
    ],
    [
      "001 Art. 82(3): only for a minor on the register",
      { subjectOnRegister: false },
      ["register.minor_restriction_not_registered"],
    ],
    [
      "001 Art. 82(3): not for an adult",
      { subjectBirthDate: "2008-04-01" },
      ["register.minor_restriction_adult"],
    ],
    ["001 Art. 82(3): closed list", { restrictions: ["curfew"] }, ["register.minor_restriction_unknown"]],
    ["001 Art. 82(3): at least one", { restrictions: [] }, ["register.minor_restriction_empty"]],
  ])("%s", (_n, input, expected) => {
    expect(validateMinorRestrictions({ ...ok, ...input }).map((r) => r.code)).toEqual(expected);
  });
});

describe("a registered minor's restrictions changed or lifted (001 Art. 82(3), last paragraph)", () => {
  // "The list of restrictions for a minor may be reduced or supplemented by the judge upon a reasoned
  // submission of the internal affairs body"
  const base = {
    imposedBy: "court" as const,
    onSubmissionOfInternalAffairs: true,
    subjectOnRegister: true,
    subjectBirthDate: "2010-01-01",
    imposedOn: "2026-06-01",
  };
  it("a ruling that lifts them leaves none; one that imposes or changes them names at least one", () => {
    expect(validateMinorRestrictions({ ...base, restrictions: [], kind: "lifted" })).toEqual([]);
    expect(
      validateMinorRestrictions({ ...base, restrictions: [], kind: "changed" }).map((r) => r.code),
    ).toEqual(["register.minor_restriction_empty"]);
    expect(validateMinorRestrictions({ ...base, restrictions: [] }).map((r) => r.code)).toEqual([
      "register.minor_restriction_empty",
    ]);
  });
});

describe("rehabilitation activities and their checks (001 Art. 82(2); the check's frequency is the system's reading)", () => {
  it("an activity is checked every 30 days from its start or its last check", () => {
    expect(ACTIVITY_CHECK_DAYS).toBe(30);
    expect(activityCheckDueOn({ from: "2026-11-01", lastCheckOn: null })).toBe("2026-12-01");
    expect(activityCheckDueOn({ from: "2026-11-01", lastCheckOn: "2026-11-20" })).toBe("2026-12-20");
  });

  it.each([
    ["started 10 days ago, never checked", { from: "2026-11-26", until: null, lastCheckOn: null }, "active"],
    [
      "started 30 days ago, never checked",
      { from: "2026-11-06", until: null, lastCheckOn: null },
      "check_due",
    ],
    ["checked 29 days ago", { from: "2026-09-01", until: null, lastCheckOn: "2026-11-07" }, "active"],
    ["checked 30 days ago", { from: "2026-09-01", until: null, lastCheckOn: "2026-11-06" }, "check_due"],
    ["planned end yesterday", { from: "2026-09-01", until: "2026-12-05", lastCheckOn: null }, "ended"],
    ["planned end today", { from: "2026-09-01", until: "2026-12-06", lastCheckOn: "2026-12-01" }, "active"],
    ["ended early", { from: "2026-09-01", until: null, lastCheckOn: null, endedOn: "2026-12-01" }, "ended"],
    ["not started yet", { from: "2026-12-20", until: null, lastCheckOn: null }, "active"],
  ] as const)("%s → %s", (_name, a, state) => {
    expect(activityState(a, "2026-12-06")).toBe(state);
  });
});
