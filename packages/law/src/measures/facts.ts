import type { LegalDate } from "../calendar/legal-date.ts";

/**
 * The legal facts of an individual prevention measure (001 Chapter 5). A measure is a record with an
 * append-only list of these facts; its status, validity, duties and control schedule are derived
 * from them ({@link deriveMeasure}), never edited by hand (ARCHITECTURE.md "facts in, state out").
 * Every fact carries the instant `at` at which it happened (not when it was typed in).
 */
interface FactBase {
  readonly at: Date;
  /** Free text: a document number, a remark. */
  readonly note?: string;
}

/**
 * How a document reached its addressee. `in_person` is delivery against signature (001 Arts. 51(2),
 * 60(1)); the others are the channels of notice listed in 001 Art. 60(4) second part: registered mail
 * with return receipt, phone message, telegram, text message to a mobile number, e-mail, or other
 * means that record the notice.
 */
export const SERVICE_CHANNELS = [
  "in_person",
  "registered_mail",
  "phone_message",
  "telegram",
  "text_message",
  "email",
  "other_recorded_means",
] as const;

/** A channel of service or notice (001 Art. 60(4)). */
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number];

/**
 * The outcome of one check of preventive control (001 Arts. 51(6), 59(10), 60(5)). A check that finds
 * a violation is followed by a `violation` fact when liability follows (Arts. 51(7), 60(6)).
 */
export const CONTROL_OUTCOMES = ["complied", "violation_found", "not_at_home", "not_found"] as const;

/** Outcome of a control check (001 Art. 59(10)). */
export type ControlOutcome = (typeof CONTROL_OUTCOMES)[number];

/**
 * Why a measure ended before (or at) the end of its term:
 * - `early_correction` — the person embarked on the path of correction (001 Art. 59(8)(1));
 * - `no_grounds_for_extension` — term ran out without extension (001 Art. 59(8)(2)), recorded when a
 *   body closes an open-ended measure;
 * - `imprisonment` — convicted to imprisonment (001 Art. 59(8)(3));
 * - `reached_18` — a minor reached the age of eighteen (001 Art. 59(8)(4));
 * - `death` (001 Art. 59(8)(5));
 * - `court_early_release` — a court ended a stay or supervision early (001 Arts. 66(5), 80(4), 81(6));
 * - `revoked` — the decision was revoked by the body that took it or on a prosecutor's motion
 *   (001 Art. 65(1) fourth part, Art. 48(4));
 * - `purpose_achieved` — a plan, support or registration that has no term closed as fulfilled
 *   (001 Arts. 54(3), 55, 78).
 */
export const TERMINATION_GROUNDS = [
  "early_correction",
  "no_grounds_for_extension",
  "imprisonment",
  "reached_18",
  "death",
  "court_early_release",
  "revoked",
  "purpose_achieved",
] as const;

/** A ground of termination (001 Art. 59(8) and the kind's own article). */
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];

/**
 * Addressees of a notice other than the prosecutor (whose copy is its own fact):
 * the victim (001 Art. 60(1) second part), the employer or civil self-government body (001 Art. 51(2)
 * second part), the commission on minors' affairs (001 Arts. 80(10)(4), 81(11)(4)) and the internal
 * affairs bodies (001 Art. 81(11)(4)).
 */
export const NOTICE_RECIPIENTS = [
  "victim",
  "employer_or_self_government",
  "commission_on_minors",
  "internal_affairs",
] as const;

/** Addressee of a `notice_sent` fact. */
export type NoticeRecipient = (typeof NOTICE_RECIPIENTS)[number];

/** The outcome of an appeal (001 Art. 48(4)). */
export type AppealOutcome = "upheld" | "annulled" | "amended";

/**
 * One legal fact of a measure. Corrections never delete: a `superseded` fact names the index (in the
 * list) of the fact it replaces; superseding a `superseded` fact restores the original.
 */
export type MeasureFact =
  /** The decision is signed by the official (or the court's act is recorded). */
  | (FactBase & { readonly type: "issued" })
  /** Served on / delivered to the subject or, for a statutory notice, received by the addressee (001 Arts. 51(5), 57(2), 60(5)). */
  | (FactBase & { readonly type: "served"; readonly channel: ServiceChannel })
  /** The subject signed the document (001 Arts. 51(2), 60(1), 65(1)). */
  | (FactBase & { readonly type: "signed" })
  /** The subject refused to sign; the entry is made in the document (001 Arts. 51(2), 60(1)). */
  | (FactBase & { readonly type: "signature_refused"; readonly witnessedBy?: string })
  /** A copy sent to the prosecutor (001 Art. 51(3)). */
  | (FactBase & { readonly type: "prosecutor_notified" })
  /** A notice or copy sent to another addressee (001 Arts. 51(2), 60(1), 80(10)(4), 81(11)(4)). */
  | (FactBase & { readonly type: "notice_sent"; readonly to: NoticeRecipient })
  /** A check of preventive control (001 Arts. 51(6), 59(10), 60(5)). */
  | (FactBase & { readonly type: "control_check"; readonly outcome: ControlOutcome })
  /** A violation of the measure, with the protocol where one was drawn up (001 Arts. 51(7), 60(6), 64(3)). */
  | (FactBase & { readonly type: "violation"; readonly protocol?: string })
  /** The term extended to a new last day (001 Arts. 48(5), 64(3), 80(5), 81(7)). */
  | (FactBase & { readonly type: "extended"; readonly until: LegalDate })
  /** An appeal filed (001 Art. 48(4)). */
  | (FactBase & { readonly type: "appealed" })
  /** The appeal decided; `amended` may set a new last day of the term. */
  | (FactBase & {
      readonly type: "appeal_decided";
      readonly outcome: AppealOutcome;
      readonly validUntil?: LegalDate;
    })
  /** The measure ended on a ground of {@link TERMINATION_GROUNDS}. */
  | (FactBase & { readonly type: "terminated"; readonly ground: TerminationGround })
  /** The written answer to a statutory notice received (001 Art. 57(2)). */
  | (FactBase & { readonly type: "answer_received" })
  /** The court sanctioned a preventive restriction on freedom of movement (001 Art. 56(2)). */
  | (FactBase & { readonly type: "court_sanctioned"; readonly reference?: string })
  /** The minor admitted to the special organisation: the stay begins (001 Arts. 80(3), 81(5)). */
  | (FactBase & { readonly type: "placed" })
  /** The released minor arrived at the place of residence (001 Arts. 80(11), 81(12)). */
  | (FactBase & { readonly type: "returned_home" })
  /** The issue submitted to the commission on minors' affairs (001 Arts. 78(4), 80(11), 81(12)). */
  | (FactBase & { readonly type: "submitted_to_commission" })
  /** The legal representatives refused pedagogical support (001 Art. 78(4)). */
  | (FactBase & { readonly type: "representative_refused" })
  /** A correction: the fact at index `supersedes` no longer counts. */
  | (FactBase & { readonly type: "superseded"; readonly supersedes: number });

/** The `type` of a fact. */
export type MeasureFactType = MeasureFact["type"];

/** The fact of a given type. */
export type FactOf<T extends MeasureFactType> = Extract<MeasureFact, { type: T }>;

/** Every fact type, for forms and exhaustive tables. */
export const MEASURE_FACT_TYPES = [
  "issued",
  "served",
  "signed",
  "signature_refused",
  "prosecutor_notified",
  "notice_sent",
  "control_check",
  "violation",
  "extended",
  "appealed",
  "appeal_decided",
  "terminated",
  "answer_received",
  "court_sanctioned",
  "placed",
  "returned_home",
  "submitted_to_commission",
  "representative_refused",
  "superseded",
] as const satisfies readonly MeasureFactType[];

/**
 * The indices of facts that still count. Walks the list from the end so that a later correction
 * wins: a `superseded` fact that still counts removes its target; a superseded `superseded` fact
 * removes nothing, which restores its own target (ARCHITECTURE.md: a correction is a new fact).
 */
export function effectiveFactIndices(facts: readonly MeasureFact[]): number[] {
  const removed = new Set<number>();
  for (let i = facts.length - 1; i >= 0; i -= 1) {
    const f = facts[i]!;
    if (removed.has(i)) continue;
    if (f.type === "superseded") removed.add(f.supersedes);
  }
  const out: number[] = [];
  facts.forEach((f, i) => {
    if (!removed.has(i) && f.type !== "superseded") out.push(i);
  });
  return out;
}

/** The facts that still count, in recorded order (corrections applied, `superseded` facts left out). */
export function effectiveFacts(facts: readonly MeasureFact[]): MeasureFact[] {
  return effectiveFactIndices(facts).map((i) => facts[i]!);
}
