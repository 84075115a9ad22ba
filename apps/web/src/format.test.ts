import i18next from "i18next";
import { describe, expect, it } from "vitest";
import {
  almatyLocalOf,
  checkInstant,
  formatDate,
  formatDateTime,
  instantOfAlmatyLocal,
  lawActTitle,
  lawCitation,
  lawCitationTitle,
  todayIso,
  withLawCitations,
} from "./format.ts";
import en from "./i18n/en.json";
import kk from "./i18n/kk.json";
import ru from "./i18n/ru.json";

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

describe("citations of the law in the user's words (R11)", () => {
  async function tFor(lng: "kk" | "ru" | "en") {
    const i = i18next.createInstance();
    await i.init({
      lng,
      interpolation: { escapeValue: false },
      resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
    });
    return i.t;
  }

  it.each([
    [
      "001 Art. 83(2)",
      "п. 2 ст. 83 Закона «О профилактике правонарушений»",
      "«Құқық бұзушылықтың алдын алу туралы» Заңның 83-бабының 2-тармағы",
      "Art. 83(2) of the Law on Prevention of Infractions",
    ],
    [
      "000 Art. 28(1)(4)",
      "подп. 4) п. 1 ст. 28 Закона от 9 июля 2004 года № 591",
      "2004 жылғы 9 шілдедегі № 591 Заңның 28-бабы 1-тармағының 4) тармақшасы",
      "Art. 28(1)(4) of Law No. 591 of 9 July 2004",
    ],
    [
      "003 p.22",
      "п. 22 Правил превентивных посещений",
      "Превентивтік барулар қағидаларының 22-тармағы",
      "p. 22 of the Rules for Preventive Visits",
    ],
    [
      "001 Art. 60(1), (4)",
      "пп. 1, 4 ст. 60 Закона «О профилактике правонарушений»",
      "«Құқық бұзушылықтың алдын алу туралы» Заңның 60-бабының 1, 4-тармақтары",
      "Art. 60(1), (4) of the Law on Prevention of Infractions",
    ],
  ])("%s in the language of the sentence", async (citation, ruText, kkText, enText) => {
    expect(lawCitation(await tFor("ru"), citation)).toBe(ruText);
    expect(lawCitation(await tFor("kk"), citation)).toBe(kkText);
    expect(lawCitation(await tFor("en"), citation)).toBe(enText);
  });

  it("names the act in full on hover", async () => {
    expect(lawCitationTitle(await tFor("ru"), "001 Art. 51(5)")).toBe(
      "Закон Республики Казахстан от 30 декабря 2025 года № 245-VIII «О профилактике правонарушений»",
    );
    expect(lawCitationTitle(await tFor("en"), "R11.1")).toBeUndefined();
  });

  it("names the text in force by its title, not its file code", async () => {
    expect(lawActTitle(await tFor("kk"), "001")).toBe(
      "Қазақстан Республикасының 2025 жылғы 30 желтоқсандағы № 245-VIII «Құқық бұзушылықтың алдын алу туралы» Заңы",
    );
    expect(lawActTitle(await tFor("en"), "000")).toContain(
      "Law of the Republic of Kazakhstan No. 591 of 9 July 2004",
    );
    expect(lawActTitle(await tFor("en"), "R11")).toBe("R11");
  });

  it("puts a server's message with codes in words", async () => {
    expect(withLawCitations(await tFor("en"), "Too large (003 p.8).")).toBe(
      "Too large (p. 8 of the Rules for Preventive Visits).",
    );
  });

  it("shows any other act's title as it is", async () => {
    const title = "Law No. 223-III of 12 January 2007 On National Registers of Identification Numbers";
    expect(lawCitation(await tFor("kk"), title)).toBe(title);
    expect(lawCitation(await tFor("ru"), "R11.1")).toBe("R11.1");
  });
});

describe("no file code in any text a user reads (R11)", () => {
  function leaves(node: unknown, path = ""): [string, string][] {
    if (typeof node === "string") return [[path, node]];
    return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
      leaves(v, path ? `${path}.${k}` : k),
    );
  }

  it.each([
    ["kk", kk],
    ["ru", ru],
    ["en", en],
  ])("the %s catalog quotes no code like '001 Art.' or '003 p.'", (_lang, catalog) => {
    // The file codes of shared/law (000, 001, 003) with an article or point, in any script.
    const code =
      /\b00[013]\s?(Arts?\b|pp?\.|ст\.|пп?\.|\d+-бап|\d+-т\.|Заң|Қағида|Правил)|(Закона|Правил) 00[013]\b/;
    expect(leaves(catalog).filter(([, text]) => code.test(text))).toEqual([]);
  });
});

describe("one date and time form in every language: dd.MM.yyyy HH:mm, Almaty (R11.4)", () => {
  it.each(["kk", "ru", "en"] as const)("%s", (lang) => {
    // 19:30 UTC on 31 March is 00:30 on 1 April in Almaty, whatever the browser's zone.
    expect(formatDateTime("2026-03-31T19:30:00Z", lang)).toBe("01.04.2026 00:30");
    expect(formatDate("2026-12-06", lang)).toBe("06.12.2026");
    expect(formatDate("2026-03-31T19:30:00Z", lang)).toBe("01.04.2026");
    expect(formatDate(null, lang)).toBe("—");
  });

  it("a time typed in a datetime-local input is on the clock of Almaty", () => {
    expect(instantOfAlmatyLocal("2026-03-09T22:10")).toBe("2026-03-09T17:10:00.000Z");
    expect(almatyLocalOf("2026-03-09T17:10:00.000Z")).toBe("2026-03-09T22:10");
  });
});
