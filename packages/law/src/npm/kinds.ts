/**
 * Identifiers of the national preventive mechanism (NPM): the kinds and forms of preventive visits and
 * the institutions subject to them. The NPM rules stand in 000 Chapter 4 (Arts. 26-36) and in
 * Decree 003 (Rules for preventive visits, wording of 16 February 2023).
 */
import type { LegalDate } from "../calendar/legal-date.ts";

/**
 * Kinds of preventive visit — 003 p.3 and 000 Art. 32(1): periodic (at least once every four years),
 * intermediate (between periodic visits, to follow up recommendations and prevent persecution of
 * interviewees), special (on reports of torture).
 */
export const NPM_VISIT_KINDS = ["periodic", "intermediate", "special"] as const;

/** A kind of preventive visit (003 p.3; 000 Art. 32(1)). */
export type NpmVisitKind = (typeof NPM_VISIT_KINDS)[number];

/**
 * Forms of periodic and intermediate visits — 003 p.7: one-time (one specific institution) or thematic
 * (two or more similar institutions in two or more regions, on a specific topic).
 */
export const NPM_VISIT_FORMS = ["one_time", "thematic"] as const;

/** The form of a periodic or intermediate visit (003 p.7). */
export type NpmVisitForm = (typeof NPM_VISIT_FORMS)[number];

/**
 * Institutions and organisations subject to preventive visits. 000 Art. 26(2) names the first three;
 * 003 p.1 names the laws that add the others (Penal Execution Code Art. 46, Health Code Art. 191, Law on
 * special institutions Art. 46-17, Law on the rights of the child Art. 47-8, Law on special social
 * services Art. 11-8). "Similar" institutions of a thematic visit (003 p.7(2)) are those of one kind.
 */
export const NPM_INSTITUTION_KINDS = [
  "minors_adaptation_centre", // 000 Art. 26(2)
  "special_educational_organisation", // 000 Art. 26(2)
  "special_regime_educational_organisation", // 000 Art. 26(2)
  "penal_institution", // 003 p.1 (Penal Execution Code Art. 46)
  "healthcare_organisation", // 003 p.1 (Health Code Art. 191)
  "temporary_isolation_facility", // 003 p.1 (special institutions and premises, Art. 46-17)
  "child_care_organisation", // 003 p.1 (rights of the child, Art. 47-8)
  "special_social_services_organisation", // 003 p.1 (special social services, Art. 11-8)
  "other_organisation", // 000 Art. 26(2): "other organizations … in accordance with the laws"
] as const;

/** A kind of institution subject to preventive visits (000 Art. 26(2); 003 p.1). */
export type NpmInstitutionKind = (typeof NPM_INSTITUTION_KINDS)[number];

/**
 * Categories from which participants are selected — 000 Art. 26(3): members of public supervisory
 * commissions and of public associations protecting citizens' rights, lawyers (legal professionals —
 * not advocates, whom Art. 28(1)(4) excludes), social workers, doctors. The Commissioner is a
 * participant by law and is not selected.
 */
export const NPM_PARTICIPANT_CATEGORIES = [
  "public_supervisory_commission_member",
  "public_association_member",
  "lawyer",
  "social_worker",
  "doctor",
] as const;

/** A category of 000 Art. 26(3) from which a participant may be selected. */
export type NpmParticipantCategory = (typeof NPM_PARTICIPANT_CATEGORIES)[number];

/** An institution as the visit rules need it: its kind and region (003 pp.7, 9). */
export interface NpmInstitution {
  readonly id: string;
  readonly kind: NpmInstitutionKind;
  /** Region, city of republican significance or the capital (003 p.14). */
  readonly region: string;
  /** Date of the last periodic visit, null if none is on record (003 p.3(1)). */
  readonly lastPeriodicVisitOn: LegalDate | null;
  /**
   * Date the institution became subject to visits (opened, or listed by the Coordinating Council,
   * 000 Art. 32(2)); the four-year clock of a never-visited institution runs from it.
   */
  readonly subjectSince?: LegalDate;
}
