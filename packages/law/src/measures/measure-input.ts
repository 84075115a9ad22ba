import type { LegalDate } from "../calendar/legal-date.ts";
import type { LawVersion } from "../versions/law-version.ts";
import type { IssuerKind, MeasureKind } from "./kinds.ts";
import type { DetailsByKind } from "./measure-details.ts";

/**
 * The grounds for taking an individual prevention measure (001 Art. 49(1)):
 * (1) reports or statements of individuals and legal entities, or reports in the mass media;
 * (2) direct discovery by an authorized official of an infraction or its threat;
 * (3) materials received from state bodies and bodies of local self-government.
 */
export const LEGAL_GROUNDS = ["report_or_statement", "direct_discovery", "state_body_materials"] as const;

/** A ground of 001 Art. 49(1). */
export type LegalGround = (typeof LEGAL_GROUNDS)[number];

/**
 * The justification of a measure (001 Art. 49(3)): sufficient data indicating (1) an act creating
 * conditions for an infraction, (2) antisocial behaviour, or (3) a judicial act in legal force.
 */
export const JUSTIFICATION_BASES = [
  "act_creating_conditions",
  "antisocial_behaviour",
  "judicial_act",
] as const;

/** A basis of 001 Art. 49(3). */
export type JustificationBasis = (typeof JUSTIFICATION_BASES)[number];

/** The justification: its basis (001 Art. 49(3)) and the data relied on, in words. */
export interface Justification {
  readonly basis: JustificationBasis;
  readonly text: string;
}

/** A natural person subject to the measure. The birth date may be unknown (001 Art. 56(1)(1)). */
export interface PersonSubject {
  readonly kind: "person";
  readonly birthDate?: LegalDate | null;
  readonly sex?: "female" | "male" | null;
}

/** The head or official of an organisation: the addressee of a statutory notice (001 Art. 57(1)). */
export interface OrganisationSubject {
  readonly kind: "organisation";
  readonly name: string;
  readonly headOrOfficial: string;
  /** Where the organisation is: the notice is sent there (001 Art. 57(1)); optional, printed when known. */
  readonly address?: string;
}

/** Whom a measure concerns. */
export type MeasureSubject = PersonSubject | OrganisationSubject;

/**
 * The term asked for, in the unit the kind's article uses: `days` for a restriction on freedom of
 * movement (001 Art. 56(2)), `months` for referrals (001 Arts. 80(3), 81(5)), `validFrom`/`validUntil`
 * for terms a court or body sets by its decision. Kinds whose term is fixed by law take none.
 */
export interface RequestedTerm {
  readonly validFrom?: LegalDate;
  readonly validUntil?: LegalDate;
  readonly months?: number;
  readonly days?: number;
}

/** The data of a new measure of kind K, as a form sends it (optional fields are checked, not assumed). */
export interface MeasureInputOf<K extends MeasureKind> {
  readonly kind: K;
  readonly issuerKind: IssuerKind;
  /** The instant of the decision, as stated in the document (001 Art. 60(4) "time of issuance"). */
  readonly issuedAt: Date;
  readonly subject: MeasureSubject;
  /** 001 Art. 49(1). */
  readonly legalGround?: LegalGround | null;
  /** 001 Art. 49(3). */
  readonly justification?: Justification | null;
  readonly term?: RequestedTerm | null;
  readonly details?: DetailsByKind[K];
}

/** The data of a new measure of any kind. */
export type MeasureInput = { [K in MeasureKind]: MeasureInputOf<K> }[MeasureKind];

/**
 * A measure that passed {@link validateNewMeasure}: the input plus what follows from it. This is what
 * {@link deriveMeasure} and {@link validateFact} take.
 */
export interface NormalizedMeasureOf<K extends MeasureKind> extends MeasureInputOf<K> {
  readonly legalGround: LegalGround;
  readonly justification: Justification;
  readonly details: DetailsByKind[K];
  /** The legal date of the decision in Asia/Almaty. */
  readonly issuedOn: LegalDate;
  /** The text in force on that date (R11.3). */
  readonly lawVersion: LawVersion;
  /** Full years on the date of the decision; null when unknown or not a person. */
  readonly subjectAge: number | null;
}

/** A validated measure of any kind. */
export type NormalizedMeasure = { [K in MeasureKind]: NormalizedMeasureOf<K> }[MeasureKind];
