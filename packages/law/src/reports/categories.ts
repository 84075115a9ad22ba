/**
 * The closed list of report categories a hotline operator chooses from at triage, each mapped to the
 * provisions that make its facts some body's duty (R6.3). Routing under 001 (in force): every subject
 * of prevention "shall be obliged to immediately inform state bodies of any facts that become known to
 * them regarding impending or committed infractions falling within the competence of such bodies"
 * (001 Art. 39(3)); the competent bodies come from the competence articles (10, 12, 13, 21, 22, 25, 72,
 * 75, 79). Under 000 (reports received before 001's commencement) the bodies are those of 000 Art.
 * 23(1)-(6).
 */
import { art, type Citation } from "../core/citation.ts";
import type { BodyTypeId } from "../handoffs/body-types.ts";
import type { HandoffGroundCode } from "../handoffs/grounds.ts";

export const REPORT_CATEGORIES = [
  "offence_committed",
  "offence_impending",
  "public_order",
  "domestic_violence",
  "minor_rights_violated",
  "child_in_danger",
  "minor_violence_or_bullying",
  "neglected_minor",
  "adult_involving_minor",
  "minor_substance_abuse",
  "runaway_minor",
  "school_dropout",
  "other",
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export function isReportCategory(value: string): value is ReportCategory {
  return (REPORT_CATEGORIES as readonly string[]).includes(value);
}

/** A body a category's facts must go to, and the provision that makes it competent. */
export interface CategoryReceiver {
  readonly bodyType: BodyTypeId;
  /** Why this body: its competence (001) or the subparagraph of 000 Art. 23 that names it. */
  readonly article: Citation;
  readonly ground: HandoffGroundCode;
}

/** A category: what it covers (the law's words) and whom to tell under each text. */
export interface ReportCategoryInfo {
  readonly code: ReportCategory;
  /** The provision that makes the category's facts someone's duty (shown with the category). */
  readonly article: Citation;
  /** The law's words the category is built from. */
  readonly words: string;
  /** The facts concern a minor by definition (000 Art. 23 applies to them before commencement). */
  readonly concernsMinor: boolean;
  /** The bodies to tell under 001. */
  readonly receivers001: readonly CategoryReceiver[];
  /** The bodies to tell under 000 Art. 23 (empty: 000 is silent and the 001 list applies). */
  readonly receivers000: readonly CategoryReceiver[];
}

const INFORM = "report.inform_competent_body" as const;
const r = (bodyType: BodyTypeId, ref: string, ground: HandoffGroundCode = INFORM): CategoryReceiver => ({
  bodyType,
  article: art("001", ref),
  ground,
});
/** 000 Art. 23 subparagraphs: 1) procuracy, 2) commission, 3) guardianship, 4) internal affairs, 5) healthcare, 6) education. */
const OLD: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6, CategoryReceiver>> = {
  1: { bodyType: "prosecutor_office", article: art("000", "23(1)"), ground: "report_000.inform_prosecutor" },
  2: {
    bodyType: "minors_commission",
    article: art("000", "23(2)"),
    ground: "report_000.inform_minors_commission",
  },
  3: {
    bodyType: "guardianship_body",
    article: art("000", "23(3)"),
    ground: "report_000.inform_guardianship",
  },
  4: {
    bodyType: "police_department",
    article: art("000", "23(4)"),
    ground: "report_000.inform_internal_affairs",
  },
  5: {
    bodyType: "healthcare_department",
    article: art("000", "23(5)"),
    ground: "report_000.inform_healthcare",
  },
  6: {
    bodyType: "education_department",
    article: art("000", "23(6)"),
    ground: "report_000.inform_education",
  },
};

function cat(
  code: ReportCategory,
  article: string,
  words: string,
  concernsMinor: boolean,
  receivers001: readonly CategoryReceiver[],
  receivers000: readonly CategoryReceiver[],
): ReportCategoryInfo {
  return { code, article: art("001", article), words, concernsMinor, receivers001, receivers000 };
}

/**
 * The routing table, category by category (the choices are in packages/law/README.md, reports):
 * police for infractions (13(1)), public places (75(6)), domestic violence (72(3)(1)), neglected,
 * homeless and runaway minors and children left without care (13(6); "neglected" includes a minor's
 * "unauthorized departure from home", 1(10)), persons involving minors (13(3); 1(7)); the family
 * support centre for domestic violence (72(2)); the prosecutor for violations of rights (12(1)); the
 * commission for the protection and restoration of minors' rights (79(6)(1)) and for adults involving
 * minors (79(6)(9)); the guardianship body for minors subjected to violence and children in danger
 * (22(1), (3)); the education management body for minors subjected to violence (21(5)) and for minors
 * needing special attention — neglected, runaways, pupils dropping out (21(9)); the healthcare
 * management body for addiction (25(3)). "Other" has no receiver: the operator chooses.
 */
export const REPORT_CATEGORY_INFO: Readonly<Record<ReportCategory, ReportCategoryInfo>> = {
  offence_committed: cat(
    "offence_committed",
    "39(3)",
    "committed infractions",
    false,
    [r("police_department", "13(1)")],
    [OLD[4]],
  ),
  offence_impending: cat(
    "offence_impending",
    "39(3)",
    "impending infractions",
    false,
    [r("police_department", "13(1)")],
    [OLD[4]],
  ),
  public_order: cat(
    "public_order",
    "75(6)",
    "infractions committed in public places",
    false,
    [r("police_department", "75(6)")],
    [OLD[4]],
  ),
  domestic_violence: cat(
    "domestic_violence",
    "72(3)(1)",
    "every report or application from citizens regarding an incident of domestic violence",
    false,
    [
      r("police_department", "72(3)(1)"),
      r("family_support_centre", "72(2)", "domestic_violence.notify_interested"),
    ],
    [OLD[4], OLD[3]],
  ),
  minor_rights_violated: cat(
    "minor_rights_violated",
    "79(6)(1)",
    "violation of rights of minors to education, freedom of labour, recreation, dwelling and other rights",
    true,
    [r("prosecutor_office", "12(1)"), r("minors_commission", "79(6)(1)")],
    [OLD[1], OLD[2]],
  ),
  child_in_danger: cat(
    "child_in_danger",
    "22",
    "minors left without parents or legal representatives or in a situation constituting a threat to their life, health",
    true,
    [r("guardianship_body", "22(3)"), r("police_department", "13(6)")],
    [OLD[3]],
  ),
  minor_violence_or_bullying: cat(
    "minor_violence_or_bullying",
    "22(1)",
    "minors subjected to violence, abuse, harassment (bullying)",
    true,
    [r("police_department", "13(1)"), r("guardianship_body", "22(1)"), r("education_department", "21(5)")],
    [OLD[4], OLD[3]],
  ),
  neglected_minor: cat(
    "neglected_minor",
    "13(6)",
    "neglected and homeless minors, vagrancy, begging",
    true,
    [r("police_department", "13(6)"), r("education_department", "21(9)")],
    [OLD[4]],
  ),
  adult_involving_minor: cat(
    "adult_involving_minor",
    "79(6)(9)",
    "parents and other adult persons involving the minors in criminal or antisocial activity",
    true,
    [r("police_department", "13(3)"), r("minors_commission", "79(6)(9)")],
    [OLD[4]],
  ),
  minor_substance_abuse: cat(
    "minor_substance_abuse",
    "25(3)",
    "abuse of alcoholic beverages, narcotic drugs, psychotropic substances by minors",
    true,
    [r("healthcare_department", "25(3)")],
    [OLD[5]],
  ),
  runaway_minor: cat(
    "runaway_minor",
    "13(6)",
    "unauthorized departure from home or from organizations performing functions for the protection of children's rights",
    true,
    [r("police_department", "13(6)"), r("education_department", "21(9)")],
    [OLD[6], OLD[4]],
  ),
  school_dropout: cat(
    "school_dropout",
    "21(9)",
    "termination of lessons in the general education institutions without valid excuse",
    true,
    [r("education_department", "21(9)")],
    [OLD[6]],
  ),
  other: cat("other", "39(3)", "other facts within the competence of a state body", false, [], []),
};
