import { z } from "zod";
import { I18nName } from "./common.ts";
import { legalDate } from "./input.ts";

/**
 * Aggregate figures of prevention (issue 6: the register summary of a region and the annual national
 * figures). Counts only: no person, no name, no IIN leaves these endpoints, so analysts may read them
 * (001 Art. 59(6): information on registration serves prevention; statistics carry no personal data).
 */

const LegalDate = z.iso.date();
/** A territory code of the seed (`KZ`, a region's, a district's). */
const TerritoryCode = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, "a territory code");

export const RegisterSummaryQuery = z.strictObject({
  /** The territory summarised; by default the user's own. */
  territory: TerritoryCode.optional(),
  /** The period of openings and closings, inclusive; by default from 1 January of this year to today. */
  from: legalDate().optional(),
  to: legalDate().optional(),
});
export type RegisterSummaryQuery = z.infer<typeof RegisterSummaryQuery>;

export const TerritoryRef = z.object({
  code: z.string(),
  path: z.string(),
  level: z.string(),
  name: I18nName,
});
export type TerritoryRef = z.infer<typeof TerritoryRef>;

/** Counts keyed by an identifier of the law package (a register ground, a measure kind). */
const Counts = z.record(z.string(), z.number().int());

/** One part of the summarised territory (a district of a region, a region of the country). */
export const RegisterSummaryPart = z.object({
  territory: TerritoryRef,
  active: z.number().int(),
  activeByGround: Counts,
  opened: z.number().int(),
  closed: z.number().int(),
  overdueChecks: z.number().int(),
  minors: z.number().int(),
});

export const RegisterSummary = z
  .object({
    territory: TerritoryRef,
    /** The day the figures are for (Asia/Almaty). */
    asOf: LegalDate,
    period: z.object({ from: LegalDate, to: LegalDate }),
    /** Entries on the register today (001 Art. 59(2)), by ground. */
    active: z.number().int(),
    activeByGround: Counts,
    /** Running measures of the persons on the register today, by kind (001 Art. 59(7)). */
    activeMeasuresByKind: Counts,
    /** Placements on the register in the period (001 Art. 59(2)). */
    opened: z.number().int(),
    /** Entries whose first day off the register fell in the period (001 Art. 59(8)). */
    closed: z.number().int(),
    /** Checks of preventive control past their due date today: of entries and of measures (001 Arts. 51(6), 59(10)). */
    overdueChecks: z.object({ registerEntries: z.number().int(), measures: z.number().int() }),
    /** Distinct persons under 18 on the register today. */
    minors: z.number().int(),
    /** The same figures for each part one level down (districts of a region, regions of the country). */
    parts: z.array(RegisterSummaryPart),
  })
  .meta({ id: "RegisterSummary" });
export type RegisterSummary = z.infer<typeof RegisterSummary>;

export const NationalFiguresQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
});
export type NationalFiguresQuery = z.infer<typeof NationalFiguresQuery>;

export const NationalFiguresRegion = z.object({
  territory: TerritoryRef,
  /** Measures issued in the year (Asia/Almaty), by kind (001 Art. 48(3)). */
  measuresIssued: Counts,
  registerOpened: z.number().int(),
  registerClosed: z.number().int(),
  /** On the register at the end of the year (or today, for the current year). */
  registerActiveAtEnd: z.number().int(),
  /** Checks of preventive control recorded in the year, on measures and register entries (001 Art. 59(10)). */
  checksDone: z.number().int(),
  /**
   * Checks that fell due in the year and are still not done today: the stored next-due date of a
   * running measure or entry lies in the year and before today. A check done late no longer counts
   * (the projections keep only the next due date), so this is a floor of the checks missed.
   */
  checksMissed: z.number().int(),
  /** Violations of measures recorded in the year (001 Arts. 51(7), 60(6)). */
  violations: z.number().int(),
});
export type NationalFiguresRegion = z.infer<typeof NationalFiguresRegion>;

export const NationalFigures = z
  .object({
    year: z.number().int(),
    /** The year's last day, or today while the year runs. */
    asOf: LegalDate,
    regions: z.array(NationalFiguresRegion),
    totals: NationalFiguresRegion.omit({ territory: true }),
  })
  .meta({ id: "NationalFigures" });
export type NationalFigures = z.infer<typeof NationalFigures>;
