import { z } from "zod";
import { text, version } from "./input.ts";

// The likelihood assessment that sets the frequency of preventive control (001 Art. 59(10); issue 4
// item 5): the score's factors, its proposal never below the legal minimum, and the inspector's
// decision. Split from measures.ts.

/** How often preventive control checks fall due: so many times a month, or once every so many days. */
export const ControlFrequency = z.union([
  z.object({ per: z.literal("month"), times: z.number().int() }),
  z.object({ per: z.literal("days"), days: z.number().int(), times: z.literal(1) }),
]);

export const LikelihoodLevel = z.enum(["low", "medium", "high"]);

export const LikelihoodFactor = z.object({
  code: z.string(),
  label: z.string(),
  value: z.number(),
  points: z.number(),
});

export const LikelihoodAssessment = z
  .object({
    score: z.number(),
    proposedLevel: LikelihoodLevel,
    factors: z.array(LikelihoodFactor),
    thresholds: z.object({ medium: z.number(), high: z.number() }),
    legalMinimum: ControlFrequency.nullable(),
    proposedFrequency: ControlFrequency,
    frequencySource: z.string(),
    article: z.string(),
  })
  .meta({ id: "LikelihoodAssessment" });
export type LikelihoodAssessment = z.infer<typeof LikelihoodAssessment>;

/** The inspector's decision on the proposal: confirm it, or set another level with a reason (001 Art. 59(10)). */
export const LikelihoodDecision = z
  .strictObject({
    version: version(),
    level: LikelihoodLevel.optional(),
    reason: text().max(2000).optional(),
  })
  .meta({ id: "LikelihoodDecision" });
export type LikelihoodDecision = z.infer<typeof LikelihoodDecision>;
