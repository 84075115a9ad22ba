/**
 * The statutory clocks of hand-offs between bodies: the term that starts at the event (an issuance, a
 * report's receipt, a refusal) and after which a hand-off the receiving body has not acknowledged is
 * overdue. Every term is counted here (R11.4), never by the server or the web.
 */
import { addHours, addMonths, endOfLegalDate, legalDateOf } from "../calendar/legal-date.ts";
import { workingDaysDeadline, type WorkCalendar } from "../calendar/working-days.ts";
import { art, type Citation } from "../core/citation.ts";

/** The clocks a hand-off can run on. */
export const HANDOFF_CLOCKS = [
  "immediately",
  "hours_12",
  "hours_24",
  "working_day_1",
  "working_days_3",
  "month_1",
] as const;

/** One statutory clock of a hand-off. */
export type HandoffClock = (typeof HANDOFF_CLOCKS)[number];

/** True for a clock id. */
export function isHandoffClock(value: string): value is HandoffClock {
  return (HANDOFF_CLOCKS as readonly string[]).includes(value);
}

/** Where a clock comes from: the words of the text and the provisions that use them. */
export interface HandoffClockInfo {
  /** The words of the law ("within twenty-four hours"), or the system's reading where the law has no number. */
  readonly words: string;
  /** The provisions that set this term for a message between bodies; empty when no text uses it yet. */
  readonly articles: readonly Citation[];
  /** True when the instant is the system's reading of words without a number ("immediately"). */
  readonly systemReading: boolean;
}

/**
 * The clocks and their sources. "Twelve hours" and "one working day" stand in none of the texts (000,
 * 001) for a message between bodies; they are kept for the regulations and later domains that set
 * them, and no ground of this package uses them.
 */
export const HANDOFF_CLOCK_INFO: Readonly<Record<HandoffClock, HandoffClockInfo>> = {
  immediately: {
    words: "immediately",
    articles: [
      art("001", "39(3)"),
      art("001", "21(7)"),
      art("001", "23(1)"),
      art("001", "28(5)"),
      art("000", "23"),
    ],
    systemReading: true,
  },
  hours_12: { words: "within twelve hours", articles: [], systemReading: false },
  hours_24: {
    words: "within twenty-four hours",
    articles: [art("001", "51(3)"), art("001", "72(3)(2)"), art("000", "11(3)")],
    systemReading: false,
  },
  working_day_1: { words: "within one working day", articles: [], systemReading: false },
  working_days_3: {
    words: "within three working days",
    articles: [art("001", "80(11)"), art("001", "81(12)")],
    systemReading: false,
  },
  month_1: {
    words: "within one month",
    articles: [art("001", "57(3)")],
    systemReading: false,
  },
};

/** Deployment settings of the clocks (docs: packages/law/README.md, hand-offs). */
export interface HandoffClockConfig {
  /** Hours after the event at which an "immediately" hand-off not yet acknowledged is overdue. */
  readonly immediatelyHours: number;
}

/**
 * "Immediately" (001 Art. 39(3); 000 Art. 23) has no number in the law. The system's reading: one
 * hour. The law counts its short terms in hours ("within twenty-four hours", 001 Arts. 51(3),
 * 72(3)(2)); "immediately" must be shorter than any counted term, so it is read as the first of those
 * units — a hand-off the receiving body has not opened within the hour after the event shows as
 * overdue to the sender and the receiver's head. A deployment may set another value.
 */
export const DEFAULT_HANDOFF_CLOCK_CONFIG: HandoffClockConfig = { immediatelyHours: 1 };

/**
 * The instant after which a hand-off not yet acknowledged by the receiving body is overdue:
 * - `immediately`: the event + one hour by default (the system's reading of 001 Art. 39(3), see
 *   {@link DEFAULT_HANDOFF_CLOCK_CONFIG});
 * - `hours_12`, `hours_24`: the event + 12 / 24 hours in absolute time, nights and days off included
 *   ("within twenty-four hours after its issuance", 001 Art. 51(3); 72(3)(2));
 * - `working_day_1`, `working_days_3`: the end (23:59:59.999 in Almaty) of the first / third working
 *   day after the day of the event, the day itself not counted ("within three working days after",
 *   001 Arts. 80(11), 81(12));
 * - `month_1`: the end of the same day number of the next month, or of its last day when shorter
 *   ("within one month from the date of receipt", 001 Art. 57(3)).
 * The clock runs from the event, not from sending: a hand-off sent late has less time, and a
 * re-routed one keeps the original clock.
 */
export function handoffDueAt(
  clock: HandoffClock,
  eventAt: Date,
  cal: WorkCalendar,
  config: HandoffClockConfig = DEFAULT_HANDOFF_CLOCK_CONFIG,
): Date {
  switch (clock) {
    case "immediately":
      return addHours(eventAt, config.immediatelyHours);
    case "hours_12":
      return addHours(eventAt, 12);
    case "hours_24":
      return addHours(eventAt, 24);
    case "working_day_1":
      return workingDaysDeadline(eventAt, 1, cal);
    case "working_days_3":
      return workingDaysDeadline(eventAt, 3, cal);
    case "month_1":
      return endOfLegalDate(addMonths(legalDateOf(eventAt), 1));
  }
}
