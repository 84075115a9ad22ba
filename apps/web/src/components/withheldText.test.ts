import { CONFIDENTIAL_BARRIERS, type PersonSummary } from "@aldyn/contract";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import en from "../i18n/en.json";
import kk from "../i18n/kk.json";
import ru from "../i18n/ru.json";
import { summaryName, withheldLine, withheldText } from "./withheldText.ts";

// What the server's `withheld` marker becomes on screen (R11.1; 001 Art. 83(2)), in each language.
async function tFor(lng: "kk" | "ru" | "en") {
  const i = i18next.createInstance();
  await i.init({
    lng,
    interpolation: { escapeValue: false }, // as the app: React escapes
    resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
  });
  return i.t;
}

const part = {
  field: "input.details.victims",
  barrier: "victim" as const,
  article: "001 Art. 83(2)",
  reason: "",
};
const hidden: PersonSummary = {
  id: "00000000-0000-4000-8000-000000000001",
  territoryId: "00000000-0000-4000-8000-000000000002",
  mergedInto: null,
  personal: null,
  withheld: [{ ...part, field: "personal" }],
};

describe("withheld parts on screen", () => {
  it("names the barrier and the article in each language", async () => {
    // The article in the user's words, never the file code "001 Art. 83(2)".
    expect(withheldText(await tFor("en"), part)).toBe(
      "Withheld: victim's data (Art. 83(2) of the Law on Prevention of Infractions)",
    );
    expect(withheldText(await tFor("ru"), part)).toBe(
      "Скрыто: данные потерпевшего (п. 2 ст. 83 Закона «О профилактике правонарушений»)",
    );
    expect(withheldText(await tFor("kk"), part)).toBe(
      "Жасырылған: жәбірленушінің деректері («Құқық бұзушылықтың алдын алу туралы» Заңның 83-бабының 2-тармағы)",
    );
    expect(withheldLine(await tFor("en"), part)).toBe(
      "Victims: Withheld: victim's data (Art. 83(2) of the Law on Prevention of Infractions)",
    );
    expect(withheldLine(await tFor("ru"), { ...part, field: "items", barrier: "health", count: 2 })).toBe(
      "Скрыто записей: 2 — сведения о здоровье (п. 2 ст. 83 Закона «О профилактике правонарушений»)",
    );
  });

  it("a person withheld as confidential says so instead of a name; one merely without personal fields keeps the old text", async () => {
    const t = await tFor("en");
    expect(summaryName(t, hidden, "hidden")).toBe(
      "Withheld: victim's data (Art. 83(2) of the Law on Prevention of Infractions)",
    );
    expect(summaryName(t, { ...hidden, withheld: undefined }, "hidden")).toBe("hidden");
  });

  it("every barrier of the contract has a name in every catalog", () => {
    for (const catalog of [en, kk, ru])
      for (const b of CONFIDENTIAL_BARRIERS) {
        expect(catalog.withheld.barrier[b]).toBeTruthy();
        expect(catalog.grants.barrier[b]).toBeTruthy();
      }
  });
});
