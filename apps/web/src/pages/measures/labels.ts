import type { TFunction } from "i18next";
import { hasText } from "../../i18n/index.ts";

/**
 * The catalog's name for an open-ended identifier from the server (a status, a duty code, a
 * register ground) when the catalog has one, else the identifier itself, so a new value the server
 * starts sending shows up readable rather than blank.
 */
export function labelOf(t: TFunction, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return hasText(key) ? t(key) : value;
}

/** Badge colour of a derived status. */
export function statusColor(status: string): string {
  if (status === "active" || status === "served") return "green";
  if (status === "issued" || status === "awaiting_sanction" || status === "pending_start") return "blue";
  if (status === "overdue") return "red";
  if (status === "due") return "orange";
  return "gray";
}

/**
 * A register ground (001 Art. 59(2)-(3)). Its identifier starts with the article's numbers
 * ("59.2.5_official_warning"); the catalog key has underscores there, as dots nest keys.
 */
export function groundLabel(t: TFunction, ground: string): string {
  return labelOf(t, "registerGround", ground.replace(/\./g, "_"));
}

/** A register entry's fact; facts that share a measure fact's name fall back to it. */
export function registerFactLabel(t: TFunction, type: string): string {
  const key = `registerFact.${type}`;
  return hasText(key) ? t(key) : labelOf(t, "factType", type);
}
