import i18next from "i18next";
import { describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import kk from "../../i18n/kk.json";
import ru from "../../i18n/ru.json";
import { measureName } from "./registerDomain.ts";

async function tFor(lng: "kk" | "ru" | "en") {
  const i = i18next.createInstance();
  await i.init({
    lng,
    interpolation: { escapeValue: false },
    resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
  });
  return i.t;
}

// Issued at 01:30 on 20 November in Almaty (20:30 UTC the day before).
const warning = {
  id: "11111111-1111-4111-8111-111111111111",
  kind: "official_warning",
  issuedAt: "2026-11-19T20:30:00.000Z",
  registrationNumber: "12/2026",
};

describe("a measure carrying a register entry is named by kind, number and date", () => {
  it.each([
    ["ru", "Официальное предостережение № 12/2026 от 20.11.2026"],
    ["kk", "Ресми ескерту (№ 12/2026, 20.11.2026 ж.)"],
    ["en", "Official warning No. 12/2026 of 20.11.2026"],
  ] as const)("%s", async (lng, name) => {
    expect(measureName(await tFor(lng), warning)).toBe(name);
  });

  it("without a number yet, by kind and date", async () => {
    expect(measureName(await tFor("ru"), { ...warning, registrationNumber: null })).toBe(
      "Официальное предостережение от 20.11.2026",
    );
  });
});
