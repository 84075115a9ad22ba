import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { checkInstant, lawCitation, todayIso } from "./format.ts";
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
    ["001 Art. 83(2)", "п. 2 ст. 83 Закона", "Заңның 83-бабының 2-тармағы", "Art. 83(2) of the Law"],
    ["001 Art. 51", "ст. 51 Закона", "Заңның 51-бабы", "Art. 51 of the Law"],
    [
      "000 Art. 28(1)(4)",
      "подп. 4) п. 1 ст. 28 Закона № 591",
      "№ 591 Заңның 28-бабы 1-тармағының 4) тармақшасы",
      "Art. 28(1)(4) of Law No. 591",
    ],
    ["003 p.22", "п. 22 Правил", "Қағидалардың 22-тармағы", "p. 22 of the Rules"],
    [
      "003 p.17(2)",
      "подп. 2) п. 17 Правил",
      "Қағидалардың 17-тармағының 2) тармақшасы",
      "p. 17(2) of the Rules",
    ],
    ["001 Art. 60(1), (4)", "ст. 60(1), (4) Закона", "Заңның 60(1), (4) бабы", "Art. 60(1), (4) of the Law"],
    [
      "001 Arts. 51(3), 72(3)(2)",
      "ст. 51(3), 72(3)(2) Закона",
      "Заңның 51(3), 72(3)(2) баптары",
      "Arts. 51(3), 72(3)(2) of the Law",
    ],
  ])("%s", async (citation, ruText, kkText, enText) => {
    expect(lawCitation(await tFor("ru"), citation)).toBe(ruText);
    expect(lawCitation(await tFor("kk"), citation)).toBe(kkText);
    expect(lawCitation(await tFor("en"), citation)).toBe(enText);
  });

  it("shows any other act's title as it is", async () => {
    const title = "Law No. 223-III of 12 January 2007 On National Registers of Identification Numbers";
    expect(lawCitation(await tFor("kk"), title)).toBe(title);
    expect(lawCitation(await tFor("ru"), "R11.1")).toBe("R11.1");
  });
});
