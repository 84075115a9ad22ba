// What the law requires of a new measure before it is issued, input by input, repeated from the law
// package as plain data (the bundle carries no law code; requiredByLaw.test.ts keeps it equal to the
// law's refusals of an empty decision). The form marks these inputs, shows the article on hover, and
// names each one left empty before anything is sent; the law on the server still decides.
import type { TFunction } from "i18next";
import { isBlank, valueAt, type FieldChecks } from "../../components/formErrors.ts";
import { KIND_TERM } from "./kindDomain.ts";
import type { MeasureKind } from "./measureDomain.ts";

/** One input the law requires: its body path, the article, and the law's refusal code when empty. */
export interface Required {
  readonly field: string;
  readonly article: string;
  readonly code: string;
  /**
   * What filled means when not "not blank": `true` — the box is ticked (the law requires the fact it
   * states); `minor` / `representative` — who must be present (001 Art. 78(3)).
   */
  readonly must?: "true" | "minor" | "representative";
  /** Not required when this detail is ticked (a life sentence has no unserved term, 001 Art. 63(3)). */
  readonly unlessTicked?: string;
}

const r = (field: string, article: string, code: string, more: Partial<Required> = {}): Required => ({
  field,
  article: `001 Art. ${article}`,
  code,
  ...more,
});

/** Every decision: its ground (001 Art. 49(1)) and its justification with the data relied on (49(3)). */
export const COMMON_REQUIRED: readonly Required[] = [
  r("legalGround", "49(1)", "measure.legal_ground_missing"),
  r("justification", "49(3)", "measure.justification_missing"),
];

const PO = "protective_order.content_missing";

/** Each kind's own requirements (the kind's article). */
export const KIND_REQUIRED: Readonly<Record<MeasureKind, readonly Required[]>> = {
  preventive_conversation: [
    r("details.place", "50(4)", "preventive_conversation.place_missing"),
    r("details.durationMinutes", "50(4)", "preventive_conversation.duration_missing"),
  ],
  official_warning: [],
  restraining_order: [r("details.proceduralStatus", "52(1)", "restraining_order.procedural_status_missing")],
  administrative_penalty: [],
  difficult_life_situation_registration: [],
  social_adaptation_plan: [
    r("details.planActivities", "55(1)", "social_adaptation_plan.plan_activities_missing"),
  ],
  movement_restriction: [
    r("term.days", "56(2)", "measure.term_required"),
    r("details.category", "56(1)", "movement_restriction.category_missing"),
  ],
  statutory_notice: [],
  compulsory_medical_measure: [],
  pedagogical_support: [
    r("details.criteria", "78(2)", "pedagogical_support.criteria_invalid"),
    r("details.present", "78(3)", "pedagogical_support.minor_not_present", { must: "minor" }),
    r("details.present", "78(3)", "pedagogical_support.representative_not_present", {
      must: "representative",
    }),
  ],
  protective_order: [
    r("details.subjectSane", "60(2)", "protective_order.subject_not_sane", { must: "true" }),
    r("details.prohibitions", "60(3)", "protective_order.prohibitions_invalid"),
    r("details.placeOfIssue", "60(4)", PO),
    r("details.placeOfViolence", "60(4)", PO),
    r("details.timeOfViolence", "60(4)", PO),
    r("details.circumstances", "60(4)", PO),
    r("details.consequencesStated", "60(4)", PO, { must: "true" }),
    r("details.appealRightStated", "60(4)", PO, { must: "true" }),
    r("details.victims", "60(1), (4)", "protective_order.victim_missing"),
  ],
  special_conduct_requirements: [r("term.validUntil", "61(3)", "measure.term_required")],
  administrative_supervision: [
    r("details.crimeGravity", "64(2)", "administrative_supervision.crime_gravity_missing"),
    r("details.releaseDate", "64(2)", "administrative_supervision.release_date_missing"),
    r("details.restrictions", "65(2)", "administrative_supervision.restrictions_invalid"),
  ],
  special_education_referral: [
    r("term.months", "80(3)", "measure.term_required"),
    r("details.applicant", "80(2)", "special_education_referral.applicant_missing"),
    r("details.prosecutorParticipated", "80(7)", "special_education_referral.prosecutor_not_participating", {
      must: "true",
    }),
  ],
  special_regime_referral: [
    r("term.months", "81(5)", "measure.term_required"),
    r("details.category", "81(2)", "special_regime_referral.category_missing"),
    r("details.prosecutorParticipated", "81(8)", "special_regime_referral.prosecutor_not_participating", {
      must: "true",
    }),
  ],
  educational_influence: [r("details.measures", "67(2)", "educational_influence.measures_invalid")],
  parental_rights_measure: [r("details.action", "68(1)", "parental_rights_measure.action_missing")],
  psychological_assistance: [],
  non_custodial_punishment: [r("term.validUntil", "62(3)", "measure.term_required")],
  parole: [
    r("details.unservedUntil", "63(3)", "parole.unserved_term_missing", {
      unlessTicked: "details.lifeSentence",
    }),
  ],
};

/** The article that makes an input of the kind's form required, if the law does (for its label). */
export function requiredArticle(kind: MeasureKind, field: string): string | undefined {
  // The justification is one requirement of 49(3) shown as two inputs: its basis and its text.
  const own = field.startsWith("justification.") ? "justification" : field;
  return [...COMMON_REQUIRED, ...KIND_REQUIRED[kind]].find((x) => x.field === own)?.article;
}

/**
 * The inputs of the form for a kind, in the order they appear (the list at the top follows it): the
 * common ones, whose decision and for how long, then the kind's own.
 */
export function measureFields(kind: MeasureKind, kindFields: readonly string[]): string[] {
  const unit = KIND_TERM[kind];
  const term =
    unit === "days"
      ? ["term.days"]
      : unit === "months"
        ? ["term.months"]
        : unit === "none"
          ? []
          : ["term.validFrom", "term.validUntil"];
  return [
    "kind",
    "issuedAt",
    "legalGround",
    "justification.basis",
    "justification.text",
    "issuerKind",
    ...term,
    "rightsExplained",
    ...kindFields,
  ];
}

/** Messages of inputs whose law refusal is one sentence for several inputs (001 Art. 60(4)). */
const OWN_MESSAGE: Readonly<Record<string, string>> = {
  "details.placeOfIssue": "forms.measure.placeOfIssue",
  "details.placeOfViolence": "forms.measure.placeOfViolence",
  "details.timeOfViolence": "forms.measure.timeOfViolence",
  "details.circumstances": "forms.measure.circumstances",
  "details.consequencesStated": "forms.measure.consequencesStated",
  "details.appealRightStated": "forms.measure.appealRightStated",
};

/** The message for an input the law requires, said the same by the form and for the server's refusal. */
export function requiredMessage(t: TFunction, x: Required): string {
  const own = OWN_MESSAGE[x.field];
  return own ? t(own) : t(`errors.${x.code}`);
}

function filled(body: unknown, x: Required): boolean {
  const v = valueAt(body, x.field);
  if (x.must === "true") return v === true;
  if (x.must === "minor") return Array.isArray(v) && v.includes("minor");
  if (x.must === "representative")
    return Array.isArray(v) && (v.includes("legal_representative") || v.includes("parent"));
  return !isBlank(v);
}

/**
 * The form's checks of a measure's body as it would be sent (MeasureCreate): every input the law
 * requires, the two halves of the justification, the addressee of a notice, a named victim on every
 * victim's row, the date of the decision not after today (001 Art. 49; the kind's article).
 */
export function measureChecks(t: TFunction, kind: MeasureKind, body: unknown, now = new Date()): FieldChecks {
  const out: Record<string, string> = {};
  const put = (field: string, message: string) => (out[field] ??= message);
  const issuedAt = valueAt(body, "issuedAt");
  const at = typeof issuedAt === "string" ? new Date(issuedAt) : null;
  if (!at || Number.isNaN(at.getTime())) put("issuedAt", t("forms.measure.issuedAt"));
  else if (at.getTime() > now.getTime() + 60_000) put("issuedAt", t("errors.measure.issued_in_future"));
  for (const x of [...COMMON_REQUIRED, ...KIND_REQUIRED[kind]]) {
    if (x.field === "justification") continue;
    if (x.unlessTicked && valueAt(body, x.unlessTicked) === true) continue;
    if (!filled(body, x)) put(x.field, requiredMessage(t, x));
  }
  if (isBlank(valueAt(body, "justification.basis"))) put("justification.basis", t("forms.measure.basis"));
  if (isBlank(valueAt(body, "justification.text")))
    put("justification.text", t("errors.measure.justification_missing"));
  if (kind === "statutory_notice") {
    if (isBlank(valueAt(body, "organisation.name")))
      put("organisation.name", t("forms.measure.organisation"));
    if (isBlank(valueAt(body, "organisation.headOrOfficial")))
      put("organisation.headOrOfficial", t("forms.measure.head"));
  }
  if (kind === "preventive_conversation") {
    const minutes = valueAt(body, "details.durationMinutes");
    if (typeof minutes === "number" && minutes > 60)
      put("details.durationMinutes", t("errors.preventive_conversation.duration_exceeds_one_hour"));
  }
  const victims = valueAt(body, "details.victims");
  if (Array.isArray(victims) && victims.some((v) => isBlank((v as { fullName?: unknown }).fullName)))
    put("details.victims", t("forms.measure.victimName"));
  return out;
}

/** The form's message for the law's refusal of an input, when it is one of these requirements. */
export function requiredMessageFor(t: TFunction, kind: MeasureKind, field: string, code: string) {
  const x = [...COMMON_REQUIRED, ...KIND_REQUIRED[kind]].find((y) => y.field === field && y.code === code);
  return x ? requiredMessage(t, x) : undefined;
}
