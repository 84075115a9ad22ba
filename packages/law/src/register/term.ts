import { addCalendarDays, type LegalDate } from "../calendar/legal-date.ts";

/**
 * The validity of one individual prevention measure underlying a register entry: both ends
 * inclusive; `validUntil` null means open-ended (e.g. a measure "until the likelihood is eliminated",
 * 001 Art. 59(9)). 001 Art. 59(7).
 */
export interface RegisterMeasureValidity {
  readonly validFrom: LegalDate;
  readonly validUntil: LegalDate | null;
}

/** A closed range of calendar days, both ends inclusive; `until` null means open-ended. */
export interface RegisterPeriod {
  readonly from: LegalDate;
  readonly until: LegalDate | null;
}

/**
 * An entry's term as the union of its measures' validity (001 Art. 59(7): "preventive registration
 * shall be carried out during the period of validity of individual preventive measures").
 */
export interface RegisterTerm {
  /** The union of the measures' validity, merged and sorted. */
  readonly periods: readonly RegisterPeriod[];
  /** Days covered by no measure between two periods (both ends inclusive, never open-ended). */
  readonly gaps: readonly RegisterPeriod[];
  /** First day covered by a measure. */
  readonly start: LegalDate;
  /**
   * Last day of the continuous run of validity that covers `from` (or, if `from` falls in a gap or
   * before every measure, of the next run); null when that run is open-ended. This is the day after
   * which registration ends under 001 Art. 59(8)(2) unless extended (59(9)): a gap interrupts the
   * registration, and measures valid after the gap need a new placement.
   */
  readonly end: LegalDate | null;
  /** Last day covered by any measure (null: open-ended) — the union's end, gaps ignored. */
  readonly unionEnd: LegalDate | null;
}

/** `a` later than `b`, where null stands for "open-ended" (later than any date). */
function laterEnd(a: LegalDate | null, b: LegalDate | null): LegalDate | null {
  if (a === null || b === null) return null;
  return a > b ? a : b;
}

/** Merges overlapping or adjacent periods (a period ending the day before the next begins joins it). */
export function mergeRegisterPeriods(input: readonly RegisterPeriod[]): RegisterPeriod[] {
  const sorted = [...input].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
  const out: RegisterPeriod[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && (last.until === null || p.from <= addCalendarDays(last.until, 1))) {
      out[out.length - 1] = { from: last.from, until: laterEnd(last.until, p.until) };
    } else {
      out.push({ from: p.from, until: p.until });
    }
  }
  return out;
}

/**
 * The merged period that covers `date`, else the first one starting after it, else null (every
 * period ended before `date`).
 */
export function runFrom(periods: readonly RegisterPeriod[], date: LegalDate): RegisterPeriod | null {
  return periods.find((p) => p.until === null || p.until >= date) ?? null;
}

/**
 * The term of a register entry from the validity of its measures (001 Art. 59(7)), or null when no
 * measure is given. `from` (the placement date; default the first day covered) picks the run whose
 * end is the entry's end under 59(8)(2).
 */
export function registerTerm(
  measures: readonly RegisterMeasureValidity[],
  from?: LegalDate,
): RegisterTerm | null {
  if (measures.length === 0) return null;
  const periods = mergeRegisterPeriods(measures.map((m) => ({ from: m.validFrom, until: m.validUntil })));
  const gaps: RegisterPeriod[] = [];
  for (let i = 1; i < periods.length; i += 1) {
    // Merged periods are disjoint and non-adjacent, so every earlier one is closed.
    const prevUntil = periods[i - 1]!.until as LegalDate;
    gaps.push({ from: addCalendarDays(prevUntil, 1), until: addCalendarDays(periods[i]!.from, -1) });
  }
  const start = periods[0]!.from;
  const run = runFrom(periods, from ?? start);
  const last = periods[periods.length - 1]!;
  return {
    periods,
    gaps,
    start,
    end: run === null ? (last.until as LegalDate) : run.until,
    unionEnd: last.until,
  };
}
