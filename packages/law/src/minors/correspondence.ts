import { art, type Citation } from "../core/citation.ts";
import { addCalendarDays, addHours, endOfLegalDate, legalDateOf } from "../calendar/legal-date.ts";
import { addWorkingDays, type WorkCalendar } from "../calendar/working-days.ts";
import { DEFAULT_CARRIED_000_CONFIG, type Carried000Config } from "./carried-config.ts";

/** A duty of a special institution's administration with its due instant (000 Arts. 22-3, 22-4, carried). */
export interface CorrespondenceDuty {
  readonly article: Citation;
  /** Null when the text sets no term (e.g. applications to public associations and the media, 22-4(1)). */
  readonly dueAt: Date | null;
  readonly carriedFrom000: true;
}

/**
 * A letter received for a minor, or handed over by a minor for sending: delivered or sent "not later
 * than three days from the date of reception …, except for the holidays and weekends" (000 Art.
 * 22-3(3), carried) — three working days after the day of reception, to the end of that day.
 */
export function letterDue(
  receivedAt: Date,
  cal: WorkCalendar,
  config: Carried000Config = DEFAULT_CARRIED_000_CONFIG,
): CorrespondenceDuty {
  return {
    article: art("000", "22-3(3)"),
    dueAt: endOfLegalDate(
      addWorkingDays(legalDateOf(receivedAt), config.correspondence.letterWorkingDays, cal),
    ),
    carriedFrom000: true,
  };
}

/**
 * A letter arriving after the minor's departure is forwarded "not later than three days after their
 * reception" (000 Art. 22-3(5), carried). Unlike 22-3(3) this sentence does not exclude weekends and
 * holidays, so the days are calendar days.
 */
export function forwardLetterAfterDepartureDue(
  receivedAt: Date,
  config: Carried000Config = DEFAULT_CARRIED_000_CONFIG,
): CorrespondenceDuty {
  return {
    article: art("000", "22-3(5)"),
    dueAt: endOfLegalDate(
      addCalendarDays(legalDateOf(receivedAt), config.correspondence.forwardAfterDepartureDays),
    ),
    carriedFrom000: true,
  };
}

/** The addressee of a minor's application (000 Art. 22-4(1)-(2)). */
export type ApplicationAddressee =
  "court" | "prosecutor" | "state_body" | "local_self_government" | "public_association" | "mass_media";

/**
 * A minor's application goes through the administration (000 Art. 22-4(1)); to the court, the
 * prosecutor's office and state bodies it is sent "not later than twenty four hours" (22-4(2),
 * carried). For local self-government, public associations and the media the text sets no term.
 */
export function applicationDue(
  args: { submittedAt: Date; addressee: ApplicationAddressee },
  config: Carried000Config = DEFAULT_CARRIED_000_CONFIG,
): CorrespondenceDuty {
  const urgent =
    args.addressee === "court" || args.addressee === "prosecutor" || args.addressee === "state_body";
  return urgent
    ? {
        article: art("000", "22-4(2)"),
        dueAt: addHours(args.submittedAt, config.correspondence.applicationHours),
        carriedFrom000: true,
      }
    : { article: art("000", "22-4(1)"), dueAt: null, carriedFrom000: true };
}
