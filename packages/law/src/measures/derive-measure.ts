import { legalDateOf, type LegalDate } from "../calendar/legal-date.ts";
import {
  controlSchedule,
  stricterFrequency,
  type ControlFrequency,
  type ControlSchedule,
} from "../calendar/schedule.ts";
import { kazakhstanWorkCalendar, type WorkCalendar } from "../calendar/working-days.ts";
import { art, type Citation } from "../core/citation.ts";
import type { RegisterGround } from "../register/grounds.ts";
import type { LawVersion } from "../versions/law-version.ts";
import type { MeasureFact, TerminationGround } from "./facts.ts";
import type { DutyContext, KindValidity } from "./kind-rules.ts";
import type { NormalizedMeasure } from "./measure-input.ts";
import { timelineOf, type AppealState, type MeasureTimeline } from "./timeline.ts";

/**
 * The status of a measure, derived from its facts:
 * `draft` — not yet issued; `issued` — issued, waiting for service or placement; `awaiting_sanction` —
 * waiting for the court's sanction (001 Art. 56(2)); `served` — a statutory notice received, answer
 * pending (001 Art. 57(2)); `pending_start` — its term begins later (supervision after release, 001
 * Art. 64(2)); `active`; `completed` — a one-off act done, or a notice answered; `expired` — the term
 * ran out; `refused` — the legal representatives refused pedagogical support (001 Art. 78(4));
 * `terminated`; `annulled` on appeal (001 Art. 48(4)).
 */
export type MeasureStatus =
  | "draft"
  | "issued"
  | "awaiting_sanction"
  | "served"
  | "pending_start"
  | "active"
  | "completed"
  | "expired"
  | "refused"
  | "terminated"
  | "annulled";

/** A duty that falls due under the measure, with its article. */
export interface MeasureDuty {
  readonly code: string;
  readonly article: Citation;
  /** The last instant in time; null where the law sets no term (the duty stays open until done). */
  readonly dueAt: Date | null;
  readonly doneAt?: Date;
  /** Not done and past due at `asOf`. */
  readonly overdue: boolean;
  /** Done, but after `dueAt`. */
  readonly late: boolean;
  /** Missed or late performance entails liability (001 Art. 57(3)): a liability case to open. */
  readonly liability: boolean;
}

/** The control schedule of a measure, with the frequency applied and its article. */
export interface MeasureControl extends ControlSchedule {
  readonly frequency: ControlFrequency;
  readonly article: Citation;
  readonly checksDone: number;
}

/** Whether, and on which ground of 001 Art. 59(2), the measure places its subject on the register. */
export interface MeasureRegisterPlacement {
  readonly places: boolean;
  readonly ground: RegisterGround | null;
  readonly article: Citation | null;
  /** The day from which the ground stands (issue, or the end of a stay for graduates). */
  readonly since: LegalDate | null;
}

/** Everything derived from a measure's facts at an instant. */
export interface DerivedMeasure {
  readonly status: MeasureStatus;
  readonly lawVersion: LawVersion;
  readonly issuedAt: Date | null;
  readonly servedAt: Date | null;
  /** The fact the measure waits for, if any. */
  readonly awaiting: KindValidity["awaiting"] | null;
  readonly validFrom: LegalDate | null;
  /** The last day of effect (an early end cuts the term). */
  readonly validUntil: LegalDate | null;
  readonly signature: "signed" | "refused" | "pending" | "not_required";
  readonly duties: readonly MeasureDuty[];
  readonly control: MeasureControl | null;
  readonly register: MeasureRegisterPlacement;
  readonly violations: number;
  readonly extensions: number;
  readonly appeal: AppealState;
  readonly termination: { readonly at: Date; readonly ground: TerminationGround } | null;
  /** Some duty with liability is missed or late (001 Art. 57(3)). */
  readonly liabilityCase: boolean;
}

/** What derivation needs besides the facts. */
export interface DeriveContext {
  /** Working days for "within three working days" (001 Arts. 80(11), 81(12)); Kazakhstan's by default. */
  readonly workCalendar?: WorkCalendar;
  /** The control frequency from a likelihood assessment (001 Art. 59(10)); it may only raise the legal minimum. */
  readonly controlFrequency?: ControlFrequency;
}

/** A calendar built only when a duty counts working days (building it loads the holiday tables). */
export function lazyWorkCalendar(cal: WorkCalendar | undefined): WorkCalendar {
  let built = cal;
  return { isWorkingDay: (d) => (built ??= kazakhstanWorkCalendar()).isWorkingDay(d) };
}

function statusOf(t: MeasureTimeline, today: LegalDate): MeasureStatus {
  if (!t.issued) return "draft";
  if (t.end) return t.end.by;
  if (t.view.first("representative_refused")) return "refused";
  const awaiting = t.kindValidity.awaiting;
  if (t.rules.shape === "one_off") return "completed";
  if (t.rules.shape === "notice")
    return awaiting === "service" ? "issued" : awaiting === "answer" ? "served" : "completed";
  if (awaiting === "sanction") return "awaiting_sanction";
  if (awaiting) return "issued";
  if (t.validFrom! > today) return "pending_start";
  if (t.validUntil !== null && today > t.validUntil) return "expired";
  return "active";
}

function registerOf(
  m: NormalizedMeasure,
  t: MeasureTimeline,
  status: MeasureStatus,
): MeasureRegisterPlacement {
  const reg = t.rules.register;
  if (!reg || m.subject.kind !== "person") return { places: false, ground: null, article: null, since: null };
  const released =
    status === "expired" || (t.end?.by === "terminated" && t.end.ground === "court_early_release");
  if (reg.onRelease) {
    return {
      places: released,
      ground: reg.ground,
      article: reg.article,
      since: released ? t.validUntil : null,
    };
  }
  const places = status !== "draft" && status !== "annulled";
  return {
    places,
    ground: reg.ground,
    article: reg.article,
    since: places ? legalDateOf(t.issued!.at) : null,
  };
}

function controlOf(
  t: MeasureTimeline,
  status: MeasureStatus,
  today: LegalDate,
  ctx: DeriveContext,
): MeasureControl | null {
  const started = status === "active" || status === "expired" || status === "terminated";
  if (!t.rules.controlled || !started || t.validFrom === null) return null;
  const legal = t.rules.control;
  const assessed = ctx.controlFrequency;
  const frequency =
    legal && assessed ? stricterFrequency(legal.frequency, assessed) : (legal?.frequency ?? assessed);
  if (!frequency) return null;
  const checks = t.view.all("control_check").map((f) => legalDateOf(f.at));
  const s = controlSchedule({ from: t.validFrom, until: t.validUntil, frequency, checksDone: checks, today });
  return {
    ...s,
    overdue: status === "active" && s.overdue,
    frequency,
    article: legal && frequency === legal.frequency ? legal.article : art("001", "59(10)"),
    checksDone: checks.length,
  };
}

/**
 * Derives a measure's state at `asOf` from its facts (ARCHITECTURE.md "facts in, state out"): status,
 * validity (e.g. an official warning 30 days from service, 001 Art. 51(5); a protective order 30 days
 * from delivery, 001 Art. 60(5)), duties with due instants (e.g. the prosecutor's copy within 24 hours,
 * 001 Art. 51(3)), the control schedule (001 Arts. 51(6), 60(5), 59(10)) and the register placement
 * (001 Art. 59(2)).
 */
export function deriveMeasure(
  m: NormalizedMeasure,
  facts: readonly MeasureFact[],
  asOf: Date,
  ctx: DeriveContext = {},
): DerivedMeasure {
  const t = timelineOf(m, facts);
  const today = legalDateOf(asOf);
  const status = statusOf(t, today);
  const dutyCtx: DutyContext = {
    workCalendar: lazyWorkCalendar(ctx.workCalendar),
    validFrom: t.validFrom,
    validUntil: t.termUntil,
  };
  const specs = t.issued && t.rules.duties ? t.rules.duties(m, t.view, dutyCtx) : [];
  const duties: MeasureDuty[] = specs
    // A duty not done and not yet due when the measure ended early has become moot.
    .filter((d) => !t.end || d.doneAt !== undefined || (d.dueAt !== null && d.dueAt <= t.end.at))
    .map((d) => {
      const overdue = d.doneAt === undefined && d.dueAt !== null && asOf > d.dueAt;
      const late = d.doneAt !== undefined && d.dueAt !== null && d.doneAt > d.dueAt;
      return { ...d, overdue, late, liability: d.liabilityIfMissed === true && (overdue || late) };
    });
  const sig = t.rules.service?.signature;
  const signature = !sig
    ? "not_required"
    : t.view.first("signed")
      ? "signed"
      : t.view.first("signature_refused")
        ? "refused"
        : "pending";
  return {
    status,
    lawVersion: m.lawVersion,
    issuedAt: t.issued?.at ?? null,
    servedAt: t.view.first("served")?.at ?? null,
    awaiting: t.issued ? (t.kindValidity.awaiting ?? null) : null,
    validFrom: t.validFrom,
    validUntil: t.validUntil,
    signature,
    duties,
    control: controlOf(t, status, today, ctx),
    register: registerOf(m, t, status),
    violations: t.view.all("violation").length,
    extensions: t.view.all("extended").length,
    appeal: t.appeal,
    termination: t.end?.by === "terminated" ? { at: t.end.at, ground: t.end.ground } : null,
    liabilityCase: duties.some((d) => d.liability),
  };
}
