import { LOCALES, type Language } from "./i18n/index.ts";
import type { TFunction } from "i18next";

/** A legal date (YYYY-MM-DD) in the current language, without time-zone drift. */
export function formatDate(iso: string | null | undefined, lang: Language): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant in the current language, date and time. */
export function formatDateTime(iso: string | null | undefined, lang: Language): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "medium", timeStyle: "short" }).format(date);
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

/** The acts the law package cites by file code (packages/law README): 001, 000 and 003. */
const CITED_ACTS = ["001", "000", "003"] as const;
const CITATION = /^(\d{3}) (Arts?|pp?)\.\s?(.+)$/;
const SINGLE_ART = /^(\d+(?:-\d+)?)(?:\((\d+)\))?(?:\((\d+)\))?$/;

/**
 * A citation of the law as the user reads it (R11): the server and the law package cite by file
 * code ("001 Art. 83(2)", "000 Art. 28(1)(4)", "003 p.22", "001 Arts. 60(1), (4)"); on screen it is
 * the article of the Law, of Law No. 591 or of the Rules, in the user's language ("п. 2 ст. 83
 * Закона", "Заңның 83-бабының 2-тармағы", "Art. 83(2) of the Law"). Anything else (the title of
 * another act) is shown as it is.
 */
export function lawCitation(t: TFunction, citation: string): string {
  const m = CITATION.exec(citation.trim());
  const act = m?.[1] as (typeof CITED_ACTS)[number] | undefined;
  if (!m || !act || !CITED_ACTS.includes(act)) return citation;
  const law = t(`citation.act.${act}`);
  const kind = m[2]!.startsWith("Art") ? "art" : "point";
  const plural = m[2] === "Arts" || m[2] === "pp";
  const ref = m[3]!.trim();
  const one = plural ? null : SINGLE_ART.exec(ref);
  // Several articles or points ("Arts. 51(3), 72(3)"; "Art. 60(1), (4)"), or deeper than a point's
  // subpoint: the reference as written, after the act's name.
  if (!one || (kind === "point" && one[3])) return t(`citation.${kind}${plural ? "s" : "Ref"}`, { law, ref });
  const [, n, para, sub] = one;
  if (sub) return t("citation.artParaSub", { law, n, para, sub });
  if (para) return t(`citation.${kind}Para`, { law, n, para });
  return t(`citation.${kind}`, { law, n });
}
