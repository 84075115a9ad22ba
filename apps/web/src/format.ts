import {
  CITED_ACTS,
  citationTitle,
  formatDisplayDate,
  formatDisplayDateTime,
  renderCitation,
  renderCitationsIn,
  type DisplayLanguage,
} from "@aldyn/law/citation";
import type { TFunction } from "i18next";
import { createElement, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage, type Language } from "./i18n/index.ts";

/*
 * Dates, times and citations as the user reads them: one layer for every screen, made by the law
 * package so the printed forms and exports read the same (ARCHITECTURE "Citations and dates shown to
 * people"; R11.4). Asia/Almaty always, dd.MM.yyyy and dd.MM.yyyy HH:mm in kk, ru and en alike.
 */

/**
 * A date: a legal date (YYYY-MM-DD) as dd.MM.yyyy with no zone shift, an instant as the Almaty day
 * it fell on; "—" for none. The language is kept in the signature: the form is the same in all three.
 */
export function formatDate(iso: string | null | undefined, _lang?: Language): string {
  return formatDisplayDate(iso);
}

/** An instant as dd.MM.yyyy HH:mm on the clock of Almaty (R11.4), in every language; "—" for none. */
export function formatDateTime(iso: string | null | undefined, _lang?: Language): string {
  return formatDisplayDateTime(iso);
}

/** Full years between a birth date and today (local calendar). */
export function ageOn(birthDate: string, today = new Date()): number | null {
  const [y, m, d] = birthDate.split("-").map(Number);
  if (!y || !m || !d) return null;
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d)) age -= 1;
  return age;
}

/**
 * Today as a legal date (YYYY-MM-DD) in Kazakhstan (Asia/Almaty, UTC+5 since 1 March 2024; R11.4),
 * whatever the browser's own zone: legal dates are local to Kazakhstan.
 */
export function todayIso(now = new Date()): string {
  return new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The instant of a check recorded by its date: now when the date is today (so a check made after a
 * warning was served that same afternoon does not fall before the service), otherwise noon of that
 * day in Almaty.
 */
export function checkInstant(on: string, now = new Date()): string {
  return on === todayIso(now) ? now.toISOString() : new Date(`${on}T12:00:00+05:00`).toISOString();
}

/**
 * The language of a translation function: its catalogs name it (`citation.lang`), so a citation is
 * rendered in the language the rest of the sentence is in.
 */
function languageOf(t: TFunction): DisplayLanguage {
  const lang: unknown = t("citation.lang");
  return isLanguage(lang) ? lang : "en";
}

/**
 * A citation of the law as the user reads it (R11): the server and the law package cite by file
 * code ("001 Art. 83(2)", "000 Art. 28(1)(4)", "003 p.22", "001 Arts. 60(1), (4)"); on screen it is
 * the article of the Law, of Law No. 591 or of the Rules in words ("п. 2 ст. 83 Закона «О профилактике
 * правонарушений»", "«Құқық бұзушылықтың алдын алу туралы» Заңның 83-бабының 2-тармағы", "Art. 83(2)
 * of the Law on Prevention of Infractions"). Anything else (the title of another act) is shown as it is.
 */
export function lawCitation(t: TFunction, citation: string): string {
  return renderCitation(citation.trim(), languageOf(t));
}

/**
 * The title of an act by its file code, for what names the text in force ("Law text in force" of a
 * measure, R11.3): "001" → "Закон Республики Казахстан от 30 декабря 2025 года № 245-VIII «О
 * профилактике правонарушений»"; a code the law package does not know is returned as it is.
 */
export function lawActTitle(t: TFunction, act: string): string {
  return isCitedAct(act) ? CITED_ACTS[act][languageOf(t)].title : act;
}

const isCitedAct = (act: string): act is keyof typeof CITED_ACTS => Object.hasOwn(CITED_ACTS, act);

/** The full title (number, date, name) of the act a citation cites, for its hover; undefined if none. */
export function lawCitationTitle(t: TFunction, citation: string): string | undefined {
  return citationTitle(citation.trim(), languageOf(t)) ?? undefined;
}

/**
 * A text that may quote citation codes (a server's own message where the catalog has no text for its
 * code) with every code in words: a file code never reaches the screen.
 */
export function withLawCitations(t: TFunction, text: string): string {
  return renderCitationsIn(text, languageOf(t));
}

/**
 * A citation on screen: the article in words, the act's full title on hover (and for screen readers'
 * description). `<LawCitation code={m.control.article} />`.
 */
export function LawCitation({ code, testId }: { code: string; testId?: string }): ReactElement {
  const { t } = useTranslation();
  return createElement(
    "span",
    { title: lawCitationTitle(t, code), "data-testid": testId, "data-citation": code },
    lawCitation(t, code),
  );
}

/**
 * The instant of a time entered in an `<input type="datetime-local">` ("2026-03-09T22:10"): the
 * clock of Almaty, whatever the browser's zone (R11.4; the time of violence of 001 Art. 60(4)).
 */
export function instantOfAlmatyLocal(local: string): string {
  const withSeconds = /T\d{2}:\d{2}$/.test(local) ? `${local}:00` : local;
  return new Date(`${withSeconds}+05:00`).toISOString();
}

/** An instant as the value of an `<input type="datetime-local">` on the clock of Almaty. */
export function almatyLocalOf(iso: string): string {
  return new Date(new Date(iso).getTime() + 5 * 3600_000).toISOString().slice(0, 16);
}
