/**
 * Who may be selected as a participant of the national preventive mechanism: the categories of
 * 000 Art. 26(3) and the bars of 000 Art. 28(1)-(2).
 */
import { art } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import type { NpmParticipantCategory } from "./kinds.ts";

/**
 * Offices incompatible with participation — 000 Art. 28(1)(4): judges, advocates, state servants,
 * military servicemen, employees of law-enforcement and special state bodies. "Lawyers" in the English
 * text of 28(1)(4) are advocates (members of the bar); legal professionals may be selected (26(3)).
 */
export const NPM_INCOMPATIBLE_OFFICES = [
  "judge",
  "advocate",
  "state_servant",
  "military_serviceman",
  "law_enforcement_employee",
  "special_state_body_employee",
] as const;

/** An office barring participation (000 Art. 28(1)(4)). */
export type NpmIncompatibleOffice = (typeof NPM_INCOMPATIBLE_OFFICES)[number];

/**
 * Non-rehabilitating releases from criminal liability that bar participation when the crime was
 * intentional — 000 Art. 28(2): Criminal Procedure Code Art. 35(1)(3), (4), (9), (10), (12) and Art. 36.
 */
export const NPM_BARRING_RELEASE_GROUNDS = [
  "cpc_35_1_3",
  "cpc_35_1_4",
  "cpc_35_1_9",
  "cpc_35_1_10",
  "cpc_35_1_12",
  "cpc_36",
] as const;

/** A release ground listed by 000 Art. 28(2); `other` for any ground it does not list. */
export type NpmReleaseGround = (typeof NPM_BARRING_RELEASE_GROUNDS)[number] | "other";

/**
 * Services from which a dismissal on negative (discrediting) grounds bars participation — 000 Art. 28(2):
 * state or military service, law-enforcement and special state bodies, courts, and exclusion from the bar.
 */
export const NPM_DISMISSAL_SERVICES = [
  "state_service",
  "military_service",
  "law_enforcement_body",
  "special_state_body",
  "court",
  "bar_association",
] as const;

/** A service of 000 Art. 28(2). */
export type NpmDismissalService = (typeof NPM_DISMISSAL_SERVICES)[number];

/** What the selection of a participant must know about a candidate (000 Arts. 26(3), 28, 31). */
export interface NpmCandidate {
  /** Categories of 000 Art. 26(3) the candidate belongs to. */
  readonly categories: readonly NpmParticipantCategory[];
  /** Citizenship of Kazakhstan (its loss ends the powers, 000 Art. 31(5)). */
  readonly citizenOfKazakhstan: boolean;
  /** Permanent residence outside Kazakhstan (ends the powers, 000 Art. 31(4)). */
  readonly permanentResidenceAbroad: boolean;
  /** Criminal record not expunged or cancelled — 000 Art. 28(1)(1). */
  readonly unexpungedCriminalRecord: boolean;
  /** Suspected or accused of a criminal offence — 000 Art. 28(1)(2). */
  readonly suspectOrAccused: boolean;
  /** Legal capacity as found by a court: `none` (incapable) or `limited` (impaired) bar — 000 Art. 28(1)(3). */
  readonly legalCapacity: "full" | "limited" | "none";
  /** Offices held now — 000 Art. 28(1)(4). */
  readonly offices: readonly NpmIncompatibleOffice[];
  /** Registered with a psychiatrist and (or) a narcologist — 000 Art. 28(1)(5). */
  readonly psychiatricOrNarcologicalRegistration: boolean;
  /** Releases from criminal liability — 000 Art. 28(2). */
  readonly releasesFromCriminalLiability: readonly {
    readonly ground: NpmReleaseGround;
    readonly intentionalCrime: boolean;
  }[];
  /** Dismissals and exclusions — 000 Art. 28(2). */
  readonly dismissals: readonly { readonly from: NpmDismissalService; readonly onNegativeGrounds: boolean }[];
  /** Deprived of the licence to practise as an advocate — 000 Art. 28(2). */
  readonly advocacyLicenceRevoked: boolean;
}

/**
 * Every ground on which a candidate may not be a participant (empty when eligible): 000 Art. 28(1)
 * subparagraphs 1-5 and 28(2), the categories of 26(3), and citizenship and residence (31(4),(5)).
 */
export function checkParticipantEligibility(c: NpmCandidate): Refusal[] {
  const out: Refusal[] = [];
  if (c.categories.length === 0)
    out.push(
      refuse(
        "npm_participant.category_not_listed",
        art("000", "26(3)"),
        "Participants are selected from members of public supervisory commissions and public associations, lawyers, social workers and doctors (000 Art. 26(3)).",
        { field: "categories" },
      ),
    );
  // Art. 28 does not state citizenship or residence, but Art. 31(4),(5) end the powers on their loss:
  // a person who would lose the powers on selection cannot be selected (choice, see docs/npm.md).
  if (!c.citizenOfKazakhstan)
    out.push(
      refuse(
        "npm_participant.not_a_citizen",
        art("000", "31(5)"),
        "A participant must be a citizen of Kazakhstan: loss of citizenship ends the powers (000 Art. 31(5)).",
        { field: "citizenOfKazakhstan" },
      ),
    );
  if (c.permanentResidenceAbroad)
    out.push(
      refuse(
        "npm_participant.permanent_residence_abroad",
        art("000", "31(4)"),
        "Departure for permanent residence abroad ends the powers of a participant (000 Art. 31(4)).",
        { field: "permanentResidenceAbroad" },
      ),
    );
  const bar = (flag: boolean, code: string, ref: string, message: string, field: string): void => {
    if (flag) out.push(refuse(code, art("000", ref), message, { field }));
  };
  bar(
    c.unexpungedCriminalRecord,
    "npm_participant.criminal_record",
    "28(1)(1)",
    "A person with a criminal record not expunged or cancelled may not be a participant (000 Art. 28(1)(1)).",
    "unexpungedCriminalRecord",
  );
  bar(
    c.suspectOrAccused,
    "npm_participant.suspect_or_accused",
    "28(1)(2)",
    "A person suspected or accused of a criminal offence may not be a participant (000 Art. 28(1)(2)).",
    "suspectOrAccused",
  );
  bar(
    c.legalCapacity !== "full",
    "npm_participant.incapable_or_limited_capacity",
    "28(1)(3)",
    "A person recognised by a court as incapable or of limited capacity may not be a participant (000 Art. 28(1)(3)).",
    "legalCapacity",
  );
  for (const office of new Set(c.offices))
    out.push(
      refuse(
        "npm_participant.incompatible_office",
        art("000", "28(1)(4)"),
        `Judges, advocates, state servants, military servicemen and employees of law-enforcement and special state bodies may not be participants (000 Art. 28(1)(4)): ${office}.`,
        { field: "offices", params: { office } },
      ),
    );
  bar(
    c.psychiatricOrNarcologicalRegistration,
    "npm_participant.psychiatric_or_narcological_registration",
    "28(1)(5)",
    "A person registered with a psychiatrist or a narcologist may not be a participant (000 Art. 28(1)(5)).",
    "psychiatricOrNarcologicalRegistration",
  );
  for (const r of c.releasesFromCriminalLiability)
    if (r.intentionalCrime && r.ground !== "other")
      out.push(
        refuse(
          "npm_participant.released_from_criminal_liability",
          art("000", "28(2)"),
          "A person released from criminal liability for an intentional crime on the grounds of CPC Art. 35(1)(3),(4),(9),(10),(12) or Art. 36 may not be a participant (000 Art. 28(2)).",
          { field: "releasesFromCriminalLiability", params: { ground: r.ground } },
        ),
      );
  for (const d of c.dismissals)
    if (d.onNegativeGrounds)
      out.push(
        refuse(
          "npm_participant.dismissed_on_negative_grounds",
          art("000", "28(2)"),
          "A person dismissed from state or military service, law-enforcement or special state bodies or courts, or excluded from the bar, on negative grounds may not be a participant (000 Art. 28(2)).",
          { field: "dismissals", params: { from: d.from } },
        ),
      );
  bar(
    c.advocacyLicenceRevoked,
    "npm_participant.advocacy_licence_revoked",
    "28(2)",
    "A person deprived of the licence to practise as an advocate may not be a participant (000 Art. 28(2)).",
    "advocacyLicenceRevoked",
  );
  return out;
}
