// What the issue form needs to know about each kind, repeated from the law package as plain constants
// (the bundle carries no law code; kindDomain.test.ts keeps them equal to the law's). The law still
// decides: these only choose which inputs to show.
import type { MeasureKind } from "./measureDomain.ts";

/** How a kind's term is asked for (the law's `termInput`, measure-input.ts `RequestedTerm`). */
export type TermInput = "none" | "dates" | "dates_required" | "days" | "months";

export const KIND_TERM: Record<MeasureKind, TermInput> = {
  preventive_conversation: "none",
  official_warning: "none",
  restraining_order: "dates",
  administrative_penalty: "none",
  difficult_life_situation_registration: "none",
  social_adaptation_plan: "dates",
  movement_restriction: "days",
  statutory_notice: "none",
  compulsory_medical_measure: "dates",
  pedagogical_support: "none",
  protective_order: "none",
  special_conduct_requirements: "dates_required",
  administrative_supervision: "none",
  special_education_referral: "months",
  special_regime_referral: "months",
  educational_influence: "dates",
  parental_rights_measure: "none",
  psychological_assistance: "dates",
  non_custodial_punishment: "dates_required",
  parole: "none",
};

/** The article that sets each kind's term (the law's `termArticle`), shown beside the term inputs. */
export const TERM_ARTICLE: Record<MeasureKind, string> = {
  preventive_conversation: "50(4)",
  official_warning: "51(5)",
  restraining_order: "52(2)",
  administrative_penalty: "53(2)",
  difficult_life_situation_registration: "54(3)",
  social_adaptation_plan: "55(2)",
  movement_restriction: "56(2)",
  statutory_notice: "57(2)",
  compulsory_medical_measure: "58(3)",
  pedagogical_support: "78(3)",
  protective_order: "60(5)",
  special_conduct_requirements: "61(3)",
  administrative_supervision: "64(2)",
  special_education_referral: "80(3)",
  special_regime_referral: "81(5)",
  educational_influence: "67(1)",
  parental_rights_measure: "68(2)",
  psychological_assistance: "69(2)",
  non_custodial_punishment: "62(3)",
  parole: "63(3)",
};

/** 001 Art. 52(1). */
export const PROCEDURAL_STATUSES = ["suspect", "accused", "defendant"] as const;
/** 001 Art. 56(1). */
export const MOVEMENT_CATEGORIES = ["no_residence_or_documents", "foreigner_subject_to_expulsion"] as const;
/** 001 Art. 78(2)(1)-(12). */
export const PEDAGOGICAL_CRITERIA = [
  "78.2.1_failing_subjects",
  "78.2.2_neglected_homeless_vagrancy_begging",
  "78.2.3_violating_school_rules",
  "78.2.4_missing_classes",
  "78.2.5_committed_infraction",
  "78.2.6_substance_use",
  "78.2.7_gambling_disorder",
  "78.2.8_pregnant",
  "78.2.9_victim_or_witness_of_violence",
  "78.2.10_committed_violence_or_bullying",
  "78.2.11_special_education_graduate",
  "78.2.12_special_regime_graduate",
] as const;
/** 001 Art. 64(2). */
export const CRIME_GRAVITIES = ["minor", "medium", "grave", "especially_grave"] as const;
/** 001 Art. 65(2)(1)-(5). */
export const SUPERVISION_RESTRICTIONS = [
  "65.2.1_leaving_dwelling_at_set_times",
  "65.2.2_being_in_set_places",
  "65.2.3_travel_outside_district",
  "65.2.4_contact_with_minors",
  "65.2.5_alcohol_or_drugs",
] as const;
/** 001 Art. 80(2). */
export const REFERRAL_APPLICANTS = ["guardianship_body", "internal_affairs"] as const;
/** 001 Art. 81(2)(1)-(2). */
export const SPECIAL_REGIME_CATEGORIES = ["81.2.1_case_terminated", "81.2.2_released_by_court"] as const;
/** 001 Art. 67(2)(1)-(8). */
export const EDUCATIONAL_MEASURES = [
  "67.2.1_warning",
  "67.2.2_explanation_of_law",
  "67.2.3_remedy_harm",
  "67.2.4_leisure_restriction_and_conduct_requirements",
  "67.2.5_transfer_under_supervision",
  "67.2.6_special_regime_placement",
  "67.2.7_apology",
  "67.2.8_probation_control",
] as const;
/** 001 Art. 68. */
export const PARENTAL_ACTIONS = [
  "deprivation_of_parental_rights",
  "restriction_of_parental_rights",
  "revocation_of_adoption",
  "release_of_guardian",
  "removal_of_guardian",
  "foster_agreement_termination",
] as const;

/** A law identifier as a catalog key: dots nest keys, so "78.2.4_x" is named under "78_2_4_x". */
export const keyOf = (value: string) => value.replace(/\./g, "_");
