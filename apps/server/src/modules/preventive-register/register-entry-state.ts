import { sql, type RawBuilder, type Transaction } from "kysely";
import {
  deriveRegisterEntry,
  legalDateOf,
  rulesFor,
  stricterFrequency,
  isMeasureKind,
  type ControlFrequency,
  type RegisterEntry,
  type RegisterEntryState,
  type RegisterFact,
  type RegisterGround,
  type RegisterMeasureValidity,
} from "@aldyn/law";
import type { Database } from "../../db/schema.ts";
import type { Db } from "../../db/pool.ts";
import type { MeasureDeps } from "../preventive-measures/measure-deps.ts";

type Conn = Transaction<Database> | Db;

export interface EntryRow {
  id: string;
  person_id: string;
  ground: string;
  territory_path: string;
  placed_on: string;
  placed_by_body: string;
  placed_by_kind: string;
  rights_explained: boolean;
  control_frequency: Record<string, unknown> | null;
  likelihood_level: string | null;
  likelihood_rationale: Record<string, unknown> | null;
  version: number;
  birth_date: string;
}

export interface RegisterFactRow {
  seq: number;
  type: string;
  on: string;
  data: Record<string, unknown>;
  recorded_by: string | null;
  recorded_at: Date;
}

export interface LinkedMeasureRow {
  id: string;
  kind: string;
  issued_at: Date;
  valid_from: string | null;
  valid_until: string | null;
}

export async function loadEntry(db: Conn, id: string): Promise<EntryRow | undefined> {
  return db
    .selectFrom("register_entry as e")
    .innerJoin("person as p", "p.id", "e.person_id")
    .select([
      "e.id",
      "e.person_id",
      "e.ground",
      "e.territory_path",
      "e.placed_on",
      "e.placed_by_body",
      "e.placed_by_kind",
      "e.rights_explained",
      "e.control_frequency",
      "e.likelihood_level",
      "e.likelihood_rationale",
      "e.version",
      "p.birth_date",
    ])
    .where("e.id", "=", id)
    .executeTakeFirst();
}

export async function loadRegisterFacts(db: Conn, id: string): Promise<RegisterFactRow[]> {
  return db
    .selectFrom("register_fact")
    .select(["seq", "type", "on", "data", "recorded_by", "recorded_at"])
    .where("entry_id", "=", id)
    .orderBy("seq")
    .execute();
}

export async function loadLinkedMeasures(db: Conn, id: string): Promise<LinkedMeasureRow[]> {
  return db
    .selectFrom("register_entry_measure as l")
    .innerJoin("measure as m", "m.id", "l.measure_id")
    .select(["m.id", "m.kind", "m.issued_at", "m.valid_from", "m.valid_until"])
    .where("l.entry_id", "=", id)
    .orderBy("m.issued_at")
    .execute();
}

/**
 * An entry with everything re-deriving it takes (its row, the measures that carry it, its facts), as a
 * write reads it in the same statement as the measure it writes for.
 */
export interface EntryState extends EntryRow {
  status: string;
  last_day: string | null;
  measures: LinkedMeasureRow[];
  facts: LawFactRow[];
}

/** What of a register fact the law and the next sequence number need. */
export type LawFactRow = Pick<RegisterFactRow, "seq" | "type" | "on" | "data">;

/**
 * The entries whose ids `ids` selects (one column), each with its linked measures and its facts, as
 * one json array (newest placement first): a subquery for the select list of a larger read, so a write
 * reads a measure and the entries it touches in one statement.
 */
export function entryStatesSql(ids: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`coalesce((SELECT json_agg(json_build_object(
      'id', e.id, 'person_id', e.person_id, 'ground', e.ground, 'territory_path', e.territory_path,
      'placed_on', e.placed_on, 'placed_by_body', e.placed_by_body, 'placed_by_kind', e.placed_by_kind,
      'rights_explained', e.rights_explained, 'control_frequency', e.control_frequency,
      'likelihood_level', e.likelihood_level, 'likelihood_rationale', e.likelihood_rationale,
      'version', e.version, 'birth_date', ep.birth_date, 'status', e.status, 'last_day', e.last_day,
      'measures', coalesce((SELECT json_agg(json_build_object('id', lm.id, 'kind', lm.kind,
          'issued_at', lm.issued_at, 'valid_from', lm.valid_from, 'valid_until', lm.valid_until)
          ORDER BY lm.issued_at)
        FROM register_entry_measure l JOIN measure lm ON lm.id = l.measure_id WHERE l.entry_id = e.id), '[]'),
      'facts', coalesce((SELECT json_agg(json_build_object('seq', f.seq, 'type', f.type, 'on', f."on",
          'data', f.data) ORDER BY f.seq)
        FROM register_fact f WHERE f.entry_id = e.id), '[]')
    ) ORDER BY e.placed_on DESC)
    FROM (${ids}) AS ids(id) JOIN register_entry e ON e.id = ids.id
    JOIN person ep ON ep.id = e.person_id), '[]')`;
}

/** The json of entryStatesSql with its instants revived. */
export function entryStatesOf(json: unknown): EntryState[] {
  return (json as EntryState[]).map((e) => ({
    ...e,
    measures: e.measures.map((m) => ({ ...m, issued_at: new Date(m.issued_at) })),
  }));
}

/** The projection columns of an entry as the law derives them on `today`. */
export interface EntryProjection {
  status: string;
  last_day: string | null;
  auto_end_on: string | null;
  next_control_due: string | null;
}

/** Derives an entry's projection columns from its row, linked measures and facts (001 Art. 59). */
export function entryProjection(
  e: EntryRow,
  measures: readonly LinkedMeasureRow[],
  facts: readonly LawFactRow[],
  today: string,
): { state: RegisterEntryState; projection: EntryProjection } {
  const s = deriveRegisterEntry(lawEntry(e, measures), lawFacts(facts), today);
  return {
    state: s,
    projection: {
      status: s.status,
      last_day: s.lastDay,
      auto_end_on: autoEndOf(s),
      next_control_due: s.status === "active" ? (s.control?.nextDue ?? null) : null,
    },
  };
}

/** Register facts the law knows (placement and likelihood assessments are records of ours). */
export function lawFacts(rows: readonly LawFactRow[]): RegisterFact[] {
  return rows
    .filter((r) => ["control_check", "extended", "terminated", "appealed", "appeal_decided"].includes(r.type))
    .map((r) => ({ ...r.data, type: r.type, on: r.on }) as unknown as RegisterFact);
}

/**
 * A linked measure's validity as 001 Art. 59(7) counts it. Choices: registration stands from the
 * decision (the measure places from issue, 59(2)), so a period runs from the earlier of issue and
 * the start of validity; a measure not yet in effect (a warning not yet served) is open-ended until
 * its term is known; a measure that places only on release (graduates, 59(2)(9)) carries no term —
 * the registration is then itself the measure (48(3)(10)).
 */
export function validityOf(m: LinkedMeasureRow): RegisterMeasureValidity | null {
  if (!isMeasureKind(m.kind) || rulesFor(m.kind).register?.onRelease) return null;
  const issuedOn = legalDateOf(new Date(m.issued_at));
  if (m.valid_from === null) return { validFrom: issuedOn, validUntil: null };
  return { validFrom: m.valid_from < issuedOn ? m.valid_from : issuedOn, validUntil: m.valid_until };
}

/** The strictest legal control minimum of the linked measures (001 Arts. 51(6), 60(5)), if any. */
export function legalMinimumOf(measures: readonly LinkedMeasureRow[]): ControlFrequency | undefined {
  let out: ControlFrequency | undefined;
  for (const m of measures) {
    const f = isMeasureKind(m.kind) ? rulesFor(m.kind).control?.frequency : undefined;
    if (f) out = out ? stricterFrequency(out, f) : f;
  }
  return out;
}

/** The entry as the law takes it: the assessed frequency never below the measures' legal minimum (59(10)). */
export function lawEntry(e: EntryRow, measures: readonly LinkedMeasureRow[]): RegisterEntry {
  const assessed = e.control_frequency as ControlFrequency | null;
  const legal = legalMinimumOf(measures);
  const frequency = assessed && legal ? stricterFrequency(legal, assessed) : (assessed ?? legal);
  return {
    ground: e.ground as RegisterGround,
    subjectBirthDate: e.birth_date,
    placedOn: e.placed_on,
    measures: measures.map(validityOf).filter((v): v is RegisterMeasureValidity => v !== null),
    ...(frequency ? { controlFrequency: frequency } : {}),
  };
}

/** The first day off the register that follows from dates alone (expiry 59(8)(2), 18th birthday 59(8)(4)). */
export function autoEndOf(s: RegisterEntryState): string | null {
  if (s.termination) return s.termination.automatic ? s.termination.on : null;
  return s.scheduledTermination?.automatic ? s.scheduledTermination.on : null;
}

/** Re-derives an entry and stores its projection columns, in the caller's transaction. */
export async function refreshEntry(
  trx: Transaction<Database>,
  deps: MeasureDeps,
  id: string,
): Promise<RegisterEntryState> {
  const e = (await loadEntry(trx, id))!;
  const measures = await loadLinkedMeasures(trx, id);
  const facts = await loadRegisterFacts(trx, id);
  const { state, projection } = entryProjection(e, measures, facts, legalDateOf(deps.now()));
  await trx
    .updateTable("register_entry")
    .set({ ...projection, updated_at: sql`now()` })
    .where("id", "=", id)
    .execute();
  return state;
}
