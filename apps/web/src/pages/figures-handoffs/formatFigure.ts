/** What a figure's number is: a count, hours with one decimal, or a share shown as a percentage. */
export type FigureKind = "count" | "hours" | "share";

/**
 * The locale numbers are written in: Kazakh writes them as Russian does ("2 302", "0,9 %"), and a
 * browser whose ICU lacks Kazakh data (Debian's Chromium, measured) writes English ("2,302", "0.9%")
 * for kk-KZ, so Kazakh takes the Russian conventions.
 */
function numberLocale(locale: string): string {
  return locale.startsWith("kk") ? "ru-RU" : locale;
}

/**
 * A published number in the user's locale (R8): counts whole and grouped as the language groups
 * thousands, hours to one decimal, a share of 0..1 as a percentage to one decimal.
 */
export function formatFigure(v: number, kind: FigureKind, locale: string): string {
  const l = numberLocale(locale);
  if (kind === "share")
    return new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 1 }).format(v);
  return new Intl.NumberFormat(l, { maximumFractionDigits: kind === "hours" ? 1 : 0 }).format(v);
}
