import type { LegalDate } from "../calendar/legal-date.ts";
import type { ControlFrequency } from "../calendar/schedule.ts";
import type { WorkCalendar } from "../calendar/working-days.ts";
import type { Citation } from "../core/citation.ts";
import type { Refusal } from "../core/verdict.ts";
import type { RegisterGround } from "../register/grounds.ts";
import type { LawConfig, LawVersion } from "../versions/law-version.ts";
import type { FactOf, MeasureFact, MeasureFactType, NoticeRecipient, TerminationGround } from "./facts.ts";
import type { IssuerKind, MeasureKind } from "./kinds.ts";
import type { MeasureInputOf, NormalizedMeasureOf } from "./measure-input.ts";

/** What validation of a new measure needs besides the input: today's date, the law config, the calendar. */
export interface MeasureValidationContext {
  readonly today: LegalDate;
  readonly lawConfig?: LawConfig;
  readonly workCalendar?: WorkCalendar;
}

/** What a kind's own checks receive: the context plus what follows from the input's date and subject. */
export interface KindCheckContext {
  readonly today: LegalDate;
  readonly issuedOn: LegalDate;
  readonly lawVersion: LawVersion;
  readonly lawConfig: LawConfig;
  /** Full years on `issuedOn`, null when the birth date is unknown or the subject is an organisation. */
  readonly age: number | null;
}

/** The facts that still count, with typed look-ups. */
export interface FactView {
  readonly facts: readonly MeasureFact[];
  first<T extends MeasureFactType>(type: T): FactOf<T> | undefined;
  all<T extends MeasureFactType>(type: T): FactOf<T>[];
}

/** Builds a {@link FactView} over facts already filtered by {@link effectiveFacts}. */
export function factView(facts: readonly MeasureFact[]): FactView {
  const all = <T extends MeasureFactType>(type: T): FactOf<T>[] =>
    facts.filter((f): f is FactOf<T> => f.type === type);
  return {
    facts,
    all,
    first: (type) => all(type)[0],
  };
}

/**
 * The validity a kind derives from its own facts, before extensions, appeals and termination.
 * `awaiting` says which fact the validity is waiting for: service (001 Arts. 51(5), 60(5)), the court's
 * sanction (001 Art. 56(2)), placement in the institution (001 Arts. 80(3), 81(5)) or the addressee's
 * answer (001 Art. 57(2)).
 */
export interface KindValidity {
  readonly from: LegalDate | null;
  readonly until: LegalDate | null;
  readonly awaiting?: "service" | "sanction" | "placement" | "answer";
}

/** What a kind's duty computation receives. */
export interface DutyContext {
  readonly workCalendar: WorkCalendar;
  /** The validity after extensions, appeals and termination. */
  readonly validFrom: LegalDate | null;
  readonly validUntil: LegalDate | null;
}

/** A duty as a kind states it; {@link deriveMeasure} adds `overdue` and `late`. */
export interface DutySpec {
  /** Stable id, `<kind>.<duty>`. */
  readonly code: string;
  readonly article: Citation;
  /** The last instant on which the duty is in time; null where the law sets no term. */
  readonly dueAt: Date | null;
  readonly doneAt?: Date;
  /** Missing or late performance entails liability (e.g. 001 Art. 57(3)). */
  readonly liabilityIfMissed?: boolean;
}

/**
 * How a kind lives in time:
 * `one_off` — a single act, completed once issued (a conversation, a penalty);
 * `open` — lasts until terminated (a registration, support);
 * `term` — valid for a term that the kind derives;
 * `notice` — served, then closed by the addressee's answer (001 Art. 57).
 */
export type KindShape = "one_off" | "open" | "term" | "notice";

/** Which term fields a new measure of the kind takes (see {@link RequestedTerm}). */
export type TermInput = "none" | "dates" | "dates_required" | "days" | "months";

/**
 * Everything the law says about one kind of measure, as data plus the few functions that need the
 * kind's own articles. One object per kind under `measures/kinds/`, gathered in `rules.ts`.
 */
export interface KindRules<K extends MeasureKind> {
  readonly kind: K;
  /** The kind's own article. */
  readonly article: Citation;
  /** Who may take the decision, and where the law says so. */
  issuers(input: MeasureInputOf<K>): readonly IssuerKind[];
  readonly issuerArticle: Citation;
  readonly subject: "person" | "organisation";
  /** The subject's birth date is needed for an age rule of the kind. */
  readonly needsBirthDate: boolean;
  readonly shape: KindShape;
  readonly termInput: TermInput;
  /** The article that sets (or leaves to a decision) the term. */
  readonly termArticle: Citation;
  /** Bounds of a requested term in days or months (the unit of `termInput`), by the text in force. */
  termLimits?(c: KindCheckContext): {
    readonly min: number;
    readonly max: number;
    readonly article: Citation;
  };
  /** The document is served on the subject (or received by the addressee) against signature. */
  readonly service?: { readonly article: Citation; readonly signature: boolean };
  /** The legal minimum frequency of preventive control during validity. */
  readonly control?: { readonly frequency: ControlFrequency; readonly article: Citation };
  /** Control checks are recorded (the legal minimum, or the register's control of 001 Art. 59(10)). */
  readonly controlled: boolean;
  /** The register ground of 001 Art. 59(2) the measure places the subject on. */
  readonly register?: {
    readonly ground: RegisterGround;
    readonly article: Citation;
    /** Placed when the stay ends rather than on issue (graduates, 001 Art. 59(2)(9)). */
    readonly onRelease?: boolean;
  };
  /** The term may be extended, and under which article. */
  readonly extension?: { readonly article: Citation };
  /** Violations of the measure are recorded (it imposes restrictions or duties). */
  readonly violations: boolean;
  readonly terminationGrounds: readonly TerminationGround[];
  /** Addressees of `notice_sent` facts for the kind. */
  readonly notices: readonly NoticeRecipient[];
  /** Further fact types of the kind (answer, sanction, placement, …). */
  readonly extraFacts: readonly MeasureFactType[];
  /** The kind's own checks of a new measure (ages, terms, content). */
  check(input: MeasureInputOf<K>, c: KindCheckContext): Refusal[];
  /** Validity from the kind's facts. */
  validity(m: NormalizedMeasureOf<K>, v: FactView): KindValidity;
  /** The kind's duties. */
  duties?(m: NormalizedMeasureOf<K>, v: FactView, d: DutyContext): DutySpec[];
  /** The kind's own rules on a new fact (after the common ones passed). */
  checkFact?(m: NormalizedMeasureOf<K>, v: FactView, fact: MeasureFact, d: DutyContext): Refusal | null;
}
