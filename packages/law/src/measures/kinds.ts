/**
 * The kinds of individual prevention measures of 001 Art. 48(3), plus the two court-sourced grounds
 * of the preventive register that are not measures of Art. 48 but come to the register from a
 * sentence (001 Art. 59(2)(3),(6); Arts. 62-63).
 */
export const MEASURE_KINDS = [
  "preventive_conversation", // 001 Art. 50
  "official_warning", // 001 Art. 51
  "restraining_order", // 001 Art. 52
  "administrative_penalty", // 001 Art. 53
  "difficult_life_situation_registration", // 001 Art. 54
  "social_adaptation_plan", // 001 Art. 55
  "movement_restriction", // 001 Art. 56
  "statutory_notice", // 001 Art. 57
  "compulsory_medical_measure", // 001 Art. 58
  "pedagogical_support", // 001 Art. 78
  "protective_order", // 001 Art. 60
  "special_conduct_requirements", // 001 Art. 61
  "administrative_supervision", // 001 Arts. 64-66
  "special_education_referral", // 001 Art. 80
  "special_regime_referral", // 001 Art. 81
  "educational_influence", // 001 Art. 67
  "parental_rights_measure", // 001 Art. 68
  "psychological_assistance", // 001 Art. 69
  "non_custodial_punishment", // 001 Arts. 59(2)(6), 62
  "parole", // 001 Arts. 59(2)(3), 63
] as const;

/** A kind of individual prevention measure (001 Art. 48(3)) or court-sourced register ground (001 Art. 59(2)(3),(6)). */
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** True for one of the identifiers of {@link MEASURE_KINDS} (001 Art. 48(3)). */
export function isMeasureKind(value: string): value is MeasureKind {
  return (MEASURE_KINDS as readonly string[]).includes(value);
}

/**
 * Who, in the law's terms, takes a decision. The server maps a user's role and position to one of
 * these; the law decides which of them may issue which measure.
 */
export const ISSUER_KINDS = [
  "police_head", // head of a territorial police body or deputy
  "police_district_inspector", // district police inspector (участковый)
  "police_juvenile_inspector", // inspector for minors' affairs
  "police_domestic_violence_inspector",
  "police_officer", // any other police officer
  "court",
  "prosecutor",
  "commission_on_minors",
  "school_prevention_council",
  "family_support_centre",
  "akimat",
  "economic_investigation_service",
  "education_body",
  "health_organisation",
] as const;

/** Who takes a decision, in the law's terms (001 Art. 48(2): authorized persons of state bodies and organisations). */
export type IssuerKind = (typeof ISSUER_KINDS)[number];
