import { describe, expect, it } from "vitest";
import { art, point } from "../core/citation.ts";
import { CITED_ACTS, DISPLAY_LANGUAGES } from "./acts.ts";
import { parseCitation } from "./parse-citation.ts";
import { citationTitle, renderCitation, renderCitationsIn } from "./render-citation.ts";

const LAW_RU = "Закона «О профилактике правонарушений»";
const LAW_KK = "«Құқық бұзушылықтың алдын алу туралы» Заңның";
const LAW_EN = "of the Law on Prevention of Infractions";
const L591_RU = "Закона от 9 июля 2004 года № 591";
const L591_KK = "2004 жылғы 9 шілдедегі № 591 Заңның";
const L591_EN = "of Law No. 591 of 9 July 2004";
const RULES_RU = "Правил превентивных посещений";
const RULES_KK = "Превентивтік барулар қағидаларының";
const RULES_EN = "of the Rules for Preventive Visits";

describe("a citation in words, from its parts (001, 000, 003)", () => {
  it.each([
    // article; article and paragraph; article, paragraph and subparagraph (001 Art. 51(5): 30 days)
    [art("001", "51"), `ст. 51 ${LAW_RU}`, `${LAW_KK} 51-бабы`, `Art. 51 ${LAW_EN}`],
    [art("001", "51(5)"), `п. 5 ст. 51 ${LAW_RU}`, `${LAW_KK} 51-бабының 5-тармағы`, `Art. 51(5) ${LAW_EN}`],
    [
      art("001", "59(2)(5)"),
      `подп. 5) п. 2 ст. 59 ${LAW_RU}`,
      `${LAW_KK} 59-бабы 2-тармағының 5) тармақшасы`,
      `Art. 59(2)(5) ${LAW_EN}`,
    ],
    // Law 591, with an inserted article (14-1) — not a range
    [
      art("000", "28(1)(4)"),
      `подп. 4) п. 1 ст. 28 ${L591_RU}`,
      `${L591_KK} 28-бабы 1-тармағының 4) тармақшасы`,
      `Art. 28(1)(4) ${L591_EN}`,
    ],
    [
      art("000", "14-1(1)"),
      `п. 1 ст. 14-1 ${L591_RU}`,
      `${L591_KK} 14-1-бабының 1-тармағы`,
      `Art. 14-1(1) ${L591_EN}`,
    ],
    // the Rules of Decree 266: points and subpoints
    [point("22"), `п. 22 ${RULES_RU}`, `${RULES_KK} 22-тармағы`, `p. 22 ${RULES_EN}`],
    [
      point("17(2)"),
      `подп. 2) п. 17 ${RULES_RU}`,
      `${RULES_KK} 17-тармағының 2) тармақшасы`,
      `p. 17(2) ${RULES_EN}`,
    ],
    [
      "003 p.20 para 2",
      `абз. 2 п. 20 ${RULES_RU}`,
      `${RULES_KK} 20-тармағының 2-абзацы`,
      `p. 20, para. 2 ${RULES_EN}`,
    ],
  ])("%s", (code, ru, kk, en) => {
    expect(renderCitation(code, "ru")).toBe(ru);
    expect(renderCitation(code, "kk")).toBe(kk);
    expect(renderCitation(code, "en")).toBe(en);
  });

  it.each([
    // several paragraphs of one article (001 Art. 60(1), (4): the victim named on the order)
    [
      "001 Art. 60(1), (4)",
      `пп. 1, 4 ст. 60 ${LAW_RU}`,
      `${LAW_KK} 60-бабының 1, 4-тармақтары`,
      `Art. 60(1), (4) ${LAW_EN}`,
    ],
    [
      "001 Arts. 51(3), 72(3)(2)",
      `п. 3 ст. 51, подп. 2) п. 3 ст. 72 ${LAW_RU}`,
      `${LAW_KK} 51-бабының 3-тармағы, 72-бабы 3-тармағының 2) тармақшасы`,
      `Arts. 51(3), 72(3)(2) ${LAW_EN}`,
    ],
    ["001 Arts. 64-66", `ст. 64–66 ${LAW_RU}`, `${LAW_KK} 64–66-баптары`, `Arts. 64–66 ${LAW_EN}`],
    [
      "001 Art. 59(2)-(3)",
      `пп. 2–3 ст. 59 ${LAW_RU}`,
      `${LAW_KK} 59-бабының 2–3-тармақтары`,
      `Art. 59(2)–(3) ${LAW_EN}`,
    ],
    [
      "001 Art. 78(2)(1)-(12)",
      `подп. 1)–12) п. 2 ст. 78 ${LAW_RU}`,
      `${LAW_KK} 78-бабы 2-тармағының 1)–12) тармақшалары`,
      `Art. 78(2)(1)–(12) ${LAW_EN}`,
    ],
    [
      "000 Arts. 26(3), 31",
      `п. 3 ст. 26, ст. 31 ${L591_RU}`,
      `${L591_KK} 26-бабының 3-тармағы, 31-бабы`,
      `Arts. 26(3), 31 ${L591_EN}`,
    ],
    ["003 pp.22-23", `пп. 22–23 ${RULES_RU}`, `${RULES_KK} 22–23-тармақтары`, `pp. 22–23 ${RULES_EN}`],
    ["003 pp.8, 11", `пп. 8, 11 ${RULES_RU}`, `${RULES_KK} 8, 11-тармақтары`, `pp. 8, 11 ${RULES_EN}`],
    [
      "003 pp.3(3), 10",
      `подп. 3) п. 3, п. 10 ${RULES_RU}`,
      `${RULES_KK} 3-тармағының 3) тармақшасы, 10-тармағы`,
      `pp. 3(3), 10 ${RULES_EN}`,
    ],
  ])("plural: %s", (code, ru, kk, en) => {
    expect(renderCitation(code, "ru")).toBe(ru);
    expect(renderCitation(code, "kk")).toBe(kk);
    expect(renderCitation(code, "en")).toBe(en);
  });

  it("reads the parts of a code", () => {
    expect(parseCitation(art("001", "51(5)"))).toEqual({
      act: "001",
      unit: "article",
      refs: [{ units: ["51", "5"] }],
    });
    expect(parseCitation("000 Art. 22-4(2)")?.refs).toEqual([{ units: ["22-4", "2"] }]);
    expect(parseCitation("003 pp.5-6")?.refs).toEqual([{ units: ["5"], through: "6" }]);
    expect(parseCitation("001 Art. 80(7),(12)")?.refs).toEqual([
      { units: ["80", "7"] },
      { units: ["80", "12"] },
    ]);
  });

  it("leaves any other text as it is", () => {
    const other = "Law No. 223-III of 12 January 2007 On National Registers of Identification Numbers";
    for (const lang of DISPLAY_LANGUAGES) {
      expect(renderCitation(other, lang)).toBe(other);
      expect(renderCitation("R11.1", lang)).toBe("R11.1");
      expect(renderCitation("004 Art. 1", lang)).toBe("004 Art. 1");
      expect(renderCitation("001 Art. (2)", lang)).toBe("001 Art. (2)");
      expect(citationTitle("R11.1", lang)).toBeNull();
    }
  });

  it("replaces every code inside a text, leaving the rest", () => {
    const text =
      "Interviews are seen only by the group (000 Art. 29(1)(4); 003 p.20). See 001 Arts. 51(6), 60(5).";
    expect(renderCitationsIn(text, "ru")).toBe(
      `Interviews are seen only by the group (подп. 4) п. 1 ст. 29 ${L591_RU}; п. 20 ${RULES_RU}). See п. 6 ст. 51, п. 5 ст. 60 ${LAW_RU}.`,
    );
    expect(renderCitationsIn("(001 Art. 60(1), (4))", "en")).toBe(`(Art. 60(1), (4) ${LAW_EN})`);
    expect(renderCitationsIn("no code here", "kk")).toBe("no code here");
  });
});

describe("the acts' full titles, as the texts head them (shared/law)", () => {
  // The headings of the files, verbatim:
  // 001: "Law of the Republic of Kazakhstan № 245-VIII LRK of December 30, 2025." / "On Prevention of Infractions"
  // 000: "The Law of the Republic of Kazakhstan dated 9 July, 2004 № 591." / "On Prevention of Infraction
  //      among the Minors and Prevention of Child Neglect and Homelessness"
  // 003: "Decree of the Government of the Republic of Kazakhstan dated March 26, 2014 No. 266." / "Rules
  //      for preventive visits by groups formed from the participants of the national preventive mechanism"
  it.each([
    ["001", "245-VIII", ["2025", "30"], "On Prevention of Infractions"],
    ["000", "591", ["2004", "9"], "Prevention of Child Neglect and Homelessness"],
    [
      "003",
      "266",
      ["2014", "26"],
      "preventive visits by groups formed from the participants of the national preventive mechanism",
    ],
  ] as const)("%s: number %s, its date, its name", (act, number, date, name) => {
    for (const lang of DISPLAY_LANGUAGES) {
      const title = CITED_ACTS[act][lang].title;
      expect(title).toContain(number);
      for (const part of date) expect(title).toContain(part);
    }
    expect(CITED_ACTS[act].en.title).toContain(name);
  });

  it("gives the full title of the act cited, for the hover", () => {
    expect(citationTitle("001 Art. 51(5)", "ru")).toBe(
      "Закон Республики Казахстан от 30 декабря 2025 года № 245-VIII «О профилактике правонарушений»",
    );
    expect(citationTitle("003 p.22", "en")).toContain(
      "Decree of the Government of the Republic of Kazakhstan No. 266",
    );
    expect(citationTitle("000 Art. 28(1)(4)", "kk")).toContain("2004 жылғы 9 шілдедегі № 591");
  });

  it("no rendered citation keeps a file code", () => {
    const codes = [
      "001 Art. 51(5)",
      "000 Arts. 26(3), 31",
      "003 pp.27-29",
      "003 p.9(1)",
      "001 Art. 60(1), (4)",
    ];
    for (const lang of DISPLAY_LANGUAGES)
      for (const c of codes) expect(renderCitation(c, lang)).not.toMatch(/\b00[013] ?(Arts?|pp?)\b/);
  });
});
