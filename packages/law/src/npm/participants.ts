/**
 * Participants of the national preventive mechanism once selected: the certificate that confirms their
 * powers (003 p.16) and the termination of powers (000 Art. 31).
 */
import { art, point, type Citation } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import type { LegalDate } from "../calendar/legal-date.ts";

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

/**
 * Refusals against issuing the certificate on `issuedOn` (003 p.16): it confirms the powers of a
 * participant, so it is issued to one selected by then (000 Art. 26(3)) whose powers have not
 * terminated (000 Art. 31).
 */
export function certificateIssueRefusals(p: NpmParticipantRecord, issuedOn: LegalDate): Refusal[] {
  if (participantPowersActiveOn(p, issuedOn)) return [];
  return [
    refuse(
      "npm_participant.certificate_without_powers",
      point("16"),
      `The certificate confirms the powers of a participant; participant ${p.id} holds none on ${issuedOn} (003 p.16; 000 Arts. 26(3), 31).`,
      {
        field: "issuedOn",
        params: {
          participantId: p.id,
          alsoCited:
            p.termination && issuedOn >= p.termination.on
              ? terminationArticle(p.termination.ground)
              : art("000", "26(3)"),
        },
      },
    ),
  ];
}
