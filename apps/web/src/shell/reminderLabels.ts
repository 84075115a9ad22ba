import type { TFunction } from "i18next";
import { groundLabel } from "../pages/handoffs/handoffLabels.ts";
import { labelOf } from "../pages/measures/labels.ts";

/**
 * What a reminder is about: a control check, a law duty by its code, or a hand-off by its ground
 * (`handoff`: a hand-off not acknowledged in time); falls back to the code.
 */
export function reminderWhat(t: TFunction, code: string, recordType?: string): string {
  if (recordType === "handoff") return groundLabel(t, code);
  if (code === "control_check") return t("notifications.controlCheck");
  return labelOf(t, "duty", code);
}
