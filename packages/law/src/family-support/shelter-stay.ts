/**
 * A stay in a place of temporary residence of a family support centre: "support to persons with
 * signs of domestic violence, including the possibility of their temporary residence for up to one
 * month" (001 Art. 10(2)(4)); "temporary accommodation for a period of up to one month" (72(2)) —
 * R5.2: the stay's clock, the refusal of a longer stay, a shelter's places and occupancy.
 */
import { daysBetween, type LegalDate } from "../calendar/legal-date.ts";
import { art } from "../core/citation.ts";
import { allow, refuse, type Verdict } from "../core/verdict.ts";
import {
  checkTemporaryResidence,
  temporaryResidenceLatestEnd,
  type TemporaryResidence,
} from "../domestic-violence/temporary-residence.ts";

/**
 * What is recorded on a stay: `admitted`, `extension_refused` (a request to stay past one month,
 * refused and recorded, 72(2)) and `departed`.
 */
export const SHELTER_STAY_FACT_TYPES = ["admitted", "extension_refused", "departed"] as const;

/** One fact type of a stay. */
export type ShelterStayFactType = (typeof SHELTER_STAY_FACT_TYPES)[number];

/**
 * A stay is "ending" when this many days or fewer are left to its planned end, so the centre prepares
 * the departure. The law sets no such window: the system's reading.
 */
export const SHELTER_STAY_ENDING_DAYS = 3;

/** A stay as recorded. */
export interface ShelterStay {
  readonly admittedOn: LegalDate;
  readonly plannedUntil: LegalDate;
  readonly departedOn: LegalDate | null;
}

/** The state of a stay: staying, ending (≤ 3 days left), overdue (past its planned end), departed. */
export type ShelterStayState = "staying" | "ending" | "overdue" | "departed";

/** A stay's clock on a day. */
export interface DerivedShelterStay {
  readonly state: ShelterStayState;
  /** One month from admission: the latest day the stay may end (001 Art. 72(2)). */
  readonly latestEnd: LegalDate;
  /** Days from `today` to the planned end (negative once past it; 0 for a departed stay). */
  readonly daysLeft: number;
}

/**
 * The clock of a stay on `today` (001 Arts. 10(2)(4), 72(2)): departed once a departure is recorded;
 * overdue after its planned end without one; ending within {@link SHELTER_STAY_ENDING_DAYS} days of
 * it (the system's reading); otherwise staying.
 */
export function deriveShelterStay(stay: ShelterStay, today: LegalDate): DerivedShelterStay {
  const latestEnd = temporaryResidenceLatestEnd(stay.admittedOn);
  if (stay.departedOn !== null) return { state: "departed", latestEnd, daysLeft: 0 };
  const daysLeft = daysBetween(today, stay.plannedUntil);
  const state = daysLeft < 0 ? "overdue" : daysLeft <= SHELTER_STAY_ENDING_DAYS ? "ending" : "staying";
  return { state, latestEnd, daysLeft };
}

/**
 * Checks an admission's planned period (001 Arts. 10(2)(4), 72(2)) — `checkTemporaryResidence` with
 * the stay's field names: `domestic_violence.temporary_residence_over_one_month` and
 * `domestic_violence.temporary_residence_period_invalid` on `plannedUntil`.
 */
export function checkShelterStayPeriod(stay: {
  readonly admittedOn: LegalDate;
  readonly plannedUntil: LegalDate;
}): Verdict<TemporaryResidence> {
  const v = checkTemporaryResidence({ from: stay.admittedOn, until: stay.plannedUntil });
  return v.ok ? v : { ...v, field: "plannedUntil" };
}

/**
 * Checks a request to move a stay's planned end to `requestedUntil` (001 Art. 72(2)):
 * - `shelter_stay.departed` — the person has left; a new stay is a new admission;
 * - `domestic_violence.temporary_residence_period_invalid` — before the admission;
 * - `domestic_violence.temporary_residence_over_one_month` — past one month from the admission (the
 *   text provides no extension: the request is refused, and the server records it as
 *   `extension_refused`).
 * Within the month the planned end moves (earlier too: the stay is shortened).
 */
export function checkExtension(
  stay: ShelterStay,
  requestedUntil: LegalDate,
): Verdict<{ plannedUntil: LegalDate }> {
  if (stay.departedOn !== null)
    return refuse(
      "shelter_stay.departed",
      art("001", "72(2)"),
      `The person left on ${stay.departedOn}: a new stay is a new admission.`,
      { field: "requestedUntil", params: { departedOn: stay.departedOn } },
    );
  const v = checkTemporaryResidence({ from: stay.admittedOn, until: requestedUntil });
  if (!v.ok) return { ...v, field: "requestedUntil" };
  return allow({ plannedUntil: requestedUntil });
}

/**
 * The places occupied on `date`: stays admitted on or before it and not departed by it. The day of
 * departure is free (the person leaves that day, as the month of 72(2) ends on it); a stay past its
 * planned end still holds its place until the departure is recorded.
 */
export function occupancyOn(stays: readonly ShelterStay[], date: LegalDate): number {
  return stays.filter((s) => s.admittedOn <= date && (s.departedOn === null || s.departedOn > date)).length;
}

/**
 * Checks an admission against the shelter's places (001 Art. 10(2)(4)): `shelter.full` when every
 * place is occupied (params: places, occupied). The places are the shelter's, not the law's.
 */
export function checkAdmission(places: number, occupied: number): Verdict<{ free: number }> {
  if (occupied >= places)
    return refuse(
      "shelter.full",
      art("001", "10(2)(4)"),
      `All ${places} places of the shelter are occupied.`,
      {
        field: "shelterId",
        params: { places, occupied },
      },
    );
  return allow({ free: places - occupied });
}
