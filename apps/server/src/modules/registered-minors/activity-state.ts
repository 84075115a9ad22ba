import { activityCheckDueOn, activityState, type LegalDate } from "@aldyn/law";

export { ACTIVITY_CHECK_DAYS } from "@aldyn/law";

/**
 * The law's state of a rehabilitation activity of 001 Art. 82(2) on a day (activityState: ended,
 * check_due after ACTIVITY_CHECK_DAYS without a check — the system's reading — or active) with the day
 * its next check is due by; null once ended.
 */
export function activityStateOn(
  a: { from: LegalDate; until: LegalDate | null; endedOn: LegalDate | null; lastCheckOn: LegalDate | null },
  today: LegalDate,
): { state: "active" | "check_due" | "ended"; checkDueOn: LegalDate | null } {
  const state = activityState(a, today);
  return { state, checkDueOn: state === "ended" ? null : activityCheckDueOn(a) };
}
