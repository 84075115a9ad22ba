import type { TFunction } from "i18next";
import { labelOf } from "../pages/measures/labels.ts";

/** What a reminder is about: a control check, or a law duty by its code (falls back to the code). */
export function reminderWhat(t: TFunction, code: string): string {
  if (code === "control_check") return t("notifications.controlCheck");
  return labelOf(t, "duty", code);
}
