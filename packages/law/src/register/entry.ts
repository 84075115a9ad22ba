import { art, type Citation } from "../core/citation.ts";
import { addCalendarDays, dateOfAge, type LegalDate } from "../calendar/legal-date.ts";
import { controlSchedule, type ControlFrequency, type ControlSchedule } from "../calendar/schedule.ts";
import type { RegisterGround } from "./grounds.ts";
import { isMinorsOnlyGround } from "./ground-info.ts";
import { REGISTER_MAJORITY_AGE } from "./placement.ts";
import {
  mergeRegisterPeriods,
  registerTerm,
  runFrom,
  type RegisterMeasureValidity,
  type RegisterTerm,
} from "./term.ts";
import { REGISTER_TERMINATION_GROUND_INFO, type RegisterTerminationGround } from "./termination.ts";

/** A preventive register entry as placed (001 Art. 59(2)-(4), (7), (10)). */
export interface RegisterEntry {
  readonly ground: RegisterGround;
  readonly subjectBirthDate: LegalDate;
  readonly placedOn: LegalDate;
  /**
   * Validity of the underlying measures (001 Art. 59(7)). Empty: the registration is itself the
   * measure (001 Art. 48(3)(10)) and runs until a ground of 59(8) other than expiry.
   */
  readonly measures: readonly RegisterMeasureValidity[];
  /** The frequency of preventive control set for the entry (001 Art. 59(10)); see `controlFrequencyFor`. */
  readonly controlFrequency?: ControlFrequency;
}

/** Termination recorded by a decision or a fact (001 Art. 59(8)); `on` is the first day off the register. */
export interface RegisterTerminatedFact {
  readonly type: "terminated";
  readonly on: LegalDate;
  readonly ground: RegisterTerminationGround;
  /** For `corrected`: a positive characterisation at the place of residence or work (001 Art. 59(8)(1)). */
  readonly positiveCharacterisation?: boolean;
}

/**
 * Extension of registration with its reason (001 Art. 59(9); 48(5) when the measures themselves are
 * extended on the competent body's petition). `until` null: "until the likelihood of committing an
 * infraction is eliminated" (59(9)) — open-ended, ended by another ground of 59(8).
 */
export interface RegisterExtendedFact {
  readonly type: "extended";
  readonly on: LegalDate;
  readonly until: LegalDate | null;
  readonly reason: string;
  readonly basis: "59(9)" | "48(5)";
}

/** Appeal against the placement (001 Art. 59(5)) and its outcome. */
export type RegisterAppealFact =
  | { readonly type: "appealed"; readonly on: LegalDate }
  | {
      readonly type: "appeal_decided";
      readonly on: LegalDate;
      readonly outcome: "upheld" | "placement_annulled";
    };

/** A check of preventive control done (001 Art. 59(10)). */
export interface RegisterControlCheckFact {
  readonly type: "control_check";
  readonly on: LegalDate;
}

/** A legal fact of a register entry (001 Art. 59). */
export type RegisterFact =
  RegisterTerminatedFact | RegisterExtendedFact | RegisterAppealFact | RegisterControlCheckFact;

/** A termination, recorded or derived from dates (001 Art. 59(8)). */
export interface RegisterTermination {
  readonly ground: RegisterTerminationGround;
  /** First day the person is no longer on the register. */
  readonly on: LegalDate;
  readonly article: Citation;
  /** True when derived from dates alone (no termination fact recorded). */
  readonly automatic: boolean;
}

/** The appeal against the placement (001 Art. 59(5)). */
export interface RegisterAppealState {
  readonly status: "none" | "pending" | "upheld" | "annulled";
  readonly lodgedOn: LegalDate | null;
  readonly decidedOn: LegalDate | null;
  readonly article: Citation;
}

/** The state of a register entry on a date, derived from the entry and its facts (001 Art. 59). */
export interface RegisterEntryState {
  readonly status: "not_yet_placed" | "active" | "terminated" | "annulled";
  /** Set when terminated. */
  readonly termination: RegisterTermination | null;
  /** For an active entry: the next termination that follows from dates (expiry, 18th birthday), if any. */
  readonly scheduledTermination: RegisterTermination | null;
  /** Last day on the register as known on `asOf`; null: open-ended. */
  readonly lastDay: LegalDate | null;
  /** Term from the measures alone (59(7)), before extensions; null when no measures. */
  readonly term: RegisterTerm | null;
  readonly extensionsApplied: readonly RegisterExtendedFact[];
  /** Extensions decided after the entry had already ended (59(9) extends a running registration). */
  readonly extensionsIgnored: readonly RegisterExtendedFact[];
  readonly appeal: RegisterAppealState;
  /** The date of the appeal decision that annulled the placement, if any (59(5)). */
  readonly annulledOn: LegalDate | null;
  /** Preventive control schedule (59(10)) when a frequency is set; `overdue` only while active. */
  readonly control: ControlSchedule | null;
}

const byDate = <T extends { on: LegalDate }>(a: T, b: T): number => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0);

function termination(
  ground: RegisterTerminationGround,
  on: LegalDate,
  automatic: boolean,
): RegisterTermination {
  return { ground, on, article: REGISTER_TERMINATION_GROUND_INFO[ground].article, automatic };
}

function appealState(facts: readonly RegisterFact[]): RegisterAppealState {
  const article = art("001", "59(5)");
  const lodged = facts.filter((f) => f.type === "appealed").sort(byDate);
  const decided = facts.filter((f) => f.type === "appeal_decided").sort(byDate);
  const last = decided[decided.length - 1];
  const lodgedOn = lodged[0]?.on ?? null;
  if (last) {
    const status = last.outcome === "placement_annulled" ? "annulled" : "upheld";
    return { status, lodgedOn, decidedOn: last.on, article };
  }
  return { status: lodgedOn === null ? "none" : "pending", lodgedOn, decidedOn: null, article };
}

/**
 * Derives the state of a register entry on `asOf` from the entry and its facts (001 Art. 59(5),
 * (7)-(10)). Facts dated after `asOf` are ignored. Termination is the earliest of:
 * a recorded termination fact (59(8)); the 18th birthday for an entry on a minors-only ground
 * (59(8)(4), computed from the birth date, so it holds even if nobody recorded it); the day after the
 * measures' continuous validity ends (59(7), 59(8)(2)), as prolonged by extensions (59(9), 48(5))
 * decided while the entry was still running. An appeal decided as "placement_annulled" annuls the
 * entry (59(5)).
 */
export function deriveRegisterEntry(
  entry: RegisterEntry,
  facts: readonly RegisterFact[],
  asOf: LegalDate,
): RegisterEntryState {
  const known = facts.filter((f) => f.on <= asOf);
  const appeal = appealState(known);
  const term = registerTerm(entry.measures, entry.placedOn);
  const base = {
    term,
    appeal,
    annulledOn: null,
    extensionsApplied: [],
    extensionsIgnored: [],
    control: null,
  };
  if (asOf < entry.placedOn) {
    return {
      ...base,
      status: "not_yet_placed",
      termination: null,
      scheduledTermination: null,
      lastDay: null,
    };
  }

  // Terminations that do not depend on the measures' term: recorded facts, then the 18th birthday.
  const others: RegisterTermination[] = known
    .filter((f): f is RegisterTerminatedFact => f.type === "terminated")
    .sort(byDate)
    .map((f) => termination(f.ground, f.on, false));
  if (isMinorsOnlyGround(entry.ground)) {
    others.push(
      termination("minor_turned_18", dateOfAge(entry.subjectBirthDate, REGISTER_MAJORITY_AGE), true),
    );
  }
  const firstOther = others.reduce<RegisterTermination | null>(
    (m, t) => (m === null || t.on < m.on ? t : m),
    null,
  );

  // The run of validity from placement, prolonged by each extension decided while it runs (59(9)).
  let periods = mergeRegisterPeriods(entry.measures.map((m) => ({ from: m.validFrom, until: m.validUntil })));
  let runEnd: LegalDate | null = term === null ? null : term.end;
  const applied: RegisterExtendedFact[] = [];
  const ignored: RegisterExtendedFact[] = [];
  for (const ext of known.filter((f): f is RegisterExtendedFact => f.type === "extended").sort(byDate)) {
    const running = (runEnd === null || ext.on <= runEnd) && (firstOther === null || ext.on < firstOther.on);
    if (!running) {
      ignored.push(ext);
      continue;
    }
    applied.push(ext);
    if (runEnd === null) continue; // already open-ended: nothing to prolong
    periods = mergeRegisterPeriods([...periods, { from: ext.on, until: ext.until }]);
    const run = runFrom(periods, entry.placedOn);
    if (run !== null) runEnd = run.until;
  }

  const candidates = [...others];
  if (runEnd !== null) {
    const expiry = addCalendarDays(runEnd, 1);
    candidates.push(termination("measures_expired", expiry > entry.placedOn ? expiry : entry.placedOn, true));
  }
  // Earliest wins; on a tie the recorded fact (listed first) wins.
  const first = candidates.reduce<RegisterTermination | null>(
    (m, t) => (m === null || t.on < m.on ? t : m),
    null,
  );
  const ended = first !== null && first.on <= asOf;
  const lastDay = first === null ? null : addCalendarDays(first.on, -1);
  const annulledOn = appeal.status === "annulled" ? appeal.decidedOn : null;
  const status = annulledOn !== null ? "annulled" : ended ? "terminated" : "active";

  let control: ControlSchedule | null = null;
  if (entry.controlFrequency && status !== "annulled") {
    const s = controlSchedule({
      from: entry.placedOn,
      until: lastDay,
      frequency: entry.controlFrequency,
      checksDone: known.filter((f) => f.type === "control_check").map((f) => f.on),
      today: asOf,
    });
    control = { ...s, overdue: status === "active" && s.overdue };
  }
  return {
    ...base,
    status,
    termination: ended ? first : null,
    scheduledTermination: ended ? null : first,
    lastDay,
    extensionsApplied: applied,
    extensionsIgnored: ignored,
    annulledOn,
    control,
  };
}
