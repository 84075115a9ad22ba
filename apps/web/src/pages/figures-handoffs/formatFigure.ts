/** What a figure's number is: a count, hours with one decimal, or a share shown as a percentage. */
export type FigureKind = "count" | "hours" | "share";

/**
 * A published number in the user's locale (R8): counts whole and grouped as the language groups
 * thousands, hours to one decimal, a share of 0..1 as a percentage to one decimal.
 */
export function formatFigure(v: number, kind: FigureKind, locale: string): string {
  if (kind === "share")
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(v);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: kind === "hours" ? 1 : 0 }).format(v);
}
