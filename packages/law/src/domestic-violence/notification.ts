/**
 * The internal affairs bodies' duties on a report of domestic violence (001 Art. 72(3)): respond
 * immediately to every report (72(3)(1)) and, within twenty-four hours, notify the interested
 * subjects of prevention of the incident (72(3)(2)) — R5.1.
 */
import { addHours } from "../calendar/legal-date.ts";
import { art, type Citation } from "../core/citation.ts";

/** "Within twenty-four hours" (001 Art. 72(3)(2)). */
export const DOMESTIC_VIOLENCE_NOTIFICATION_HOURS = 24;

/**
 * The instant by which the interested subjects must be notified: twenty-four hours after the report
 * or application reached the internal affairs body (001 Art. 72(3)(1)-(2)). The law counts hours, so
 * the term runs in absolute time from the instant, across days off and nights.
 */
export function domesticViolenceNotificationDueBy(reportedAt: Date): Date {
  return addHours(reportedAt, DOMESTIC_VIOLENCE_NOTIFICATION_HOURS);
}

/** The notification duty of one report at an instant (001 Art. 72(3)(2)). */
export interface DomesticViolenceNotificationDuty {
  readonly code: "domestic_violence.notify_interested_subjects";
  readonly article: Citation;
  readonly dueBy: Date;
  /** When the notification was sent, if known at `at`. */
  readonly notifiedAt: Date | null;
  readonly state: "pending" | "overdue" | "done_in_time" | "done_late";
  /** The subjects notified (the law does not name them; the reporting officer chooses). */
  readonly notified: readonly string[];
}

/** One notification sent on a report (001 Art. 72(3)(2)). */
export interface InterestedSubjectNotice {
  /** The interested subject of prevention notified, e.g. `family_support_centre` (001 Art. 10(2)(4), (10)). */
  readonly to: string;
  readonly at: Date;
}

/**
 * Derives the notification duty of a domestic-violence report at the instant `at` (001 Art.
 * 72(3)(2)). The duty is met by the first notice sent; a notice recorded after `at` is not yet known.
 * Which subjects are "interested" the law does not list — family support centres keep the records of
 * victims and support them (001 Art. 10(2)(4), (10)) and are the usual addressee; the officer records
 * each addressee, and all of them are reported in `notified`.
 */
export function domesticViolenceNotificationDuty(
  reportedAt: Date,
  notices: readonly InterestedSubjectNotice[],
  at: Date,
): DomesticViolenceNotificationDuty {
  const dueBy = domesticViolenceNotificationDueBy(reportedAt);
  const known = notices.filter((n) => n.at <= at).sort((a, b) => a.at.getTime() - b.at.getTime());
  const first = known[0];
  const base = {
    code: "domestic_violence.notify_interested_subjects" as const,
    article: art("001", "72(3)(2)"),
    dueBy,
    notified: [...new Set(known.map((n) => n.to))],
  };
  if (first === undefined) return { ...base, notifiedAt: null, state: at > dueBy ? "overdue" : "pending" };
  return { ...base, notifiedAt: first.at, state: first.at <= dueBy ? "done_in_time" : "done_late" };
}
