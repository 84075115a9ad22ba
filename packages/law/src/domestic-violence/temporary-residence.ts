/**
 * Temporary residence of a victim of domestic violence "for a period of up to one month"
 * (001 Art. 72(2), third paragraph; family support centres, 001 Art. 10(2)(4)) — R5.2.
 */
import { addMonths, daysBetween, type LegalDate } from "../calendar/legal-date.ts";
import { art } from "../core/citation.ts";
import { allow, refuse, type Verdict } from "../core/verdict.ts";

/** "Up to one month" (001 Arts. 10(2)(4), 72(2)). */
export const TEMPORARY_RESIDENCE_MAX_MONTHS = 1;

/**
 * The latest day a stay that begins on `from` may end: one month later, to the same day number, or
 * the last day of a shorter month (001 Art. 72(2); `addMonths`): from 10 March to 10 April, from
 * 31 January to 28 (29) February. The day of placement is not counted, as in any term counted in
 * months, so the end day is the day the person leaves.
 */
export function temporaryResidenceLatestEnd(from: LegalDate): LegalDate {
  return addMonths(from, TEMPORARY_RESIDENCE_MAX_MONTHS);
}

/** A requested stay: placed on `from`, leaving on `until` (001 Art. 72(2)). */
export interface TemporaryResidenceRequest {
  readonly from: LegalDate;
  readonly until: LegalDate;
}

/** An allowed stay with its limit (001 Art. 72(2)). */
export interface TemporaryResidence extends TemporaryResidenceRequest {
  readonly latestEnd: LegalDate;
  /** Nights of the stay (calendar days from `from` to `until`). */
  readonly nights: number;
}

/**
 * Validates a requested temporary residence (001 Arts. 10(2)(4), 72(2)): it must end on or after its
 * start and no later than one month after it. Codes: `domestic_violence.temporary_residence_period_invalid`,
 * `domestic_violence.temporary_residence_over_one_month` (with `latestEnd`). The text provides no
 * extension; a new placement is a new decision (docs/domestic-violence.md).
 */
export function checkTemporaryResidence(stay: TemporaryResidenceRequest): Verdict<TemporaryResidence> {
  const article = art("001", "72(2)");
  if (stay.until < stay.from)
    return refuse(
      "domestic_violence.temporary_residence_period_invalid",
      article,
      `A stay cannot end (${stay.until}) before it begins (${stay.from}).`,
      { field: "until", params: { from: stay.from, until: stay.until } },
    );
  const latestEnd = temporaryResidenceLatestEnd(stay.from);
  if (stay.until > latestEnd)
    return refuse(
      "domestic_violence.temporary_residence_over_one_month",
      article,
      `Temporary residence is provided for up to one month: a stay from ${stay.from} ends on ${latestEnd} at the latest (001 Arts. 10(2)(4), 72(2)).`,
      { field: "until", params: { from: stay.from, until: stay.until, latestEnd } },
    );
  return allow({ ...stay, latestEnd, nights: daysBetween(stay.from, stay.until) });
}
