import type { LegalDate } from "../calendar/legal-date.ts";

/*
 * The kind-specific details of a new measure (the data each kind's article asks for). Optional fields
 * are checked by the kind's rules, not assumed: a form may send them incomplete.
 */

/** Where a preventive conversation is held (001 Art. 50(4)). */
export const CONVERSATION_PLACES = [
  "official_premises",
  "residence",
  "study",
  "work",
  "place_of_detection",
  "online",
] as const;

/** A place of 001 Art. 50(4). */
export type ConversationPlace = (typeof CONVERSATION_PLACES)[number];

/** Who attended a conversation or meeting besides the official (001 Arts. 50(5), 78(3)). */
export type PresentPerson = "legal_representative" | "parent" | "teacher" | "minor" | "relative" | "other";

/** 001 Art. 50. */
export interface ConversationDetails {
  readonly place?: ConversationPlace;
  readonly durationMinutes?: number;
  readonly present?: readonly PresentPerson[];
}

/** The prohibitions a protective order may contain (001 Art. 60(3)). */
export const PROTECTIVE_ORDER_PROHIBITIONS = [
  "violence",
  "searching_for_victim",
  "pursuing_victim",
  "visiting_victim",
  "oral_or_phone_conversations",
  "contact_by_other_means",
] as const;

/** One prohibition of 001 Art. 60(3). */
export type ProtectiveOrderProhibition = (typeof PROTECTIVE_ORDER_PROHIBITIONS)[number];

/**
 * A person the protective order protects: the victim whose safety it ensures (001 Art. 60(1)), with
 * whom the restrictions are established and who is named on the order (60(4)). `fullName` is the name
 * as written on the order; `personId` links the victim's record in the persons register when there is
 * one; `address` is where the victim receives the copy (60(1) second part), when known.
 */
export interface ProtectedPerson {
  readonly personId?: string;
  readonly fullName: string;
  readonly address?: string;
}

/** The content of a protective order (001 Art. 60(2)-(4)); issuer, subject and time are the input's own. */
export interface ProtectiveOrderDetails {
  /** Sane at the time of issuance (001 Art. 60(2)). */
  readonly subjectSane?: boolean;
  /** Place of issuance (001 Art. 60(4)). */
  readonly placeOfIssue?: string;
  /** Place, time and circumstances of the violence or threat (001 Art. 60(4)). */
  readonly placeOfViolence?: string;
  readonly timeOfViolence?: Date;
  readonly circumstances?: string;
  /**
   * The protected person(s): the victim(s) with whom relations are restricted (001 Art. 60(1), (4)).
   * A new order names at least one (`protective_order.victim_missing`); orders recorded before this
   * field existed have none and stay valid as stored (reading them does not re-validate the input).
   */
  readonly victims?: readonly ProtectedPerson[];
  /** The established restrictions (001 Art. 60(3)-(4)). */
  readonly prohibitions?: readonly ProtectiveOrderProhibition[];
  /** Extends the prohibitions to minor and (or) incapacitated family members (001 Art. 60(3)). */
  readonly coversFamilyMembers?: boolean;
  /** The order states the legal consequences of violation and the right to appeal (001 Art. 60(4)). */
  readonly consequencesStated?: boolean;
  readonly appealRightStated?: boolean;
}

/** The two categories of 001 Art. 56(1). */
export type MovementRestrictionCategory = "no_residence_or_documents" | "foreigner_subject_to_expulsion";

/** 001 Art. 56. */
export interface MovementRestrictionDetails {
  readonly category?: MovementRestrictionCategory;
  /** The judicial act on expulsion in legal force (001 Art. 56(1)(2)). */
  readonly expulsionAct?: string;
  /** The court's sanction, when it is already given at recording (001 Art. 56(2)). */
  readonly courtSanction?: { readonly at: Date; readonly reference: string };
}

/** 001 Art. 78(2)(1)-(12). Subparagraph 12 repeats 11 in the text; read as the special-regime graduates (see docs). */
export const PEDAGOGICAL_SUPPORT_CRITERIA = [
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

/** A criterion of 001 Art. 78(2). */
export type PedagogicalSupportCriterion = (typeof PEDAGOGICAL_SUPPORT_CRITERIA)[number];

/** 001 Art. 78. */
export interface PedagogicalSupportDetails {
  readonly criteria?: readonly PedagogicalSupportCriterion[];
  /** Days of class missed without valid reason within one month (001 Art. 78(2)(4)). */
  readonly unexcusedAbsenceDaysInMonth?: number;
  /** Who took part in the prevention council's meeting (001 Art. 78(3)). */
  readonly present?: readonly PresentPerson[];
}

/** Gravity of the crime for which the person served imprisonment (001 Art. 64(2)). */
export type MeasureCrimeGravity = "minor" | "medium" | "grave" | "especially_grave";

/** The restrictions of 001 Art. 65(2)(1)-(5). */
export const MEASURE_SUPERVISION_RESTRICTIONS = [
  "65.2.1_leaving_dwelling_at_set_times",
  "65.2.2_being_in_set_places",
  "65.2.3_travel_outside_district",
  "65.2.4_contact_with_minors",
  "65.2.5_alcohol_or_drugs",
] as const;

/** One restriction of 001 Art. 65(2). */
export type MeasureSupervisionRestriction = (typeof MEASURE_SUPERVISION_RESTRICTIONS)[number];

/** 001 Arts. 64-65. */
export interface AdministrativeSupervisionDetails {
  readonly crimeGravity?: MeasureCrimeGravity;
  /** The day the punishment was served: the term runs from it (001 Art. 64(2)). */
  readonly releaseDate?: LegalDate;
  readonly restrictions?: readonly MeasureSupervisionRestriction[];
}

/** 001 Art. 80. */
export interface SpecialEducationReferralDetails {
  /** Who applied to the court (001 Art. 80(2)). */
  readonly applicant?: "guardianship_body" | "internal_affairs";
  readonly prosecutorParticipated?: boolean;
  /** A disease of the list that bars placement (001 Art. 80(12)). */
  readonly disqualifyingDisease?: boolean;
}

/** 001 Art. 81. */
export interface SpecialRegimeReferralDetails {
  /** Subparagraph of 001 Art. 81(2): 1 — case terminated (age or reconciliation); 2 — convicted and released under CC Art. 83. */
  readonly category?: "81.2.1_case_terminated" | "81.2.2_released_by_court";
  /** For category 1: the decision to terminate the criminal case, the submission to court and whether the term was extended (001 Art. 81(3)). */
  readonly caseTerminatedOn?: LegalDate;
  readonly submittedToCourtOn?: LegalDate;
  readonly submissionTermExtended?: boolean;
  /** Materials presented to the minor and the legal representatives before submission (001 Art. 81(4)). */
  readonly materialsReviewed?: boolean;
  readonly prosecutorParticipated?: boolean;
  readonly disqualifyingDisease?: boolean;
}

/** The eight court measures of 001 Art. 67(2). */
export const EDUCATIONAL_INFLUENCE_MEASURES = [
  "67.2.1_warning",
  "67.2.2_explanation_of_law",
  "67.2.3_remedy_harm",
  "67.2.4_leisure_restriction_and_conduct_requirements",
  "67.2.5_transfer_under_supervision",
  "67.2.6_special_regime_placement",
  "67.2.7_apology",
  "67.2.8_probation_control",
] as const;

/** A measure of 001 Art. 67(2). */
export type EducationalInfluenceMeasure = (typeof EDUCATIONAL_INFLUENCE_MEASURES)[number];

/** 001 Art. 67. */
export interface EducationalInfluenceDetails {
  readonly measures?: readonly EducationalInfluenceMeasure[];
}

/** The actions of 001 Art. 68 (its title and para. 1). */
export const PARENTAL_RIGHTS_ACTIONS = [
  "deprivation_of_parental_rights",
  "restriction_of_parental_rights",
  "revocation_of_adoption",
  "release_of_guardian",
  "removal_of_guardian",
  "foster_agreement_termination",
] as const;

/** An action of 001 Art. 68. */
export type ParentalRightsAction = (typeof PARENTAL_RIGHTS_ACTIONS)[number];

/** 001 Art. 68. */
export interface ParentalRightsDetails {
  readonly action?: ParentalRightsAction;
}

/** 001 Art. 52(1): the restraining order binds a suspect, accused or defendant. */
export interface RestrainingOrderDetails {
  readonly proceduralStatus?: "suspect" | "accused" | "defendant";
}

/** 001 Art. 55(1): the individual assistance plan's activities. */
export interface SocialAdaptationPlanDetails {
  readonly planActivities?: readonly string[];
}

/** 001 Art. 63: the unserved portion of the sentence, or a life sentence (10 years). */
export interface ParoleDetails {
  readonly unservedUntil?: LegalDate;
  readonly lifeSentence?: boolean;
}

/** Details for kinds that need none beyond the common input. */
export type NoDetails = Record<string, never>;

/** The kind-specific details of each kind. */
export interface DetailsByKind {
  preventive_conversation: ConversationDetails;
  official_warning: NoDetails;
  restraining_order: RestrainingOrderDetails;
  administrative_penalty: NoDetails;
  difficult_life_situation_registration: NoDetails;
  social_adaptation_plan: SocialAdaptationPlanDetails;
  movement_restriction: MovementRestrictionDetails;
  statutory_notice: NoDetails;
  compulsory_medical_measure: NoDetails;
  pedagogical_support: PedagogicalSupportDetails;
  protective_order: ProtectiveOrderDetails;
  special_conduct_requirements: NoDetails;
  administrative_supervision: AdministrativeSupervisionDetails;
  special_education_referral: SpecialEducationReferralDetails;
  special_regime_referral: SpecialRegimeReferralDetails;
  educational_influence: EducationalInfluenceDetails;
  parental_rights_measure: ParentalRightsDetails;
  psychological_assistance: NoDetails;
  non_custodial_punishment: NoDetails;
  parole: ParoleDetails;
}
