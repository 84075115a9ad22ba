// Pure helpers of the quarterly analysis screen (001 Art. 21(10)).

/**
 * The catalog key of a figure's column, or the criterion of 78(2) a per-criterion figure counts
 * ("attention_by_criterion.78.2.4_missing_classes" or "attention_78.2.4_missing_classes").
 */
export function figureLabelKey(code: string): { key: string; criterion: string | null } {
  const m = /(78\.\d+\.\d+_[a-z_]+)$/.exec(code);
  if (m) return { key: "schoolAnalysis.byCriterion", criterion: m[1]! };
  return { key: `schoolAnalysis.figure.${code}`, criterion: null };
}
