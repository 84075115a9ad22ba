import {
  CONTROL_OUTCOMES,
  MEASURE_FACT_TYPES,
  NOTICE_RECIPIENTS,
  SERVICE_CHANNELS,
  TERMINATION_GROUNDS,
  type MeasureFact,
  type MeasureFactType,
  type NormalizedMeasure,
} from "@aldyn/law";
import type { MeasureFactCreate, RecordedFact } from "@aldyn/contract";
import { AppError } from "../../errors/app-error.ts";

/**
 * Conversions between the law's values and what the database and the API carry. The law works with
 * `Date` instants; JSON carries ISO strings, so the few instant fields are revived by name.
 */

function toDate(value: unknown, field: string): Date {
  const d = typeof value === "string" || value instanceof Date ? new Date(value) : new Date(NaN);
  if (Number.isNaN(d.getTime())) throw new AppError("validation.failed", "Not a date and time.", { field });
  return d;
}

/** Instants inside kind details (measure-details.ts): protective order 60(4), court sanction 56(2). */
export function reviveDetails(details: Record<string, unknown>, prefix = "details"): Record<string, unknown> {
  const out: Record<string, unknown> = { ...details };
  if (out.timeOfViolence !== undefined)
    out.timeOfViolence = toDate(out.timeOfViolence, `${prefix}.timeOfViolence`);
  const cs = out.courtSanction;
  if (cs !== null && typeof cs === "object" && "at" in cs)
    out.courtSanction = { ...cs, at: toDate((cs as { at: unknown }).at, `${prefix}.courtSanction.at`) };
  return out;
}

/** The stored normalised measure (jsonb) back to the law's value. */
export function reviveMeasure(json: Record<string, unknown>): NormalizedMeasure {
  const details = (json.details ?? {}) as Record<string, unknown>;
  return {
    ...json,
    issuedAt: toDate(json.issuedAt, "issuedAt"),
    details: reviveDetails(details),
  } as unknown as NormalizedMeasure;
}

export interface FactRow {
  seq: number;
  type: string;
  at: Date;
  data: Record<string, unknown>;
  recorded_by: string | null;
  recorded_at: Date;
}

/** A stored fact as the law sees it (extra fields such as `place` are carried and ignored by the law). */
export function factOfRow(r: FactRow): MeasureFact {
  return { ...r.data, type: r.type, at: new Date(r.at) } as unknown as MeasureFact;
}

export function recordedFact(r: FactRow): RecordedFact {
  return {
    seq: r.seq,
    type: r.type,
    at: new Date(r.at).toISOString(),
    data: r.data,
    recordedBy: r.recorded_by,
    recordedAt: new Date(r.recorded_at).toISOString(),
  };
}

function oneOf<T extends string>(list: readonly T[], value: string | undefined, field: string): T {
  if (value === undefined) throw new AppError("validation.failed", `${field} is required.`, { field });
  if (!(list as readonly string[]).includes(value))
    throw new AppError("validation.failed", `Unknown ${field}: ${value}.`, { field });
  return value as T;
}

function need<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new AppError("validation.failed", `${field} is required.`, { field });
  return value;
}

/**
 * The body of a new fact as the law's fact plus the extra data stored beside it (the place of a check).
 * Closed lists are checked here (the boundary); what may follow what is the law's (validateFact).
 */
export function factFromBody(b: MeasureFactCreate): { fact: MeasureFact; data: Record<string, unknown> } {
  const type = oneOf<MeasureFactType>(MEASURE_FACT_TYPES, b.type, "type");
  const base = { ...(b.note !== undefined ? { note: b.note } : {}) };
  let own: Record<string, unknown> = {};
  switch (type) {
    case "served":
      own = { channel: oneOf(SERVICE_CHANNELS, b.channel, "channel") };
      break;
    case "signature_refused":
      own = b.witnessedBy !== undefined ? { witnessedBy: b.witnessedBy } : {};
      break;
    case "notice_sent":
      own = { to: oneOf(NOTICE_RECIPIENTS, b.to, "to") };
      break;
    case "control_check":
      own = { outcome: oneOf(CONTROL_OUTCOMES, b.outcome, "outcome"), place: need(b.place, "place") };
      break;
    case "violation":
      own = b.protocol !== undefined ? { protocol: b.protocol } : {};
      break;
    case "extended":
      own = { until: need(b.until, "until") };
      break;
    case "appeal_decided":
      own = {
        outcome: oneOf(["upheld", "annulled", "amended"] as const, b.outcome, "outcome"),
        ...(b.validUntil !== undefined ? { validUntil: b.validUntil } : {}),
      };
      break;
    case "terminated":
      own = { ground: oneOf(TERMINATION_GROUNDS, b.ground, "ground") };
      break;
    case "court_sanctioned":
      own = b.reference !== undefined ? { reference: b.reference } : {};
      break;
    case "superseded":
      own = { supersedes: need(b.supersedes, "supersedes") };
      break;
    default:
      own = {};
  }
  const data = { ...base, ...own };
  const at = toDate(b.at, "at");
  return { fact: { ...data, type, at } as unknown as MeasureFact, data };
}
