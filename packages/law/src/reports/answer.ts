/**
 * Every report is answered (R6.3): a citizen reports "to authorized state bodies" (001 Art. 6(4)) and
 * "statements and reports on the commission of an infraction or the threat of its commission shall be
 * reviewed by state bodies in accordance with the procedure established by the legislation of the
 * Republic of Kazakhstan" (001 Art. 49(2)).
 */
import { addMonths, endOfLegalDate, legalDateOf } from "../calendar/legal-date.ts";
import { workingDaysDeadline, type WorkCalendar } from "../calendar/working-days.ts";
import { art, type Citation } from "../core/citation.ts";

/** The provision that sends the review of a report to the general procedure. */
export const REPORT_ANSWER_ARTICLE: Citation = art("001", "49(2)");

/**
 * Fifteen working days. 001 Art. 49(2) names no term; "the procedure established by the legislation"
 * for an appeal (обращение) to a state body is that of the Administrative Procedural and
 * Process-Related Code of the Republic of Kazakhstan (No. 350-VI of 29 June 2020), Art. 76: fifteen
 * working days from the day the appeal is received, unless a law provides otherwise. That Code is not
 * among the project's texts (shared/law); the number is taken from it as published and is a
 * deployment setting.
 */
export const REPORT_ANSWER_WORKING_DAYS = 15;

/**
 * The same Art. 76 of the Administrative Procedural and Process-Related Code lets the head of the body
 * extend the term by a reasoned decision "to a reasonable term, but not more than two months".
 */
export const REPORT_ANSWER_MAX_EXTENSION_MONTHS = 2;

/**
 * The instant by which the reporter must have an answer: the end (23:59:59.999 in Almaty) of the
 * fifteenth working day after the day of receipt, that day not counted (001 Art. 49(2) with the
 * general procedure, {@link REPORT_ANSWER_WORKING_DAYS}). A report received on a day off counts from
 * its own day too: the first working day after it is the first of the fifteen.
 */
export function reportAnswerDueAt(
  receivedAt: Date,
  cal: WorkCalendar,
  workingDays: number = REPORT_ANSWER_WORKING_DAYS,
): Date {
  return workingDaysDeadline(receivedAt, workingDays, cal);
}

/**
 * The latest instant an extended answer term may reach: the end of the day two months after the day
 * of receipt ({@link REPORT_ANSWER_MAX_EXTENSION_MONTHS}; months counted with `addMonths`).
 */
export function reportAnswerLatestExtendedDueAt(receivedAt: Date): Date {
  return endOfLegalDate(addMonths(legalDateOf(receivedAt), REPORT_ANSWER_MAX_EXTENSION_MONTHS));
}
