// Names of an incident's codes in the user's language: forms of violence (001 Art. 72(1)), events,
// persons' roles, the notification's state. A code a newer server knows and the catalog does not is
// shown as it is rather than as a missing key.
import type { TFunction } from "i18next";
import { hasText } from "../../i18n/index.ts";

function named(t: TFunction, group: string, code: string): string {
  const key = `incidents.${group}.${code}`;
  return hasText(key) ? t(key) : code;
}

export const formLabel = (t: TFunction, code: string) => named(t, "form", code);
export const eventLabel = (t: TFunction, code: string) => named(t, "event", code);
export const personRoleLabel = (t: TFunction, code: string) => named(t, "role", code);
export const notifyLabel = (t: TFunction, code: string) => named(t, "notify", code);

/** The forms of an incident, comma-separated. */
export const formsText = (t: TFunction, forms: readonly string[]) =>
  forms.map((f) => formLabel(t, f)).join(", ");

/** Badge colours of the notification's state: overdue red, pending orange, received green. */
export const NOTIFY_COLOR: Record<string, string> = {
  overdue: "red",
  pending: "orange",
  received: "green",
  none: "gray",
};
