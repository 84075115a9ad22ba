import { addCalendarDays, legalDateOf, type LegalDate } from "../../calendar/legal-date.ts";
import type { Citation } from "../../core/citation.ts";
import { refuse, type Refusal } from "../../core/verdict.ts";
import type { TerminationGround } from "../facts.ts";
import type { FactView, KindRules, KindValidity } from "../kind-rules.ts";
import { ISSUER_KINDS, type IssuerKind, type MeasureKind } from "../kinds.ts";
import type { MeasureSubject, NormalizedMeasure } from "../measure-input.ts";

/** Police officials of every rank (internal affairs bodies). */
export const POLICE: readonly IssuerKind[] = [
  "police_head",
  "police_district_inspector",
  "police_juvenile_inspector",
  "police_domestic_violence_inspector",
  "police_officer",
];

/**
 * "Authorized persons of state bodies or state organizations" (001 Arts. 48(2), 50(2), 51(1)): every
 * issuer kind except the court, which acts by judicial acts and does not hold conversations or write
 * warnings (a choice, see docs/measures.md).
 */
export const STATE_BODIES_AND_ORGANISATIONS: readonly IssuerKind[] = ISSUER_KINDS.filter(
  (k) => k !== "court",
);

/**
 * "Authorized person of a state body" (001 Art. 57(1)): the issuer kinds that are state bodies — not
 * the school's prevention council, family support centres or healthcare organisations, which are
 * organisations.
 */
export const STATE_BODIES: readonly IssuerKind[] = [
  ...POLICE,
  "court",
  "prosecutor",
  "commission_on_minors",
  "akimat",
  "economic_investigation_service",
  "education_body",
];

/** Only a court. */
export const COURT: readonly IssuerKind[] = ["court"];

/** The grounds of 001 Art. 59(8) on which a measure that places a person on the register ends. */
export const REGISTER_TERMINATION: readonly TerminationGround[] = [
  "early_correction",
  "no_grounds_for_extension",
  "imprisonment",
  "reached_18",
  "death",
  "revoked",
];

/** The defaults of a kind; each kind file states only what differs. */
export function defineKind<K extends MeasureKind>(
  kind: K,
  // NoInfer: K comes from `kind` alone, not from shared helpers typed for any kind.
  rules: NoInfer<
    Omit<
      KindRules<K>,
      | "kind"
      | "controlled"
      | "violations"
      | "terminationGrounds"
      | "notices"
      | "extraFacts"
      | "needsBirthDate"
      | "subject"
    > &
      Partial<KindRules<K>>
  >,
): KindRules<K> {
  return {
    kind,
    subject: "person",
    needsBirthDate: false,
    controlled: rules.control !== undefined || rules.register !== undefined,
    violations: false,
    terminationGrounds: [],
    notices: [],
    extraFacts: [],
    ...rules,
  };
}

/** Refuses a person who is not a minor (under 18) on the date of the decision. */
export function requireMinor(kind: MeasureKind, age: number | null, article: Citation): Refusal | null {
  if (age === null || age < 18) return null;
  return refuse(`${kind}.subject_not_minor`, article, `${article}: the measure applies to minors only.`, {
    field: "subject.birthDate",
    params: { age },
  });
}

/** Refuses an age outside [min, max) on the date of the decision (001 Arts. 80(1), 81(2): "from 11 to 18"). */
export function requireAgeBetween(
  kind: MeasureKind,
  age: number | null,
  min: number,
  maxExclusive: number,
  article: Citation,
): Refusal | null {
  if (age === null || (age >= min && age < maxExclusive)) return null;
  return refuse(
    `${kind}.age_out_of_range`,
    article,
    `${article}: the minor must be aged from ${min} to ${maxExclusive} (not yet ${maxExclusive}) on the date of the decision.`,
    { field: "subject.birthDate", params: { age, min, max: maxExclusive } },
  );
}

/** Refuses a missing required detail; the code is the detail's name in snake case (`proceduralStatus` → `procedural_status_missing`). */
export function requireDetail(
  kind: MeasureKind,
  present: boolean,
  detail: string,
  article: Citation,
  what: string,
): Refusal | null {
  if (present) return null;
  const snake = detail.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return refuse(`${kind}.${snake}_missing`, article, `${article}: ${what} must be stated.`, {
    field: `details.${detail}`,
  });
}

/** True for a non-empty, non-blank string. */
export function filled(s: string | undefined | null): s is string {
  return typeof s === "string" && s.trim() !== "";
}

/** Validity of "N days from service" (001 Arts. 51(5), 60(5)): served on day X → valid X..X+N. */
export function validFromService(v: FactView, days: number): KindValidity {
  const served = v.first("served");
  if (!served) return { from: null, until: null, awaiting: "service" };
  const from = legalDateOf(served.at);
  return { from, until: addCalendarDays(from, days) };
}

/**
 * Validity set by the decision itself: from the stated first day (or the date of the decision) to the
 * stated last day, open-ended when none is stated.
 */
export function validByDecision(m: NormalizedMeasure): KindValidity {
  return { from: m.term?.validFrom ?? m.issuedOn, until: m.term?.validUntil ?? null };
}

/** Validity of a measure that lasts until terminated, from the date of the decision. */
export function validUntilTerminated(m: NormalizedMeasure): KindValidity {
  return { from: m.issuedOn, until: null };
}

/** Validity of a one-off act: the day it was taken. */
export function validOnIssueDay(m: NormalizedMeasure): KindValidity {
  return { from: m.issuedOn, until: m.issuedOn };
}

/** The subject's birth date, or null for an organisation or an unknown date. */
export function birthDateOf(subject: MeasureSubject): LegalDate | null {
  return subject.kind === "person" ? (subject.birthDate ?? null) : null;
}
