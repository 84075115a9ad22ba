import { art, type Citation } from "../core/citation.ts";
import type { LegalDate } from "../calendar/legal-date.ts";
import {
  DEFAULT_LAW_CONFIG,
  ruleOn,
  type LawConfig,
  type RuleInForce,
  type VersionedRule,
} from "./law-version.ts";

/**
 * Where a preventive conversation may be held (001 Art. 50(4); 000 Art. 19-3(3)). The same words as
 * `CONVERSATION_PLACES` of the measures, so the two vocabularies are interchangeable.
 */
export type PreventiveConversationPlace =
  "official_premises" | "residence" | "study" | "work" | "place_of_detection" | "online";

/** Who may be the adult present at a conversation with a minor (001 Art. 50(5); 000 Art. 19-3(5)). */
export type MinorCompanion = "legal_representative" | "parent" | "teacher";

/** The rules of a preventive conversation as one text states them. */
export interface PreventiveConversationRules {
  /** Whom the text governs: 000 is the juveniles' law; 001 covers everyone. */
  readonly appliesTo: "minors" | "everyone";
  /** Who conducts it (000 Art. 19-3(2); 001 Art. 50(2)). */
  readonly conductedBy: "prevention_system_body_of_competence" | "state_body_or_organisation";
  /** Where (000 Art. 19-3(3); 001 Art. 50(4)); only 001 adds the online format. */
  readonly places: readonly PreventiveConversationPlace[];
  /** At most one hour in both texts (see the note on 000 below). */
  readonly maxDurationMinutes: number;
  /** With a minor, at least one of these attends (000 Art. 19-3(5); 001 Art. 50(5)). */
  readonly minorCompanions: readonly MinorCompanion[];
  /** Who is warned to refrain from unlawful acts: 000 Art. 19-3(4) minors; 001 Art. 50(3) every person. */
  readonly warningGivenTo: "minors" | "everyone";
  /** The provisions each field comes from. */
  readonly articles: {
    readonly conductedBy: Citation;
    readonly places: Citation;
    readonly duration: Citation;
    readonly minorPresence: Citation;
    readonly warning: Citation;
  };
}

const OFFLINE_PLACES: readonly PreventiveConversationPlace[] = [
  "official_premises",
  "residence",
  "study",
  "work",
  "place_of_detection",
];

/**
 * 001 Art. 50: official premises of prevention subjects, residence, study, work, place of detection
 * "as well as in an online format", at most one hour; a minor in the presence of "legal
 * representatives or teachers" (parents are legal representatives of their children, so a parent
 * qualifies); every person is warned (50(3)).
 */
const RULES_001: PreventiveConversationRules = {
  appliesTo: "everyone",
  conductedBy: "state_body_or_organisation",
  places: [...OFFLINE_PLACES, "online"],
  maxDurationMinutes: 60,
  minorCompanions: ["legal_representative", "parent", "teacher"],
  warningGivenTo: "everyone",
  articles: {
    conductedBy: art("001", "50(2)"),
    places: art("001", "50(4)"),
    duration: art("001", "50(4)"),
    minorPresence: art("001", "50(5)"),
    warning: art("001", "50(3)"),
  },
};

/**
 * 000 Art. 19-3: office premises of the state bodies of the prevention system, residence, study,
 * work, place of identification of the infraction — no online format; a minor in the presence of
 * "parents, teachers or other legal representatives"; minors are warned (19-3(4)).
 * Ambiguity: the translation of 19-3(3) says the conversation "may not continue more than one year".
 * Read as one hour — a slip of the translation (a conversation is a single meeting; 001 Art. 50(4),
 * which replaced it, says one hour). See docs/versions.md.
 */
const RULES_000: PreventiveConversationRules = {
  appliesTo: "minors",
  conductedBy: "prevention_system_body_of_competence",
  places: OFFLINE_PLACES,
  maxDurationMinutes: 60,
  minorCompanions: ["parent", "teacher", "legal_representative"],
  warningGivenTo: "minors",
  articles: {
    conductedBy: art("000", "19-3(2)"),
    places: art("000", "19-3(3)"),
    duration: art("000", "19-3(3)"),
    minorPresence: art("000", "19-3(5)"),
    warning: art("000", "19-3(4)"),
  },
};

/** The preventive conversation in both texts (R2.1, R11.3): 000 Art. 19-3 and 001 Art. 50. */
export const PREVENTIVE_CONVERSATION_RULES: VersionedRule<PreventiveConversationRules> = {
  "000": { article: art("000", "19-3"), value: RULES_000 },
  "001": { article: art("001", "50"), value: RULES_001 },
};

/**
 * The preventive conversation rules in force on the date of the conversation (R2.1, R11.3): 000 Art.
 * 19-3 before the commencement of 001, 001 Art. 50 from it. For adults before the commencement the
 * governing text was the repealed 2010 prevention law, which is not among the texts; the 000 rules of
 * the date are applied to them too (`appliesTo` says "minors" so a caller can tell) — the nearest
 * text in the corpus (the online format is new in 001). A documented choice
 * (docs/versions.md), the same as the measures' conversation rules.
 */
export function preventiveConversationRulesOn(
  date: LegalDate,
  config: LawConfig = DEFAULT_LAW_CONFIG,
): RuleInForce<PreventiveConversationRules> {
  return ruleOn(PREVENTIVE_CONVERSATION_RULES, date, config);
}
