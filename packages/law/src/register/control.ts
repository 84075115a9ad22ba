import { art, type Citation } from "../core/citation.ts";
import {
  ONCE_EVERY_SEVEN_DAYS,
  stricterFrequency,
  TWICE_A_MONTH,
  type ControlFrequency,
} from "../calendar/schedule.ts";

/** The level of an assessment of the likelihood of committing an infraction (001 Art. 59(10)). */
export type LikelihoodLevel = "low" | "medium" | "high";

/**
 * POLICY, not law: the frequency of preventive control for each likelihood level. 001 Art. 59(10)
 * says only that "the frequency of preventive control shall be determined based on an assessment of
 * the likelihood of committing an infraction, unless otherwise provided by this Law"; it gives no
 * scale. This mapping is the system's default, chosen so that each level doubles (or more) the
 * previous one and the highest equals the strictest minimum the law itself sets (weekly, 001
 * Art. 60(5)): low — once a month; medium — twice a month (as for an official warning, 001 Art.
 * 51(6)); high — at least once every seven calendar days. Gaps follow `maxGapDays` (28, 14, 7 days).
 */
export const LIKELIHOOD_CONTROL_FREQUENCY: Readonly<Record<LikelihoodLevel, ControlFrequency>> = {
  low: { per: "month", times: 1 },
  medium: TWICE_A_MONTH,
  high: ONCE_EVERY_SEVEN_DAYS,
};

/** A control frequency with where it comes from. */
export interface ControlFrequencyDecision {
  readonly frequency: ControlFrequency;
  /** `legal_minimum` when the measure's own minimum is at least as strict as the likelihood level's. */
  readonly source: "legal_minimum" | "likelihood";
  readonly article: Citation;
}

/**
 * The frequency of preventive control (001 Art. 59(10)): the likelihood level's frequency
 * ({@link LIKELIHOOD_CONTROL_FREQUENCY}, a policy choice), never less frequent than the legal minimum
 * of the measure when the law sets one ("unless otherwise provided by this Law", e.g. 001 Art. 51(6),
 * 60(5)). `legalMinimumArticle` names that minimum's article for the answer; by default 59(10).
 */
export function controlFrequencyFor(args: {
  legalMinimum?: ControlFrequency;
  legalMinimumArticle?: Citation;
  likelihood: LikelihoodLevel;
}): ControlFrequencyDecision {
  const byLikelihood = LIKELIHOOD_CONTROL_FREQUENCY[args.likelihood];
  const article = art("001", "59(10)");
  if (!args.legalMinimum) return { frequency: byLikelihood, source: "likelihood", article };
  const chosen = stricterFrequency(args.legalMinimum, byLikelihood);
  // On equal strictness stricterFrequency returns the legal minimum: the law's own words win.
  return chosen === args.legalMinimum
    ? { frequency: chosen, source: "legal_minimum", article: args.legalMinimumArticle ?? article }
    : { frequency: chosen, source: "likelihood", article };
}
