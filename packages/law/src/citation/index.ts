/**
 * What people read of the law (ARCHITECTURE "Citations and dates shown to people"): citations in
 * words in kk/ru/en with the act's full title, and dates and times in Asia/Almaty in one written
 * form. Imported by the web on its own (`@aldyn/law/citation`), so the bundle carries no calendar.
 */
export * from "./acts.ts";
export * from "./parse-citation.ts";
export * from "./render-citation.ts";
export * from "./display-date.ts";
