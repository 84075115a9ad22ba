import { BODY_TYPES, ERROR_STATUS, NpmVisitFactCreate, ROLE_IDS } from "@aldyn/contract";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import kk from "./kk.json";
import ru from "./ru.json";

// The three message catalogs must stay in step: same keys at every depth, no empty text, the same
// {{placeholders}} in each translation, and a name for every role, body type and error code of
// the contract.
type Catalog = { [key: string]: string | Catalog };
const catalogs: Record<string, Catalog> = { kk, ru, en };

function leaves(catalog: Catalog, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && value !== null) {
      for (const [k, v] of leaves(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const byLang = Object.fromEntries(Object.entries(catalogs).map(([lang, c]) => [lang, leaves(c)]));
const reference = byLang.en!;

describe("message catalogs", () => {
  it.each(["kk", "ru"])("%s has exactly the keys of en", (lang) => {
    const keys = [...byLang[lang]!.keys()].sort();
    expect(keys).toEqual([...reference.keys()].sort());
  });

  it.each(["kk", "ru", "en"])("%s has no empty or non-text values", (lang) => {
    const bad = [...byLang[lang]!]
      .filter(([, v]) => typeof v !== "string" || v.trim() === "")
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it.each(["kk", "ru"])("%s uses the same {{placeholders}} as en", (lang) => {
    const differing = [...reference].filter(
      ([key, text]) =>
        JSON.stringify(placeholders(String(text))) !==
        JSON.stringify(placeholders(String(byLang[lang]!.get(key)))),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("names every role, body type, error code and visit fact type of the contract", () => {
    const needed = [
      ...ROLE_IDS.map((r) => `role.${r}`),
      ...BODY_TYPES.map((b) => `bodyType.${b}`),
      ...Object.keys(ERROR_STATUS).map((code) => `errors.${code}`),
      // A visit's timeline shows the facts recorded by hand and the report's submission (003 p.28).
      ...[...NpmVisitFactCreate.shape.type.options, "report_submitted"].map((f) => `npm.factType.${f}`),
    ];
    expect(needed.filter((key) => !reference.has(key))).toEqual([]);
  });

  it("Kazakh text uses Kazakh letters (not a copy of Russian)", () => {
    const kazakh = [...byLang.kk!.values()].join(" ");
    expect(kazakh).toMatch(/[әғқңөұүһі]/);
    const same = [...byLang.kk!].filter(([k, v]) => v === byLang.ru!.get(k) && /[а-яё]{4}/i.test(String(v)));
    // Shared loanwords (прокурор, аудитор, маршрут…) may coincide; whole phrases may not.
    expect(same.filter(([, v]) => String(v).includes(" ")).map(([k]) => k)).toEqual([]);
  });

  // An {{article}} is a whole citation in words (lawCitation: "п. 5 ст. 51 Закона …"); a text that
  // puts "Art.", "ст." or "бабы" around it reads "ст. п. 5 ст. 51" or "Заңның 51(5) бабы" (R11).
  it.each(["kk", "ru", "en"])("%s wraps no article word around a citation", (lang) => {
    const doubled = [...byLang[lang]!]
      .filter(([, v]) =>
        /(Art\.|ст\.|Заңның)\s*\{\{\s*article\s*\}\}|\{\{\s*article\s*\}\}\s*(бабы|-бап)/.test(String(v)),
      )
      .map(([k]) => k);
    expect(doubled).toEqual([]);
  });
});
