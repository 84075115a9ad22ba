import { describe, expect, it } from "vitest";
import { deriveRegisterEntry, type RegisterEntry, type RegisterFact } from "./entry.ts";

const warning: RegisterEntry = {
  ground: "59.2.5_official_warning",
  subjectBirthDate: "1990-05-10",
  placedOn: "2026-04-01",
  measures: [{ validFrom: "2026-04-01", validUntil: "2026-04-30" }],
};
const neglected: RegisterEntry = {
  ground: "59.2.8_neglected_or_homeless_minor",
  subjectBirthDate: "2008-09-15",
  placedOn: "2026-04-01",
  measures: [],
};

describe("deriveRegisterEntry (001 Art. 59(7)-(9))", () => {
  it("001 Art. 59(7): active while the measure is valid, with its scheduled expiry", () => {
    const s = deriveRegisterEntry(warning, [], "2026-04-15");
    expect(s.status).toBe("active");
    expect(s.lastDay).toBe("2026-04-30");
    expect(s.scheduledTermination).toEqual({
      ground: "measures_expired",
      on: "2026-05-01",
      article: "001 Art. 59(8)(2)",
      automatic: true,
    });
    expect(s.termination).toBeNull();
  });
  it("001 Art. 59(7): still active on the measure's last day", () => {
    expect(deriveRegisterEntry(warning, [], "2026-04-30").status).toBe("active");
  });
  it("001 Art. 59(8)(2): terminated the day after the measures expire, without any recorded fact", () => {
    const s = deriveRegisterEntry(warning, [], "2026-05-01");
    expect(s.status).toBe("terminated");
    expect(s.termination).toEqual({
      ground: "measures_expired",
      on: "2026-05-01",
      article: "001 Art. 59(8)(2)",
      automatic: true,
    });
    expect(s.scheduledTermination).toBeNull();
  });
  it("001 Art. 59(2): not yet placed before the placement date", () => {
    const s = deriveRegisterEntry(warning, [], "2026-03-31");
    expect(s.status).toBe("not_yet_placed");
    expect(s.lastDay).toBeNull();
  });
  it("001 Art. 59(8)(4): a neglected minor's entry ends automatically on the 18th birthday", () => {
    expect(deriveRegisterEntry(neglected, [], "2026-09-14").status).toBe("active");
    const s = deriveRegisterEntry(neglected, [], "2027-01-01");
    expect(s.status).toBe("terminated");
    expect(s.termination).toEqual({
      ground: "minor_turned_18",
      on: "2026-09-15",
      article: "001 Art. 59(8)(4)",
      automatic: true,
    });
    expect(s.lastDay).toBe("2026-09-14");
  });
  it("001 Art. 59(8)(4): born 29 February — eighteen on 1 March of a common year", () => {
    const s = deriveRegisterEntry({ ...neglected, subjectBirthDate: "2012-02-29" }, [], "2030-03-01");
    expect(s.termination?.on).toBe("2030-03-01");
    expect(
      deriveRegisterEntry({ ...neglected, subjectBirthDate: "2012-02-29" }, [], "2030-02-28").status,
    ).toBe("active");
  });
  it("001 Art. 48(3)(10), 59(8): no measures and no minors' ground — open-ended", () => {
    const parent: RegisterEntry = {
      ...neglected,
      ground: "59.2.7_parent_failing_duties",
      subjectBirthDate: "1980-01-01",
    };
    const s = deriveRegisterEntry(parent, [], "2040-01-01");
    expect(s.status).toBe("active");
    expect(s.lastDay).toBeNull();
    expect(s.scheduledTermination).toBeNull();
  });
  it("001 Art. 59(8)(4) (choice): a minor on a ground open to anyone is not terminated at 18", () => {
    const po: RegisterEntry = {
      ground: "59.2.1_protective_order",
      subjectBirthDate: "2008-04-10",
      placedOn: "2026-04-01",
      measures: [{ validFrom: "2026-04-01", validUntil: "2026-04-30" }],
    };
    expect(deriveRegisterEntry(po, [], "2026-04-20").status).toBe("active");
  });
  it("001 Art. 59(8)(2), 59(8)(4): the earlier of expiry and the 18th birthday wins", () => {
    const e: RegisterEntry = {
      ...neglected,
      measures: [{ validFrom: "2026-04-01", validUntil: "2026-12-31" }],
    };
    expect(deriveRegisterEntry(e, [], "2027-02-01").termination?.ground).toBe("minor_turned_18");
    const early: RegisterEntry = {
      ...neglected,
      measures: [{ validFrom: "2026-04-01", validUntil: "2026-05-31" }],
    };
    expect(deriveRegisterEntry(early, [], "2027-02-01").termination?.ground).toBe("measures_expired");
  });
  it.each<[string, RegisterFact, string]>([
    [
      "001 Art. 59(8)(1): early for correction",
      { type: "terminated", on: "2026-04-10", ground: "corrected", positiveCharacterisation: true },
      "001 Art. 59(8)(1)",
    ],
    [
      "001 Art. 59(8)(3): imprisonment",
      { type: "terminated", on: "2026-04-10", ground: "imprisoned" },
      "001 Art. 59(8)(3)",
    ],
    [
      "001 Art. 59(8)(5): death",
      { type: "terminated", on: "2026-04-10", ground: "death" },
      "001 Art. 59(8)(5)",
    ],
  ])("%s — a recorded termination", (_n, fact, article) => {
    const s = deriveRegisterEntry(warning, [fact], "2026-04-20");
    expect(s.status).toBe("terminated");
    expect(s.termination).toMatchObject({ on: "2026-04-10", article, automatic: false });
    expect(s.lastDay).toBe("2026-04-09");
  });
  it("001 Art. 59(8): a termination recorded for a later date is not yet effective", () => {
    const s = deriveRegisterEntry(
      warning,
      [{ type: "terminated", on: "2026-04-25", ground: "death" }],
      "2026-04-20",
    );
    expect(s.status).toBe("active");
  });
  it("001 Art. 59(8): a recorded fact on the same day as the automatic expiry wins the tie", () => {
    const s = deriveRegisterEntry(
      warning,
      [{ type: "terminated", on: "2026-05-01", ground: "imprisoned" }],
      "2026-06-01",
    );
    expect(s.termination).toMatchObject({ ground: "imprisoned", automatic: false });
  });
  it("001 Art. 59(8)(2): placement after all measures lapsed terminates on the placement day", () => {
    const late: RegisterEntry = { ...warning, placedOn: "2026-05-10" };
    expect(deriveRegisterEntry(late, [], "2026-05-10").termination).toMatchObject({
      ground: "measures_expired",
      on: "2026-05-10",
    });
  });
});

describe("extension (001 Art. 59(9), 48(5))", () => {
  const ext = (on: string, until: string | null, basis: "59(9)" | "48(5)" = "59(9)"): RegisterFact => ({
    type: "extended",
    on,
    until,
    reason: "antisocial behaviour persists",
    basis,
  });
  it("001 Art. 59(9): an extension decided while running prolongs the entry", () => {
    const s = deriveRegisterEntry(warning, [ext("2026-04-28", "2026-07-31")], "2026-06-15");
    expect(s.status).toBe("active");
    expect(s.lastDay).toBe("2026-07-31");
    expect(s.extensionsApplied).toHaveLength(1);
    expect(
      deriveRegisterEntry(warning, [ext("2026-04-28", "2026-07-31")], "2026-08-01").termination?.on,
    ).toBe("2026-08-01");
  });
  it("001 Art. 59(9): decided on the last day still counts", () => {
    expect(deriveRegisterEntry(warning, [ext("2026-04-30", "2026-05-31")], "2026-05-15").status).toBe(
      "active",
    );
  });
  it("001 Art. 59(9): decided after the entry lapsed is ignored (a new placement is needed)", () => {
    const s = deriveRegisterEntry(warning, [ext("2026-05-02", "2026-07-31")], "2026-06-15");
    expect(s.status).toBe("terminated");
    expect(s.extensionsIgnored).toHaveLength(1);
  });
  it("001 Art. 59(9): 'until the likelihood is eliminated' — open-ended", () => {
    const s = deriveRegisterEntry(warning, [ext("2026-04-20", null)], "2030-01-01");
    expect(s.status).toBe("active");
    expect(s.lastDay).toBeNull();
  });
  it("001 Art. 59(9): chained extensions, and a later measure joining the extended run", () => {
    const e: RegisterEntry = {
      ...warning,
      measures: [...warning.measures, { validFrom: "2026-06-10", validUntil: "2026-08-31" }],
    };
    const facts = [ext("2026-06-05", "2026-06-30", "48(5)"), ext("2026-04-30", "2026-06-05")];
    const s = deriveRegisterEntry(e, facts, "2026-07-01");
    expect(s.extensionsApplied.map((f) => f.on)).toEqual(["2026-04-30", "2026-06-05"]);
    expect(s.lastDay).toBe("2026-08-31");
  });
  it("001 Art. 59(9): an extension after another ground ended the entry is ignored", () => {
    const s = deriveRegisterEntry(
      warning,
      [{ type: "terminated", on: "2026-04-10", ground: "death" }, ext("2026-04-20", "2026-06-30")],
      "2026-06-01",
    );
    expect(s.extensionsIgnored).toHaveLength(1);
    expect(s.termination?.ground).toBe("death");
  });
  it("001 Art. 59(9): extending an open-ended entry changes nothing", () => {
    const s = deriveRegisterEntry(
      { ...neglected, ground: "59.2.7_parent_failing_duties" },
      [ext("2026-05-01", "2026-06-01")],
      "2026-07-01",
    );
    expect(s.extensionsApplied).toHaveLength(1);
    expect(s.lastDay).toBeNull();
  });
  it("001 Art. 59(9): an extension dated before a late placement that does not reach it", () => {
    const late: RegisterEntry = { ...warning, placedOn: "2026-05-10" };
    const s = deriveRegisterEntry(late, [ext("2026-04-20", "2026-05-05")], "2026-05-10");
    expect(s.termination?.ground).toBe("measures_expired");
  });
});

describe("appeal (001 Art. 59(5))", () => {
  it("001 Art. 59(5): none, pending, upheld, annulled", () => {
    expect(deriveRegisterEntry(warning, [], "2026-04-10").appeal.status).toBe("none");
    const lodged: RegisterFact = { type: "appealed", on: "2026-04-05" };
    expect(deriveRegisterEntry(warning, [lodged], "2026-04-10").appeal).toEqual({
      status: "pending",
      lodgedOn: "2026-04-05",
      decidedOn: null,
      article: "001 Art. 59(5)",
    });
    const upheld = deriveRegisterEntry(
      warning,
      [lodged, { type: "appeal_decided", on: "2026-04-12", outcome: "upheld" }],
      "2026-04-20",
    );
    expect(upheld.appeal.status).toBe("upheld");
    expect(upheld.status).toBe("active");
    const annulled = deriveRegisterEntry(
      warning,
      [lodged, { type: "appeal_decided", on: "2026-04-12", outcome: "placement_annulled" }],
      "2026-04-20",
    );
    expect(annulled.status).toBe("annulled");
    expect(annulled.annulledOn).toBe("2026-04-12");
  });
  it("001 Art. 59(5): the last decision counts (a higher instance reverses)", () => {
    const s = deriveRegisterEntry(
      warning,
      [
        { type: "appeal_decided", on: "2026-04-12", outcome: "placement_annulled" },
        { type: "appeal_decided", on: "2026-04-18", outcome: "upheld" },
      ],
      "2026-04-20",
    );
    expect(s.status).toBe("active");
  });
});

describe("preventive control (001 Art. 59(10))", () => {
  const controlled: RegisterEntry = { ...warning, controlFrequency: { per: "month", times: 2 } };
  it("001 Art. 59(10), 51(6): schedule from placement; a check resets the clock (twice a month = 14-day gap)", () => {
    const s = deriveRegisterEntry(controlled, [{ type: "control_check", on: "2026-04-10" }], "2026-04-20");
    expect(s.control).toEqual({ nextDue: "2026-04-24", overdue: false, missed: [] });
  });
  it("001 Art. 59(10): overdue while active", () => {
    expect(deriveRegisterEntry(controlled, [], "2026-04-20").control?.overdue).toBe(true);
  });
  it("001 Art. 59(10): never overdue after termination, but the missed check stays on record", () => {
    const s = deriveRegisterEntry(controlled, [], "2026-06-01");
    expect(s.control?.overdue).toBe(false);
    expect(s.control?.missed).toEqual(["2026-04-15"]);
  });
  it("001 Art. 59(5), 59(10): no control on an annulled entry", () => {
    const s = deriveRegisterEntry(
      controlled,
      [{ type: "appeal_decided", on: "2026-04-05", outcome: "placement_annulled" }],
      "2026-04-20",
    );
    expect(s.control).toBeNull();
  });
});

describe("fact ordering (001 Art. 59(8))", () => {
  it("001 Art. 59(8)(5), 59(8)(4): a death recorded before the 18th birthday wins over it; facts in any order", () => {
    const facts: RegisterFact[] = [
      { type: "appealed", on: "2026-06-01" },
      { type: "terminated", on: "2026-07-01", ground: "death" },
      { type: "terminated", on: "2026-06-01", ground: "imprisoned" },
      { type: "appealed", on: "2026-06-01" },
      { type: "appealed", on: "2026-05-01" },
    ];
    const s = deriveRegisterEntry(neglected, facts, "2027-01-01");
    expect(s.termination).toMatchObject({ ground: "imprisoned", on: "2026-06-01" });
    expect(s.appeal.lodgedOn).toBe("2026-05-01");
  });
});
