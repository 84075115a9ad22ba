import type { LikelihoodLevel } from "@aldyn/law";

/**
 * The likelihood assessment of 001 Art. 59(10) as a documented, explainable score. POLICY, not law:
 * the article requires the frequency of control to follow "an assessment of the likelihood of
 * committing an infraction" and gives no method. Every factor is read from the record, shown with its
 * value and the points it adds, and capped so that no single factor decides alone:
 *
 * | factor | points | cap |
 * |---|---|---|
 * | measures issued in the last 12 months (not annulled) | 1 each | 4 |
 * | protective orders ever (domestic violence, 001 Art. 60) | 2 each | 4 |
 * | violations of measures and violations found at checks | 2 each | 6 |
 * | checks where the person was not at home / not found | 1 each | 2 |
 * | earlier register entries (other than this one) | 1 each | 3 |
 * | age 14-24 on the day of the assessment | 1 | 1 |
 *
 * Levels: 0-2 low, 3-6 medium, 7 or more high. The level then proposes a frequency through the law's
 * `controlFrequencyFor`, which never goes below the measures' legal minimum.
 */
export interface LikelihoodRecord {
  readonly measuresLastYear: number;
  readonly protectiveOrders: number;
  readonly violations: number;
  readonly absentAtChecks: number;
  readonly earlierEntries: number;
  readonly age: number;
}

export interface ScoredFactor {
  readonly code: string;
  readonly label: string;
  readonly value: number;
  readonly points: number;
}

export const LIKELIHOOD_THRESHOLDS = { medium: 3, high: 7 } as const;

const FACTORS: ReadonlyArray<{
  code: string;
  label: string;
  value: (r: LikelihoodRecord) => number;
  points: (v: number) => number;
}> = [
  {
    code: "measures_last_year",
    label: "Measures issued in the last 12 months",
    value: (r) => r.measuresLastYear,
    points: (v) => Math.min(v, 4),
  },
  {
    code: "protective_orders",
    label: "Protective orders (001 Art. 60)",
    value: (r) => r.protectiveOrders,
    points: (v) => Math.min(2 * v, 4),
  },
  {
    code: "violations",
    label: "Violations of measures and violations found at checks",
    value: (r) => r.violations,
    points: (v) => Math.min(2 * v, 6),
  },
  {
    code: "absent_at_checks",
    label: "Checks where the person was not at home or not found",
    value: (r) => r.absentAtChecks,
    points: (v) => Math.min(v, 2),
  },
  {
    code: "earlier_entries",
    label: "Earlier preventive register entries",
    value: (r) => r.earlierEntries,
    points: (v) => Math.min(v, 3),
  },
  {
    code: "age_14_24",
    label: "Age 14 to 24",
    value: (r) => r.age,
    points: (v) => (v >= 14 && v <= 24 ? 1 : 0),
  },
];

/** The score, each factor's contribution and the proposed level. */
export function scoreLikelihood(r: LikelihoodRecord): {
  score: number;
  level: LikelihoodLevel;
  factors: ScoredFactor[];
} {
  const factors = FACTORS.map((f) => {
    const value = f.value(r);
    return { code: f.code, label: f.label, value, points: f.points(value) };
  });
  const score = factors.reduce((s, f) => s + f.points, 0);
  const level: LikelihoodLevel =
    score >= LIKELIHOOD_THRESHOLDS.high ? "high" : score >= LIKELIHOOD_THRESHOLDS.medium ? "medium" : "low";
  return { score, level, factors };
}
