// The closed lists of the measure screens, repeated from the law package as plain constants (the
// bundle carries no law code); the check below fails compilation if the contract gains a kind.
import type { MeasureCreate } from "../../api/types.ts";

export const MEASURE_KINDS = [
  "preventive_conversation",
  "official_warning",
  "restraining_order",
  "administrative_penalty",
  "difficult_life_situation_registration",
  "social_adaptation_plan",
  "movement_restriction",
  "statutory_notice",
  "compulsory_medical_measure",
  "pedagogical_support",
  "protective_order",
  "special_conduct_requirements",
  "administrative_supervision",
  "special_education_referral",
  "special_regime_referral",
  "educational_influence",
  "parental_rights_measure",
  "psychological_assistance",
  "non_custodial_punishment",
  "parole",
] as const satisfies readonly MeasureCreate["kind"][];
export type MeasureKind = (typeof MEASURE_KINDS)[number];
type Exhaustive<Missing> = [Missing] extends [never] ? true : { missing: Missing };
export const measureKindsComplete: Exhaustive<Exclude<MeasureCreate["kind"], MeasureKind>> = true;

/** 001 Art. 49(1). */
export const LEGAL_GROUNDS = ["report_or_statement", "direct_discovery", "state_body_materials"] as const;
/** 001 Art. 49(3). */
export const JUSTIFICATION_BASES = [
  "act_creating_conditions",
  "antisocial_behaviour",
  "judicial_act",
] as const;
/** 001 Art. 50(4). */
export const CONVERSATION_PLACES = [
  "official_premises",
  "residence",
  "study",
  "work",
  "place_of_detection",
  "online",
] as const;
/** 001 Arts. 50(5), 78(3). */
export const PRESENT_PERSONS = [
  "legal_representative",
  "parent",
  "teacher",
  "minor",
  "relative",
  "other",
] as const;
/** 001 Art. 60(3). */
export const PROHIBITIONS = [
  "violence",
  "searching_for_victim",
  "pursuing_victim",
  "visiting_victim",
  "oral_or_phone_conversations",
  "contact_by_other_means",
] as const;

/** Facts the "record fact" panel offers, with the inputs each needs (001 Chapter 5). */
export const FACT_TYPES = [
  "served",
  "signed",
  "signature_refused",
  "prosecutor_notified",
  "control_check",
  "violation",
  "extended",
  "appealed",
  "appeal_decided",
  "terminated",
  "answer_received",
] as const;
export type FactType = (typeof FACT_TYPES)[number];
export const SERVICE_CHANNELS = [
  "in_person",
  "registered_mail",
  "phone_message",
  "telegram",
  "text_message",
  "email",
  "other_recorded_means",
] as const;
export const CONTROL_OUTCOMES = ["complied", "violation_found", "not_at_home", "not_found"] as const;
export const TERMINATION_GROUNDS = [
  "early_correction",
  "no_grounds_for_extension",
  "imprisonment",
  "reached_18",
  "death",
  "court_early_release",
  "revoked",
  "purpose_achieved",
] as const;
export const APPEAL_OUTCOMES = ["upheld", "annulled", "amended"] as const;

/** A local date-time input's value ("2026-01-31T10:15") as an instant with offset. */
export function localToInstant(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** Now, as a datetime-local input's value. */
export function nowLocal(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
