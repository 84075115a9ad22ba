// i18next set-up: three bundled catalogs (no network), the chosen language persisted in
// localStorage and mirrored to <html lang> so screen readers and hyphenation follow it.
import i18n from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import type { I18nName } from "../api/types.ts";
import en from "./en.json";
import kk from "./kk.json";
import ru from "./ru.json";

export const LANGUAGES = ["kk", "ru", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** localStorage key of the chosen language; browser tests may preset it. */
export const LANGUAGE_STORAGE_KEY = "aldyn.lang";

/** Intl locales for dates and numbers in each language. */
export const LOCALES: Record<Language, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage disabled: fall back to the browser's preference
  }
}

/** The stored choice, else the browser's first supported language, else Kazakh (the state language). */
export function initialLanguage(): Language {
  const stored = storedLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLanguage(base)) return base;
  }
  return "kk";
}

function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.title = i18n.t("app.name");
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

export function initI18n(): typeof i18n {
  i18n.on("languageChanged", applyLanguage);
  void i18n.use(initReactI18next).init({
    resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: "en",
    supportedLngs: [...LANGUAGES],
    initAsync: false, // resources are bundled, so init completes before the first render
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return i18n;
}

/** The current language, typed. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  const lang = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lang) ? lang : "en";
}

/** A name stored in three languages, in the current one. */
export function localName(name: I18nName, lang: Language): string {
  return name[lang] || name.ru || name.en;
}

/** True when the catalog has a string (not a subtree) at `key`. */
export function hasText(key: string): boolean {
  return typeof i18n.getResource("en", "translation", key) === "string";
}
