// The closed lists of the measure screens, repeated from the law package as plain constants (the
// bundle carries no law code); the check below fails compilation if the contract gains a kind. Fact
// types and their fields come from the contract's zod-free table (@aldyn/contract/fact-types).
import { MANUAL_MEASURE_FACT_TYPES, MEASURE_FACT_FIELDS } from "@aldyn/contract/fact-types";
import { almatyLocalOf, instantOfAlmatyLocal } from "../../format.ts";
import type {
  ManualMeasureFactType,
  Measure,
  MeasureCreate,
  MeasureFactCreate,
  MeasureFactField,
} from "../../api/types.ts";

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

/** The fact types a user records by hand and the own fields of each: the contract's table. */
export const FACT_TYPES = MANUAL_MEASURE_FACT_TYPES;
export type FactType = ManualMeasureFactType;
export const FACT_FIELDS = MEASURE_FACT_FIELDS;

/** The fact types offered for a measure: the law's list for its kind, in the panel's order. */
export function offeredFactTypes(allowed: readonly string[]): FactType[] {
  return FACT_TYPES.filter((f) => allowed.includes(f));
}

/** Addressees of a notice other than the prosecutor (001 Arts. 51(2), 60(1), 80(10)(4), 81(11)(4)). */
export const NOTICE_RECIPIENTS = [
  "victim",
  "employer_or_self_government",
  "commission_on_minors",
  "internal_affairs",
] as const;
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

/** The values typed into a fact's own inputs. */
export type FactExtra = Partial<Record<MeasureFactField, string>>;

/** The request body: the fact's own fields only (a correction names the fact by its index). */
export function factBody(
  measure: Pick<Measure, "version">,
  type: FactType,
  at: string,
  note: string,
  extra: FactExtra,
): MeasureFactCreate {
  const body: MeasureFactCreate = { version: measure.version, type, at: localToInstant(at) };
  if (note.trim()) body.note = note.trim();
  const { required, optional } = FACT_FIELDS[type];
  for (const field of [...required, ...optional]) {
    const value = extra[field]?.trim();
    if (!value) continue;
    if (field === "supersedes") body.supersedes = Number(value);
    else body[field] = value;
  }
  return body;
}

/**
 * A date-time input's value ("2026-01-31T10:15") as an instant: the clock of Almaty whatever the
 * browser's zone (R11.4). Anything else is sent as typed, for the server to name the field.
 */
export function localToInstant(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) ? instantOfAlmatyLocal(value) : value;
}

/** Now, as a date-time input's value on the clock of Almaty. */
export function nowLocal(now = new Date()): string {
  return almatyLocalOf(now.toISOString());
}
