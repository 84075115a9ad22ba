import { art, type Citation } from "../core/citation.ts";

/**
 * Rules of the repealed 000 (Law No. 591 of 2004) that 001 does not repeat but the special
 * institutions still need (REQUIREMENTS R4.3): kept as configuration with the 2004 numbers as
 * defaults, and every answer built from them carries `carriedFrom000: true`. Values marked POLICY are
 * not in any text: they make a vague word of 000 computable ("night time", "after a working day is
 * over") and a deployment may change them.
 */
export interface Carried000Config {
  readonly adaptationCentre: {
    /** 000 Art. 11(1)(1): neglected and homeless children "at the age from three to eighteen years". */
    readonly minAge: number;
    /** Minors only: under this age (000 Art. 11(1)). */
    readonly ageLimit: number;
    /** 000 Art. 11(5): "not more than three months". */
    readonly maxStayMonths: number;
    /** 000 Art. 11(3): written notice to the prosecutor "during twenty-four hours". */
    readonly prosecutorNoticeHours: number;
    /** 000 Art. 11(3): materials to the guardianship body "during three days from the date of placement". */
    readonly guardianshipMaterialsDays: number;
    /** POLICY: "night time" of 000 Art. 11(3) begins at this local hour (Labour Code reading: 22:00-06:00). */
    readonly nightStartHour: number;
    /** POLICY: night time ends at this local hour. */
    readonly nightEndHour: number;
  };
  readonly release: {
    /** 000 Art. 14-1(1)(2), (2)(2): early release on the day of majority; 001 Arts. 80-81 are silent. */
    readonly onMajority: boolean;
    /** POLICY: "after a working day is over" (000 Art. 14-1(1)(3)) means at or after this local hour. */
    readonly workingDayEndHour: number;
  };
  readonly correspondence: {
    /** 000 Art. 22-3(3): letters delivered and sent "not later than three days …, except for the holidays and weekends". */
    readonly letterWorkingDays: number;
    /** 000 Art. 22-3(5): letters arriving after departure forwarded "not later than three days" (calendar days). */
    readonly forwardAfterDepartureDays: number;
    /** 000 Art. 22-4(2): applications to the court, prosecutor and state bodies "not later than twenty four hours". */
    readonly applicationHours: number;
  };
}

/** The 2004 numbers (000 Arts. 11, 14-1, 22-3, 22-4) and the documented policy values. */
export const DEFAULT_CARRIED_000_CONFIG: Carried000Config = {
  adaptationCentre: {
    minAge: 3,
    ageLimit: 18,
    maxStayMonths: 3,
    prosecutorNoticeHours: 24,
    guardianshipMaterialsDays: 3,
    nightStartHour: 22,
    nightEndHour: 6,
  },
  release: { onMajority: true, workingDayEndHour: 18 },
  correspondence: { letterWorkingDays: 3, forwardAfterDepartureDays: 3, applicationHours: 24 },
};

/** One rule carried from the repealed 000 (R4.3), for documents and the UI's "carried" badge. */
export interface CarriedRule {
  readonly id: string;
  readonly article: Citation;
  readonly summary: string;
  readonly carriedFrom000: true;
}

const carried = (id: string, ref: string, summary: string): CarriedRule => ({
  id,
  article: art("000", ref),
  summary,
  carriedFrom000: true,
});

/** The rules of 000 this package applies although 001 does not repeat them (R4.3). */
export const CARRIED_FROM_000_RULES: readonly CarriedRule[] = [
  carried(
    "adaptation_centre.ages",
    "11(1)",
    "Adaptation centres receive minors; neglected and homeless children from 3 to 18",
  ),
  carried(
    "adaptation_centre.basis",
    "11(2)",
    "Placement by court decree, guardianship decision or the deliverer's application",
  ),
  carried(
    "adaptation_centre.centre_act",
    "11(3)",
    "At night, on weekends and holidays or in exceptional cases, on the centre's own act: prosecutor told in writing within 24 hours, materials to guardianship within 3 days",
  ),
  carried("adaptation_centre.max_stay", "11(5)", "At most three months"),
  carried("adaptation_centre.excluded_time", "11(6)", "Quarantine and in-patient hospital time not counted"),
  carried(
    "adaptation_centre.refusals",
    "11(7)",
    "No placement when intoxicated or with marked mental disorder symptoms",
  ),
  carried("release.grounds_and_days", "14-1", "Grounds and days of release from the special institutions"),
  carried(
    "correspondence.letters",
    "22-3(3)",
    "Letters delivered and sent within 3 days, weekends and holidays excluded",
  ),
  carried("correspondence.after_departure", "22-3(5)", "Letters after departure forwarded within 3 days"),
  carried(
    "correspondence.applications",
    "22-4(2)",
    "Applications to court, prosecutor and state bodies sent within 24 hours",
  ),
];
