import type { LegalDate } from "../calendar/legal-date.ts";
import type { MeasureStatus } from "./derive-measure.ts";

/**
 * A stored status brought to `today` by the dates alone, without the facts: the two moves the
 * passing of time makes in `deriveMeasure` — a term that begins later starts on its first day
 * (`pending_start` → `active`, e.g. administrative supervision from release, 001 Art. 64(2)), and a
 * running term ends the day after its last day (`active` → `expired`, e.g. the 30 days of an official
 * warning, 001 Art. 51(5), or of a protective order, 001 Art. 60(6)). Every other status changes only
 * with a new fact. Lists read it so they are right before the nightly re-projection has run.
 */
export function statusOnDay(
  stored: MeasureStatus,
  validFrom: LegalDate | null,
  validUntil: LegalDate | null,
  today: LegalDate,
): MeasureStatus {
  let status = stored;
  if (status === "pending_start" && validFrom !== null && validFrom <= today) status = "active";
  if (status === "active" && validUntil !== null && today > validUntil) status = "expired";
  return status;
}
