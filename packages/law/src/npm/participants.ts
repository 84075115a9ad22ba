/**
 * Participants of the national preventive mechanism: who may be selected (000 Arts. 26(3), 28), the
 * certificate that confirms their powers (003 p.16) and the termination of powers (000 Art. 31).
 */
import { art, point, type Citation } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import type { LegalDate } from "../calendar/legal-date.ts";
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
    if (flag) out.push(refuse(`npm_participant.${code}`, art("000", ref), message, { field }));
  };
  bar(
    c.unexpungedCriminalRecord,
    "criminal_record",
    "28(1)(1)",
    "A person with a criminal record not expunged or cancelled may not be a participant (000 Art. 28(1)(1)).",
    "unexpungedCriminalRecord",
  );
  bar(
    c.suspectOrAccused,
    "suspect_or_accused",
    "28(1)(2)",
    "A person suspected or accused of a criminal offence may not be a participant (000 Art. 28(1)(2)).",
    "suspectOrAccused",
  );
  bar(
    c.legalCapacity !== "full",
    "incapable_or_limited_capacity",
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
    "psychiatric_or_narcological_registration",
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
    "advocacy_licence_revoked",
    "28(2)",
    "A person deprived of the licence to practise as an advocate may not be a participant (000 Art. 28(2)).",
    "advocacyLicenceRevoked",
  );
  return out;
}

/** Grounds for termination of a participant's powers — the closed list of 000 Art. 31(1)-(7). */
export const NPM_TERMINATION_GROUNDS = [
  "violation_of_law", // 31(1) violation of the provisions of this Law
  "resignation", // 31(2) written application to resign
  "death", // 31(3) death or a court decision declaring death in force
  "permanent_residence_abroad", // 31(4)
  "loss_of_citizenship", // 31(5)
  "guilty_verdict", // 31(6) a guilty verdict entered into legal force
  "other_statutory_case", // 31(7) other cases provided by the laws
] as const;

/** A ground of 000 Art. 31. */
export type NpmTerminationGround = (typeof NPM_TERMINATION_GROUNDS)[number];

/** True for an identifier of the closed list of 000 Art. 31. */
export function isNpmTerminationGround(value: string): value is NpmTerminationGround {
  return (NPM_TERMINATION_GROUNDS as readonly string[]).includes(value);
}

/** The subparagraph of 000 Art. 31 for a termination ground, e.g. `death` → `000 Art. 31(3)`. */
export function terminationArticle(ground: NpmTerminationGround): Citation {
  return art("000", `31(${NPM_TERMINATION_GROUNDS.indexOf(ground) + 1})`);
}

/** Termination of powers (000 Art. 31): the ground, the day it took effect, and for 31(7) the law relied on. */
export interface NpmTermination {
  readonly ground: NpmTerminationGround;
  readonly on: LegalDate;
  readonly basis?: string;
}

/** A selected participant as the visit rules need it (000 Arts. 26(3), 31; 003 p.16). */
export interface NpmParticipantRecord {
  readonly id: string;
  /** Region of the participant (003 p.9(2)). */
  readonly region: string;
  /** Date of selection by the Coordinating Council (000 Art. 26(3)). */
  readonly selectedOn: LegalDate;
  /** Date the Commissioner issued the certificate (003 p.16), null if not issued. */
  readonly certificateIssuedOn: LegalDate | null;
  readonly termination: NpmTermination | null;
}

/**
 * Checks a termination of powers before it is recorded (000 Art. 31): the ground must be one of the
 * closed list, "other cases" must name the law relied on, the powers must not already be terminated,
 * and termination cannot precede selection.
 */
export function validateTermination(
  p: NpmParticipantRecord,
  t: { readonly ground: string; readonly on: LegalDate; readonly basis?: string },
): Refusal[] {
  const out: Refusal[] = [];
  if (!isNpmTerminationGround(t.ground))
    out.push(
      refuse(
        "npm_participant.termination_ground_unknown",
        art("000", "31"),
        "Powers of a participant terminate only on the grounds listed in 000 Art. 31.",
        { field: "ground", params: { ground: t.ground } },
      ),
    );
  else if (t.ground === "other_statutory_case" && !t.basis?.trim())
    out.push(
      refuse(
        "npm_participant.termination_basis_required",
        art("000", "31(7)"),
        "Termination in another case provided by law must name that law (000 Art. 31(7)).",
        { field: "basis" },
      ),
    );
  if (p.termination)
    out.push(
      refuse(
        "npm_participant.already_terminated",
        terminationArticle(p.termination.ground),
        `The powers of the participant already terminated on ${p.termination.on} (000 Art. 31).`,
        { params: { terminatedOn: p.termination.on } },
      ),
    );
  if (t.on < p.selectedOn)
    out.push(
      refuse(
        "npm_participant.termination_before_selection",
        art("000", "31"),
        "Powers cannot terminate before the participant was selected (000 Arts. 26(3), 31).",
        { field: "on", params: { selectedOn: p.selectedOn } },
      ),
    );
  return out;
}

/**
 * Whether the participant holds powers on a date: from selection (000 Art. 26(3)) until the day of
 * termination, on which the powers no longer exist (000 Art. 31).
 */
export function participantPowersActiveOn(p: NpmParticipantRecord, date: LegalDate): boolean {
  return date >= p.selectedOn && (p.termination === null || date < p.termination.on);
}

/**
 * Whether the certificate confirms the participant's powers on a date (003 p.16). The texts set no term
 * of validity: the certificate is valid from issue for as long as the powers last (000 Art. 31).
 */
export function certificateValidOn(p: NpmParticipantRecord, date: LegalDate): boolean {
  return (
    p.certificateIssuedOn !== null && p.certificateIssuedOn <= date && participantPowersActiveOn(p, date)
  );
}

/**
 * Refusals that keep a participant out of a visit on a date: powers not held (000 Arts. 26(3), 31) or
 * no certificate confirming them (003 p.16).
 */
export function participationRefusals(p: NpmParticipantRecord, date: LegalDate): Refusal[] {
  if (!participantPowersActiveOn(p, date))
    return [
      refuse(
        "npm_participant.powers_not_active",
        p.termination && date >= p.termination.on
          ? terminationArticle(p.termination.ground)
          : art("000", "26(3)"),
        `Participant ${p.id} holds no powers on ${date}: not yet selected, or powers terminated (000 Arts. 26(3), 31).`,
        { params: { participantId: p.id, date } },
      ),
    ];
  if (!certificateValidOn(p, date))
    return [
      refuse(
        "npm_participant.no_certificate",
        point("16"),
        `Participant ${p.id} has no certificate issued by the Commissioner confirming the powers (003 p.16).`,
        { params: { participantId: p.id, date } },
      ),
    ];
  return [];
}
