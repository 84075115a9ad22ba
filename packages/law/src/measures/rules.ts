import type { KindRules } from "./kind-rules.ts";
import type { MeasureKind } from "./kinds.ts";
import { administrativePenalty, movementRestriction, statutoryNotice } from "./kinds/administrative.ts";
import { preventiveConversation } from "./kinds/conversation.ts";
import {
  educationalInfluence,
  parentalRightsMeasure,
  psychologicalAssistance,
} from "./kinds/court-family.ts";
import {
  compulsoryMedicalMeasure,
  nonCustodialPunishment,
  parole,
  restrainingOrder,
  specialConductRequirements,
} from "./kinds/court-sentences.ts";
import { specialEducationReferral, specialRegimeReferral } from "./kinds/referrals.ts";
import {
  difficultLifeSituationRegistration,
  pedagogicalSupport,
  socialAdaptationPlan,
} from "./kinds/social-and-school.ts";
import { administrativeSupervision } from "./kinds/supervision.ts";
import { officialWarning, protectiveOrder } from "./kinds/warning-and-protective-order.ts";

/** The rules of every kind of 001 Art. 48(3) (and the two court-sourced register grounds), by kind. */
export const MEASURE_RULES: { readonly [K in MeasureKind]: KindRules<K> } = {
  preventive_conversation: preventiveConversation,
  official_warning: officialWarning,
  restraining_order: restrainingOrder,
  administrative_penalty: administrativePenalty,
  difficult_life_situation_registration: difficultLifeSituationRegistration,
  social_adaptation_plan: socialAdaptationPlan,
  movement_restriction: movementRestriction,
  statutory_notice: statutoryNotice,
  compulsory_medical_measure: compulsoryMedicalMeasure,
  pedagogical_support: pedagogicalSupport,
  protective_order: protectiveOrder,
  special_conduct_requirements: specialConductRequirements,
  administrative_supervision: administrativeSupervision,
  special_education_referral: specialEducationReferral,
  special_regime_referral: specialRegimeReferral,
  educational_influence: educationalInfluence,
  parental_rights_measure: parentalRightsMeasure,
  psychological_assistance: psychologicalAssistance,
  non_custodial_punishment: nonCustodialPunishment,
  parole,
};

/**
 * The rules of a kind, typed for any kind. The kind-specific methods take the input of their own kind;
 * callers pass the measure whose `kind` selected the rules, which is what makes this widening sound.
 */
export function rulesFor(kind: MeasureKind): KindRules<MeasureKind> {
  return MEASURE_RULES[kind] as unknown as KindRules<MeasureKind>;
}
