import { art, type Citation } from "../core/citation.ts";
import { addCalendarDays, type LegalDate } from "../calendar/legal-date.ts";

/**
 * Which text governs a legal fact: judged by the rule in force on the date the fact happened
 * (shared/law/README.md, R11.3). 001 enters into force sixty calendar days after its first official
 * publication (001 Art. 85(1)); the publication date is not in the text, so the commencement date is
 * configuration.
 */
export type LawVersion = "000" | "001";

/** Deployment configuration of the law versions (001 Art. 85(1)). */
export interface LawConfig {
  /** First day on which 001 applies. */
  readonly commencement001: LegalDate;
}

/**
 * The first day of application of a law that "shall enter into force upon the expiration of sixty
 * calendar days after the date of its first official publication" (001 Art. 85(1)): the sixty days
 * run from the day after publication, expire at the end of the sixtieth, and the law applies from the
 * next day — publication + 61 calendar days.
 */
export function commencementAfterPublication(publishedOn: LegalDate, days = 60): LegalDate {
  return addCalendarDays(publishedOn, days + 1);
}

/**
 * Default commencement of 001: 2 March 2026. The law of 30 December 2025 was first published on
 * 31 December 2025; sixty calendar days after that day run from 1 January to 1 March 2026 and expire
 * at its end, so 001 applies from 2 March 2026 (001 Art. 85(1)) — the date the Ministry of Internal
 * Affairs and the legal press report as the first day of the new law. 000 and the other repealed laws
 * govern facts up to 1 March 2026 inclusive (001 Art. 85(3)). Deployments can override it in
 * configuration (docs/versions.md).
 */
export const DEFAULT_LAW_CONFIG: LawConfig = { commencement001: commencementAfterPublication("2025-12-31") };

/**
 * The text in force on a date (R11.3): 001 from its commencement, 000 before (001 Art. 85). The date
 * is the date of the legal fact (the decision, the conversation, the placement), not of its entry.
 */
export function lawInForceOn(date: LegalDate, config: LawConfig = DEFAULT_LAW_CONFIG): LawVersion {
  return date >= config.commencement001 ? "001" : "000";
}

/**
 * A rule stated differently in the two texts, each version with its own article (R11.3). A rule new
 * in 001 has no "000" entry.
 */
export interface VersionedRule<T> {
  readonly "000"?: { readonly article: Citation; readonly value: T };
  readonly "001": { readonly article: Citation; readonly value: T };
}

/** A rule as in force on a date: its version, the article that states it, and its content (R11.3). */
export interface RuleInForce<T> {
  readonly version: LawVersion;
  readonly article: Citation;
  readonly value: T;
}

/**
 * The version of a rule in force on a date, with its article (R11.3; 001 Art. 85). Before the
 * commencement of 001 a rule without a "000" entry falls back to its 001 content and reports version
 * "001": 000 is silent on it (e.g. public assistants, 001 Art. 45, whose 2004 law is not among the
 * texts) and the other repealed laws that may have governed are not in the corpus (docs/versions.md).
 */
export function ruleOn<T>(
  rule: VersionedRule<T>,
  date: LegalDate,
  config: LawConfig = DEFAULT_LAW_CONFIG,
): RuleInForce<T> {
  const v = lawInForceOn(date, config);
  const chosen = v === "000" && rule["000"] ? rule["000"] : rule["001"];
  return {
    version: v === "000" && rule["000"] ? "000" : "001",
    article: chosen.article,
    value: chosen.value,
  };
}

export { art };
