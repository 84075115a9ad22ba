// Names of a report's codes in the user's language: its status, channel, category, urgency, flags,
// facts and the roles of linked persons — under `report.<group>.<code>`, the code itself where a newer
// server sends one the catalog does not know yet.
import type { TFunction } from "i18next";
import { hasText } from "../../i18n/index.ts";

export function reportLabel(
  t: TFunction,
  group: "status" | "channel" | "category" | "urgency" | "flag" | "fact" | "personRole" | "duplicateReason",
  code: string,
): string {
  const key = `report.${group}.${code}`;
  return hasText(key) ? t(key) : code;
}

export const STATUS_COLOR: Record<string, string> = {
  received: "orange",
  triaged: "blue",
  routed: "indigo",
  answered: "green",
  closed: "gray",
};
