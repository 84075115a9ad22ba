import type { MeasureKind } from "./kinds.ts";
import type { DetailsByKind } from "./measure-details.ts";
import type { MeasureInputOf, MeasureSubject, RequestedTerm } from "./measure-input.ts";

/**
 * Sample inputs that satisfy the law, one per kind: the table tests start from them and change one
 * thing at a time, and demo seeds may use them. All are dated 10 April 2026, 10:00 Almaty time, under
 * 001. Adults are born 1 May 1990; minors as each kind needs.
 */
export const SAMPLE_ISSUED_AT = new Date("2026-04-10T10:00:00+05:00");

const ADULT: MeasureSubject = { kind: "person", birthDate: "1990-05-01", sex: "male" };

/** A minor born on `birthDate`, female where a rule needs it (001 Art. 78(2)(8)). */
function minor(birthDate: string, sex: "female" | "male" = "male"): MeasureSubject {
  return { kind: "person", birthDate, sex };
}

interface Sample<K extends MeasureKind> {
  readonly issuerKind: MeasureInputOf<K>["issuerKind"];
  readonly subject?: MeasureSubject;
  readonly term?: RequestedTerm;
  readonly details: DetailsByKind[K];
}

const SAMPLES: { readonly [K in MeasureKind]: Sample<K> } = {
  preventive_conversation: {
    issuerKind: "police_district_inspector",
    details: { place: "official_premises", durationMinutes: 40, present: [] },
  },
  official_warning: { issuerKind: "police_district_inspector", details: {} },
  restraining_order: {
    issuerKind: "court",
    term: { validUntil: "2026-07-10" },
    details: { proceduralStatus: "accused" },
  },
  administrative_penalty: { issuerKind: "court", details: {} },
  difficult_life_situation_registration: { issuerKind: "family_support_centre", details: {} },
  social_adaptation_plan: {
    issuerKind: "family_support_centre",
    term: { validUntil: "2026-10-10" },
    details: { planActivities: ["assistance in employment"] },
  },
  movement_restriction: {
    issuerKind: "police_head",
    subject: { kind: "person", birthDate: null },
    term: { days: 30 },
    details: { category: "no_residence_or_documents" },
  },
  statutory_notice: {
    issuerKind: "police_head",
    subject: { kind: "organisation", name: "Secondary school No. 5", headOrOfficial: "Director" },
    details: {},
  },
  compulsory_medical_measure: { issuerKind: "court", details: {} },
  pedagogical_support: {
    issuerKind: "school_prevention_council",
    subject: minor("2011-01-15"),
    details: {
      criteria: ["78.2.4_missing_classes"],
      unexcusedAbsenceDaysInMonth: 5,
      present: ["minor", "parent"],
    },
  },
  protective_order: {
    issuerKind: "police_domestic_violence_inspector",
    details: {
      subjectSane: true,
      placeOfIssue: "District police office",
      placeOfViolence: "The shared dwelling",
      timeOfViolence: new Date("2026-04-09T22:30:00+05:00"),
      circumstances: "Threats of violence against the spouse",
      victims: [{ fullName: "Сейтқали Әйгерім Болатқызы", address: "Astana, Auezov st. 7, apt. 15" }],
      prohibitions: ["violence", "visiting_victim"],
      coversFamilyMembers: true,
      consequencesStated: true,
      appealRightStated: true,
    },
  },
  special_conduct_requirements: { issuerKind: "court", term: { validUntil: "2027-04-10" }, details: {} },
  administrative_supervision: {
    issuerKind: "court",
    details: {
      crimeGravity: "grave",
      releaseDate: "2026-05-01",
      restrictions: ["65.2.1_leaving_dwelling_at_set_times"],
    },
  },
  special_education_referral: {
    issuerKind: "court",
    subject: minor("2013-01-01"),
    term: { months: 12 },
    details: { applicant: "guardianship_body", prosecutorParticipated: true },
  },
  special_regime_referral: {
    issuerKind: "court",
    subject: minor("2012-02-01"),
    term: { months: 24 },
    details: {
      category: "81.2.1_case_terminated",
      caseTerminatedOn: "2026-03-20",
      submittedToCourtOn: "2026-04-05",
      materialsReviewed: true,
      prosecutorParticipated: true,
    },
  },
  educational_influence: {
    issuerKind: "court",
    subject: minor("2010-06-01"),
    details: { measures: ["67.2.2_explanation_of_law"] },
  },
  parental_rights_measure: { issuerKind: "court", details: { action: "deprivation_of_parental_rights" } },
  psychological_assistance: { issuerKind: "court", details: {} },
  non_custodial_punishment: { issuerKind: "court", term: { validUntil: "2028-04-10" }, details: {} },
  parole: { issuerKind: "court", details: { unservedUntil: "2027-10-01" } },
};

/** The input type of a kind; distributes over a union of kinds (so a union gives a {@link MeasureInput}). */
export type SampleInput<K extends MeasureKind> = K extends MeasureKind ? MeasureInputOf<K> : never;

/** A sample input of a kind that {@link validateNewMeasure} allows on 10 April 2026 (001). */
export function sampleMeasureInput<K extends MeasureKind>(kind: K): SampleInput<K> {
  const s: Sample<K> = SAMPLES[kind];
  const input: MeasureInputOf<K> = {
    kind,
    issuerKind: s.issuerKind,
    issuedAt: SAMPLE_ISSUED_AT,
    subject: s.subject ?? ADULT,
    legalGround: "direct_discovery",
    justification: { basis: "antisocial_behaviour", text: "Repeated threats reported by neighbours" },
    term: s.term ?? null,
    details: s.details,
  };
  return input as SampleInput<K>;
}
