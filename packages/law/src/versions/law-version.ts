import { art, type Citation } from "../core/citation.ts";
import type { LegalDate } from "../calendar/legal-date.ts";

/**
 * Which text governs a legal fact: judged by the rule in force on the date the fact happened
 * (shared/law/README.md, R11.3). 001 enters into force sixty calendar days after its first official
 * publication (001 Art. 85(1)); the publication date is not in the text, so the commencement date is
 * configuration.
 */
export type LawVersion = "000" | "001";

export interface LawConfig {
  /** First day on which 001 applies. */
  readonly commencement001: LegalDate;
}

/**
 * Default commencement of 001: the law is dated 30 December 2025; laws of that date are ordinarily
 * published within days, so "sixty calendar days after first publication" lands at the start of
 * March 2026. We take 1 March 2026 as the default (publication assumed 31 December 2025 → day 61 is
 * 1 March 2026). Deployments set the real date once the publication is known.
 */
export const DEFAULT_LAW_CONFIG: LawConfig = { commencement001: "2026-03-01" };

/** The text in force on a date: 001 from its commencement, 000 before. */
export function lawInForceOn(date: LegalDate, config: LawConfig = DEFAULT_LAW_CONFIG): LawVersion {
  return date >= config.commencement001 ? "001" : "000";
}

/** A rule stated differently in the two texts: each version with its own article. */
export interface VersionedRule<T> {
  readonly "000"?: { readonly article: Citation; readonly value: T };
  readonly "001": { readonly article: Citation; readonly value: T };
}

/** The version of a rule in force on a date, with its article. Falls back to 001 where 000 is silent. */
export function ruleOn<T>(
  rule: VersionedRule<T>,
  date: LegalDate,
  config: LawConfig = DEFAULT_LAW_CONFIG,
): { version: LawVersion; article: Citation; value: T } {
  const v = lawInForceOn(date, config);
  const chosen = v === "000" && rule["000"] ? rule["000"] : rule["001"];
  return { version: v === "000" && rule["000"] ? "000" : "001", article: chosen.article, value: chosen.value };
}

export { art };
