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
