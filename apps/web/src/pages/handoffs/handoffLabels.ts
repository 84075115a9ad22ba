// Names of a hand-off's codes in the user's language: its ground, state, record type and facts.
import type { TFunction } from "i18next";
import { hasText } from "../../i18n/index.ts";
import { spanParts, type Span } from "./handoffDomain.ts";

/** A code's name under `handoff.<group>`; the code itself where a newer server knows more codes. */
function named(t: TFunction, group: string, code: string): string {
  const key = `handoff.${group}.${code}`;
  return hasText(key) ? t(key) : code;
}

export const groundLabel = (t: TFunction, code: string) => named(t, "ground", code);
export const stateLabel = (t: TFunction, code: string) => named(t, "state", code);
export const recordTypeLabel = (t: TFunction, code: string) => named(t, "recordType", code);
export const factLabel = (t: TFunction, code: string) => named(t, "fact", code);
export const clockLabel = (t: TFunction, code: string | null) =>
  code === null ? t("handoff.clockByDomain") : named(t, "clock", code);

/** "2 d 3 h", "2 күн 3 сағ", "2 дн. 3 ч." */
export function spanText(t: TFunction, span: Span): string {
  return spanParts(span)
    .map(([unit, n]) => t(`handoff.span.${unit}`, { n }))
    .join(" ");
}

/** Badge colours of the states: open work in warm colours, closed in grey or green. */
export const STATE_COLOR: Record<string, string> = {
  sent: "orange",
  received: "blue",
  accepted: "indigo",
  declined: "gray",
  answered: "green",
};
