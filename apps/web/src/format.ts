import { LOCALES, type Language } from "./i18n/index.ts";

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
