import { describe, expect, it } from "vitest";
import { art } from "../core/citation.ts";
import * as versions from "./index.ts";
import {
  commencementAfterPublication,
  DEFAULT_LAW_CONFIG,
  lawInForceOn,
  ruleOn,
  type LawConfig,
  type VersionedRule,
} from "./law-version.ts";
import { preventiveConversationRulesOn, PREVENTIVE_CONVERSATION_RULES } from "./preventive-conversation.ts";
import { SPECIAL_EDUCATION_TERM, specialEducationTermOn } from "./special-education.ts";

describe("which text is in force (001 Art. 85)", () => {
  it("001 Art. 85(1): sixty calendar days after publication on 31 December 2025 expire on 1 March", () => {
    expect(commencementAfterPublication("2025-12-31")).toBe("2026-03-02");
    expect(commencementAfterPublication("2026-01-05")).toBe("2026-03-07");
    expect(commencementAfterPublication("2026-01-05", 10)).toBe("2026-01-16");
    expect(DEFAULT_LAW_CONFIG.commencement001).toBe("2026-03-02");
  });

  it.each([
    ["2004-07-09", "000"],
    ["2026-03-01", "000"], // the last day of 000 (001 Art. 85(3))
    ["2026-03-02", "001"],
    ["2030-01-01", "001"],
  ])("001 Art. 85: on %s the text in force is %s", (date, v) => {
    expect(lawInForceOn(date)).toBe(v);
    expect(lawInForceOn(date, DEFAULT_LAW_CONFIG)).toBe(v);
  });

  it("001 Art. 85(1): the commencement is configuration", () => {
    const config: LawConfig = { commencement001: "2026-03-10" };
    expect(lawInForceOn("2026-03-09", config)).toBe("000");
    expect(lawInForceOn("2026-03-10", config)).toBe("001");
  });

  const rule: VersionedRule<number> = {
    "000": { article: art("000", "1"), value: 0 },
    "001": { article: art("001", "1"), value: 1 },
  };
  const newIn001: VersionedRule<number> = { "001": { article: art("001", "45(4)"), value: 7 } };

  it("001 Art. 85: a rule is looked up in the version of the fact's date, with that version's article", () => {
    expect(ruleOn(rule, "2026-03-01")).toEqual({ version: "000", article: "000 Art. 1", value: 0 });
    expect(ruleOn(rule, "2026-03-02")).toEqual({ version: "001", article: "001 Art. 1", value: 1 });
  });

  it("001 Art. 85: a rule 000 is silent on falls back to 001 on every date", () => {
    expect(ruleOn(newIn001, "2020-01-01")).toEqual({ version: "001", article: "001 Art. 45(4)", value: 7 });
    expect(ruleOn(newIn001, "2026-03-02").version).toBe("001");
  });
});

describe("special educational organisation term (000 Art. 13(3) vs 001 Art. 80(3))", () => {
  it("000 Art. 13(3): before the commencement, one month to one year", () => {
    const r = specialEducationTermOn("2026-03-01");
    expect(r.version).toBe("000");
    expect(r.article).toBe("000 Art. 13(3)");
    expect(r.value).toMatchObject({ minMonths: 1, maxMonths: 12, minAge: 11, ageOfMajority: 18 });
    expect(r.value.earlyReleaseOnMajority).toBe(true);
    expect(r.value.educationExtensionOnlyUntilMajority).toBe(true);
    expect(r.value.articles.earlyRelease).toBe("000 Art. 13(4)");
  });

  it("001 Art. 80(3): from the commencement, six months to one year", () => {
    const r = specialEducationTermOn("2026-03-02");
    expect(r.version).toBe("001");
    expect(r.article).toBe("001 Art. 80(3)");
    expect(r.value).toMatchObject({ minMonths: 6, maxMonths: 12, minAge: 11, ageOfMajority: 18 });
    expect(r.value.earlyReleaseOnMajority).toBe(false);
    expect(r.value.articles.releaseNotice).toBe("001 Art. 80(10)(4)");
  });

  it.each([
    [3, "2026-02-20", true],
    [3, "2026-03-05", false],
    [6, "2026-03-05", true],
    [12, "2026-02-20", true],
    [13, "2026-03-05", false],
  ])("001 Art. 80(3): a term of %i months decided on %s is within the limits: %s", (months, date, ok) => {
    const { value } = specialEducationTermOn(date, DEFAULT_LAW_CONFIG);
    expect(months >= value.minMonths && months <= value.maxMonths).toBe(ok);
  });

  it("001 Art. 80(7), 000 Art. 13(7): the prosecutor takes part under both texts", () => {
    expect(SPECIAL_EDUCATION_TERM["000"]?.value.prosecutorMandatory).toBe(true);
    expect(SPECIAL_EDUCATION_TERM["001"].value.prosecutorMandatory).toBe(true);
  });
});

describe("preventive conversation (000 Art. 19-3 vs 001 Art. 50)", () => {
  it("000 Art. 19-3: before the commencement, no online format, minors warned, at most one hour", () => {
    const r = preventiveConversationRulesOn("2026-02-15");
    expect(r.version).toBe("000");
    expect(r.article).toBe("000 Art. 19-3");
    expect(r.value.places).not.toContain("online");
    expect(r.value.maxDurationMinutes).toBe(60);
    expect(r.value.warningGivenTo).toBe("minors");
    expect(r.value.appliesTo).toBe("minors");
    expect(r.value.minorCompanions).toEqual(
      expect.arrayContaining(["parent", "teacher", "legal_representative"]),
    );
    expect(r.value.articles.duration).toBe("000 Art. 19-3(3)");
  });

  it("001 Art. 50(4): from the commencement, online allowed, every person warned", () => {
    const r = preventiveConversationRulesOn("2026-03-02", DEFAULT_LAW_CONFIG);
    expect(r.version).toBe("001");
    expect(r.article).toBe("001 Art. 50");
    expect(r.value.places).toContain("online");
    expect(r.value.places).toHaveLength(6);
    expect(r.value.maxDurationMinutes).toBe(60);
    expect(r.value.warningGivenTo).toBe("everyone");
    expect(r.value.articles.minorPresence).toBe("001 Art. 50(5)");
  });

  it("001 Art. 50(5): a minor's conversation needs a legal representative or teacher in both texts", () => {
    for (const v of [PREVENTIVE_CONVERSATION_RULES["000"]!, PREVENTIVE_CONVERSATION_RULES["001"]]) {
      expect(v.value.minorCompanions).toContain("teacher");
      expect(v.value.minorCompanions).toContain("legal_representative");
    }
  });

  it("R11.3: the index re-exports the versioned rules", () => {
    for (const name of [
      "lawInForceOn",
      "ruleOn",
      "DEFAULT_LAW_CONFIG",
      "SPECIAL_EDUCATION_TERM",
      "PREVENTIVE_CONVERSATION_RULES",
      "specialEducationTermOn",
      "preventiveConversationRulesOn",
      "commencementAfterPublication",
    ])
      expect(versions).toHaveProperty(name);
  });
});
