import { addCalendarDays, type LegalDate } from "@aldyn/law";

/**
 * An activity without a check for this many days is due for one — the system's reading: 001 Art.
 * 82(2) names the activities, not how often their attendance is checked.
 */
export const ACTIVITY_CHECK_DAYS = 30;

/**
 * The state of a rehabilitation activity of 001 Art. 82(2) on a day: ended once its end (or term) is
 * past, check_due when the last check (or the start) is ACTIVITY_CHECK_DAYS or more behind, else
 * active; with the day the next check is due by.
 */
export function activityStateOn(
  a: { from: LegalDate; until: LegalDate | null; endedOn: LegalDate | null; lastCheckOn: LegalDate | null },
  today: LegalDate,
): { state: "active" | "check_due" | "ended"; checkDueOn: LegalDate | null } {
  if ((a.endedOn !== null && a.endedOn <= today) || (a.until !== null && a.until < today))
    return { state: "ended", checkDueOn: null };
  const dueOn = addCalendarDays(a.lastCheckOn ?? a.from, ACTIVITY_CHECK_DAYS);
  return { state: dueOn <= today ? "check_due" : "active", checkDueOn: dueOn };
}
