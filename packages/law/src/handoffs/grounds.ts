/**
 * The legal grounds of hand-offs: each duty of the law that makes one body tell, send to or submit to
 * another, with its article, its clock and the types of bodies that may receive it (R5, R6).
 */
import { addMonths, endOfLegalDate, type LegalDate } from "../calendar/legal-date.ts";
import { art, type Citation } from "../core/citation.ts";
import type { LawVersion } from "../versions/law-version.ts";
import { HANDOFF_BODY_TYPES, type BodyTypeId } from "./body-types.ts";
import type { HandoffClock } from "./clocks.ts";

/** The kinds of record a hand-off concerns (the `handoff.record_type` column). */
export const HANDOFF_RECORD_TYPES = [
  "citizen_report",
  "person",
  "measure",
  "register_entry",
  /** An incident of domestic violence recorded by the internal affairs body (001 Art. 72(3)). */
  "dv_incident",
  /** An individual assistance plan; the record id is the plan measure's id (001 Art. 55(1)). */
  "assistance_plan",
  /** An outreach visit of a mobile group (001 Art. 11). */
  "outreach_visit",
  /** A case of a commission on minors' affairs; its decisions' duties concern it (001 Art. 79(6)). */
  "minors_case",
] as const;
export type HandoffRecordType = (typeof HANDOFF_RECORD_TYPES)[number];

/** The grounds of hand-offs, one per duty of the law. */
export const HANDOFF_GROUND_CODES = [
  "official_warning.prosecutor_copy",
  "protective_order.copy",
  "pedagogical_support.refusal_referral",
  "special_education.release_notice",
  "special_regime.release_notice",
  "returned_minor.commission_submission",
  "report.inform_competent_body",
  "domestic_violence.notify_interested",
  "report_000.inform_prosecutor",
  "report_000.inform_minors_commission",
  "report_000.inform_guardianship",
  "report_000.inform_internal_affairs",
  "report_000.inform_healthcare",
  "report_000.inform_education",
  "domestic_violence.incident_notice",
  "assistance_plan.step",
  "mobile_group.inform",
  "difficult_life_situation.inform_centre",
  "minors_commission.decision_duty",
  "minors.police_materials",
] as const;

/** One ground of a hand-off. */
export type HandoffGroundCode = (typeof HANDOFF_GROUND_CODES)[number];

/** True for a ground code. */
export function isHandoffGroundCode(value: string): value is HandoffGroundCode {
  return (HANDOFF_GROUND_CODES as readonly string[]).includes(value);
}

/** A duty of the law to pass something to another body. */
export interface HandoffGround {
  readonly code: HandoffGroundCode;
  /** The provision that makes it a duty. */
  readonly article: Citation;
  /** The text that states it: 001 in force, 000 for facts before 001's commencement (001 Art. 85). */
  readonly version: LawVersion;
  /**
   * The clock from the event; null when the domain computes the due date itself (a release notice
   * is due one month before the end of a stay: {@link releaseNoticeDueAt}).
   */
  readonly clock: HandoffClock | null;
  /** Where the term stands; null when the text sets none and the clock is the system's reading. */
  readonly clockArticle: Citation | null;
  /** The types of bodies that may receive it (a decline may re-route only to one of these). */
  readonly receiverBodyTypes: readonly BodyTypeId[];
  /** The record the hand-off is about. */
  readonly recordType: HandoffRecordType;
}

/** The bodies competent for the facts of a report under 001 (Arts. 10, 12, 13, 21, 22, 25, 26, 79). */
const REPORT_RECEIVERS: readonly BodyTypeId[] = [
  "police_department",
  "police_unit",
  "prosecutor_office",
  "minors_commission",
  "guardianship_body",
  "education_department",
  "healthcare_department",
  "healthcare_org",
  "family_support_centre",
  "akimat",
];

/** The interested subjects a domestic-violence incident is notified to (001 Arts. 10(2)(4), 13(5), 21(5), 22, 72(2)). */
const DOMESTIC_VIOLENCE_INTERESTED: readonly BodyTypeId[] = [
  "family_support_centre",
  "guardianship_body",
  "akimat",
  "minors_commission",
  "education_department",
  "healthcare_org",
];

/** The interested subjects of an incident of domestic violence (001 Art. 72(3)(2); see interestedSubjectsOf). */
const INCIDENT_NOTICE_RECEIVERS: readonly BodyTypeId[] = [
  "family_support_centre",
  "guardianship_body",
  "minors_commission",
  "healthcare_department",
  "healthcare_org",
];

/** "Law enforcement and other authorized bodies" a mobile group informs of violence (001 Arts. 10(2)(9), 11(2)). */
const MOBILE_GROUP_INFORMED: readonly BodyTypeId[] = [
  "police_department",
  "police_unit",
  "prosecutor_office",
  "guardianship_body",
  "minors_commission",
  "education_department",
  "healthcare_department",
  "healthcare_org",
  "family_support_centre",
];

/** The bodies a commission's decision gives duties to (001 Arts. 79(1), 79(5), 79(6)(1),(8),(10)). */
const DECISION_DUTY_RECEIVERS: readonly BodyTypeId[] = [
  "police_department",
  "police_unit",
  "education_department",
  "school",
  "healthcare_department",
  "healthcare_org",
  "guardianship_body",
  "family_support_centre",
  "akimat",
  "special_education_org",
];

function ground(
  code: HandoffGroundCode,
  g: Omit<HandoffGround, "code" | "version"> & { version?: LawVersion },
): HandoffGround {
  return { code, version: "001", ...g };
}

/** 000 Art. 23: "immediately inform" — one subparagraph per body; the repealed text (events before 001). */
function ground000(code: HandoffGroundCode, sub: number, receivers: readonly BodyTypeId[]): HandoffGround {
  return ground(code, {
    article: art("000", `23(${sub})`),
    version: "000",
    clock: "immediately",
    clockArticle: art("000", "23"),
    receiverBodyTypes: receivers,
    recordType: "citizen_report",
  });
}

/**
 * Every ground, built from the text:
 * - `official_warning.prosecutor_copy` — "A copy of the warning shall be sent to the prosecutor within
 *   twenty-four hours after its issuance" (001 Art. 51(3)).
 * - `protective_order.copy` — 001 Art. 60 sends a copy of the order only to the victim "on the day of
 *   its issuance" (60(1) second part), and the notice of 60(4) second part is the order's delivery to
 *   the person. The copy between bodies rests on 72(3)(2): the internal affairs bodies "within
 *   twenty-four hours, notify interested subjects of prevention of infractions of the incident of
 *   domestic violence", the incident the order is issued on (13(21), 60(1)); the family support centre
 *   supports persons with signs of domestic violence and keeps the victims' records (10(2)(4), (10)).
 * - `pedagogical_support.refusal_referral` — "In the event of refusal by the legal representatives of
 *   pedagogical support for the minor, the educational organization shall transfer the information to
 *   the commission on minors' affairs" (001 Art. 78(4)). No term in the text: the system's reading is
 *   three working days, the law's own term for bringing a minor's case before the commission (80(11),
 *   81(12)); `clockArticle` is null to say so.
 * - `special_education.release_notice` — "send to the commission … a notice of his or her release …
 *   no later than one month before the end of the term of stay" (001 Art. 80(10)(4)); clock null.
 * - `special_regime.release_notice` — the same to the commission "and internal affairs bodies at the
 *   minor's place of residence" (001 Art. 81(11)(4)); clock null.
 * - `returned_minor.commission_submission` — "Within three working days after the minor's arrival at
 *   the place of residence, the local executive body shall … submit for consideration by the
 *   commission" (001 Arts. 80(11), 81(12)).
 * - `report.inform_competent_body` — "Subjects of prevention of infractions shall be obliged to
 *   immediately inform state bodies of any facts that become known to them regarding impending or
 *   committed infractions falling within the competence of such bodies" (001 Art. 39(3)).
 * - `domestic_violence.notify_interested` — 001 Art. 72(3)(2), within twenty-four hours.
 * - `domestic_violence.incident_notice` — the same duty for an incident recorded by the internal affairs
 *   body: "within twenty-four hours, notify interested subjects of prevention of infractions of the
 *   incident of domestic violence" (001 Art. 72(3)(2)); which subjects are interested is
 *   `interestedSubjectsOf` (domestic-violence/incident.ts).
 * - `assistance_plan.step` — a step of an individual assistance plan given to the body responsible
 *   for it: social adaptation and rehabilitation "in accordance with an individual assistance plan …
 *   by authorized entities for prevention of infractions" (001 Art. 55(1)), the family support centre
 *   coordinating "the work to provide support … by state bodies within their competence" (10(2)(2)).
 *   The text sets no term: the step's own due date is the plan's, so clock and clockArticle are null
 *   ({@link planStepDueAt}); any body type may be responsible.
 * - `mobile_group.inform` — mobile groups "inform law enforcement and other authorized bodies about
 *   identified facts of violence and infractions among minors and persons who have sought help from
 *   violence" (001 Art. 11(2); the centre's own duty 10(2)(9)). The text sets no term; the clock is
 *   "immediately" of 39(3), the general duty to inform of facts within another body's competence.
 * - `difficult_life_situation.inform_centre` — "Information on persons (families) in difficult life
 *   situations shall be sent to family support centers" (001 Art. 72(2), second paragraph), which
 *   register them (54(1)): a mobile group's referral for registration. No term in the text: the
 *   system's reading is three working days, as 78(4)'s referral; `clockArticle` is null to say so.
 * - `minors_commission.decision_duty` — a follow-up duty of a commission's decision given to the body
 *   responsible for it: the commission "implement[s] measures for the protection and restoration of
 *   the rights and legitimate interests of minors" (001 Art. 79(6)(1)) through the bodies of 79(1)
 *   ("ensuring the coordination of activities of state bodies and institutions"). The decision sets
 *   the date, not the law: clock and clockArticle are null ({@link decisionDutyDueAt}); sent when the
 *   protocol is signed by the chairperson and the secretary.
 * - `minors.police_materials` — the internal affairs body's materials on a minor who committed an
 *   infraction or on parents who fail their duties, which the commission "consider[s]" (001 Art.
 *   79(6)(9)). No term in the text: the system's reading is three working days, as 78(4)'s referral;
 *   `clockArticle` is null to say so.
 * - `report_000.*` — 000 Art. 23(1)-(6), "immediately inform" each body of its subparagraph; for
 *   reports received before 001's commencement (001 Art. 85).
 */
export const HANDOFF_GROUNDS: Readonly<Record<HandoffGroundCode, HandoffGround>> = {
  "official_warning.prosecutor_copy": ground("official_warning.prosecutor_copy", {
    article: art("001", "51(3)"),
    clock: "hours_24",
    clockArticle: art("001", "51(3)"),
    receiverBodyTypes: ["prosecutor_office"],
    recordType: "measure",
  }),
  "protective_order.copy": ground("protective_order.copy", {
    article: art("001", "72(3)(2)"),
    clock: "hours_24",
    clockArticle: art("001", "72(3)(2)"),
    receiverBodyTypes: DOMESTIC_VIOLENCE_INTERESTED,
    recordType: "measure",
  }),
  "pedagogical_support.refusal_referral": ground("pedagogical_support.refusal_referral", {
    article: art("001", "78(4)"),
    clock: "working_days_3",
    clockArticle: null,
    receiverBodyTypes: ["minors_commission"],
    recordType: "measure",
  }),
  "special_education.release_notice": ground("special_education.release_notice", {
    article: art("001", "80(10)(4)"),
    clock: null,
    clockArticle: art("001", "80(10)(4)"),
    receiverBodyTypes: ["minors_commission"],
    recordType: "measure",
  }),
  "special_regime.release_notice": ground("special_regime.release_notice", {
    article: art("001", "81(11)(4)"),
    clock: null,
    clockArticle: art("001", "81(11)(4)"),
    receiverBodyTypes: ["minors_commission", "police_department"],
    recordType: "measure",
  }),
  "returned_minor.commission_submission": ground("returned_minor.commission_submission", {
    article: art("001", "80(11)"),
    clock: "working_days_3",
    clockArticle: art("001", "80(11)"),
    receiverBodyTypes: ["minors_commission"],
    recordType: "measure",
  }),
  "report.inform_competent_body": ground("report.inform_competent_body", {
    article: art("001", "39(3)"),
    clock: "immediately",
    clockArticle: art("001", "39(3)"),
    receiverBodyTypes: REPORT_RECEIVERS,
    recordType: "citizen_report",
  }),
  "domestic_violence.notify_interested": ground("domestic_violence.notify_interested", {
    article: art("001", "72(3)(2)"),
    clock: "hours_24",
    clockArticle: art("001", "72(3)(2)"),
    receiverBodyTypes: DOMESTIC_VIOLENCE_INTERESTED,
    recordType: "citizen_report",
  }),
  "domestic_violence.incident_notice": ground("domestic_violence.incident_notice", {
    article: art("001", "72(3)(2)"),
    clock: "hours_24",
    clockArticle: art("001", "72(3)(2)"),
    receiverBodyTypes: INCIDENT_NOTICE_RECEIVERS,
    recordType: "dv_incident",
  }),
  "assistance_plan.step": ground("assistance_plan.step", {
    article: art("001", "55(1)"),
    clock: null,
    clockArticle: null,
    receiverBodyTypes: HANDOFF_BODY_TYPES,
    recordType: "assistance_plan",
  }),
  "mobile_group.inform": ground("mobile_group.inform", {
    article: art("001", "11(2)"),
    clock: "immediately",
    clockArticle: art("001", "39(3)"),
    receiverBodyTypes: MOBILE_GROUP_INFORMED,
    recordType: "outreach_visit",
  }),
  "difficult_life_situation.inform_centre": ground("difficult_life_situation.inform_centre", {
    article: art("001", "72(2)"),
    clock: "working_days_3",
    clockArticle: null,
    receiverBodyTypes: ["family_support_centre"],
    recordType: "outreach_visit",
  }),
  "minors_commission.decision_duty": ground("minors_commission.decision_duty", {
    article: art("001", "79(6)(1)"),
    clock: null,
    clockArticle: null,
    receiverBodyTypes: DECISION_DUTY_RECEIVERS,
    recordType: "minors_case",
  }),
  "minors.police_materials": ground("minors.police_materials", {
    article: art("001", "79(6)(9)"),
    clock: "working_days_3",
    clockArticle: null,
    receiverBodyTypes: ["minors_commission"],
    recordType: "person",
  }),
  "report_000.inform_prosecutor": ground000("report_000.inform_prosecutor", 1, ["prosecutor_office"]),
  "report_000.inform_minors_commission": ground000("report_000.inform_minors_commission", 2, [
    "minors_commission",
  ]),
  "report_000.inform_guardianship": ground000("report_000.inform_guardianship", 3, ["guardianship_body"]),
  "report_000.inform_internal_affairs": ground000("report_000.inform_internal_affairs", 4, [
    "police_department",
    "police_unit",
  ]),
  "report_000.inform_healthcare": ground000("report_000.inform_healthcare", 5, [
    "healthcare_department",
    "healthcare_org",
  ]),
  "report_000.inform_education": ground000("report_000.inform_education", 6, ["education_department"]),
};

/**
 * The due instant of a release notice: the end of the day one month before the last day of the stay
 * — "no later than one month before the end of the term of stay" (001 Arts. 80(10)(4), 81(11)(4);
 * 000 Art. 13(9)(3)). Months are counted back with `addMonths` (31 March → 28/29 February), as the
 * measures' release-notice duty does.
 */
export function releaseNoticeDueAt(stayEndsOn: LegalDate): Date {
  return endOfLegalDate(addMonths(stayEndsOn, -1));
}

/**
 * The due instant of a plan step's hand-off: the end of the step's due day (Almaty). The law sets no
 * term for a step (001 Art. 55(1)); the plan does, and a step is due through its last day.
 */
export function planStepDueAt(dueOn: LegalDate): Date {
  return endOfLegalDate(dueOn);
}

/**
 * The due instant of a commission decision's duty: the end of the duty's due day (Almaty). The law sets
 * no term (001 Art. 79(6)(1)); the decision does, and a duty is due through its last day.
 */
export function decisionDutyDueAt(dueOn: LegalDate): Date {
  return endOfLegalDate(dueOn);
}
