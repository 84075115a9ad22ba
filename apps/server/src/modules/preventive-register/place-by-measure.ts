import { randomUUID } from "node:crypto";
import { legalDateOf, validatePlacement, type DerivedMeasure, type IssuerKind } from "@aldyn/law";
import type { AuditEntry } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import type { RegisterFactInsert } from "./check-carried-entries.ts";
import {
  entryProjection,
  type EntryProjection,
  type EntryState,
  type LinkedMeasureRow,
} from "./register-entry-state.ts";

/** The measure whose placement is synchronised, with its validity as just derived. */
export interface PlacingMeasure {
  readonly id: string;
  readonly kind: string;
  readonly issuedAt: Date;
  readonly personId: string | null;
  readonly birthDate: string | null;
  readonly territoryPath: string;
  readonly issuerBodyId: string;
  readonly issuerKind: IssuerKind;
}

/** A new entry opened by the measure, with its projection and its `placed` fact. */
export interface NewEntry extends EntryProjection {
  readonly id: string;
  readonly person_id: string;
  readonly ground: string;
  readonly territory_path: string;
  readonly placed_on: string;
  readonly placed_by_body: string;
  readonly placed_by_user: string;
  readonly placed_by_kind: string;
  readonly rights_explained: boolean;
}

/**
 * A carried entry's new projection. `version` is the one read with the measure: the write applies only
 * if nobody changed the entry since (else it is re-planned); `bump` when a fact is added (every fact
 * increments the version, 0004).
 */
export interface EntryUpdate extends EntryProjection {
  readonly id: string;
  readonly version: number;
  readonly bump: 0 | 1;
}

/** What the register needs written with the measure, in the measure's statement. */
export interface RegisterPlan {
  readonly newEntry: NewEntry | null;
  /** The entry the measure joins (new or running), when it is not linked yet. */
  readonly link: string | null;
  readonly updates: readonly EntryUpdate[];
  /** Facts of existing entries (carried checks) and the new entry's `placed` fact. */
  readonly facts: readonly RegisterFactInsert[];
  readonly audit: readonly AuditEntry[];
  /** Every entry the measure carries after the write. */
  readonly entryIds: readonly string[];
}

/**
 * Keeps the register in step with a measure, in the measure's write (R3.1): a measure that places its
 * subject (001 Art. 59(2), e.g. an official warning 51(4), a protective order 60(7)) joins the person's
 * running entry on that ground, or opens one from the day the ground stands; every entry the measure
 * carries is then re-derived (its term is the measures' validity, 59(7)). Decided from the entries read
 * with the measure (`entries`: those linked to it and the person's active ones), so the whole placement
 * is part of the measure's one write; a placement the law refuses is a 422 before anything is written.
 */
export function planPlacement(
  deps: Pick<MeasureDeps, "law" | "now">,
  ctx: ActCtx,
  m: PlacingMeasure,
  d: DerivedMeasure,
  entries: readonly EntryState[],
  rightsExplained: boolean,
  carried: readonly RegisterFactInsert[] = [],
): RegisterPlan {
  const today = legalDateOf(deps.now());
  const self: LinkedMeasureRow = {
    id: m.id,
    kind: m.kind,
    issued_at: m.issuedAt,
    valid_from: d.validFrom,
    valid_until: d.validUntil,
  };
  // The entry's measures with this one as it now stands (59(7)), in order of issue.
  const withSelf = (measures: readonly LinkedMeasureRow[]) =>
    [...measures.filter((x) => x.id !== m.id), self].sort(
      (a, b) => new Date(a.issued_at).getTime() - new Date(b.issued_at).getTime(),
    );
  const linked = entries.filter((e) => e.measures.some((x) => x.id === m.id));
  let join: EntryState | null = null;
  let newEntry: NewEntry | null = null;
  const facts: RegisterFactInsert[] = [...carried];
  const audit: AuditEntry[] = [];
  const r = d.register;
  if (
    r.places &&
    r.ground &&
    r.since &&
    m.personId &&
    m.birthDate &&
    !linked.some((e) => e.ground === r.ground)
  ) {
    const since = r.since;
    join =
      entries
        .filter(
          (e) =>
            e.person_id === m.personId &&
            e.ground === r.ground &&
            e.status === "active" &&
            (e.last_day === null || e.last_day >= since),
        )
        .sort((a, b) => (a.placed_on < b.placed_on ? 1 : a.placed_on > b.placed_on ? -1 : 0))[0] ?? null;
    if (!join) {
      const refusals = validatePlacement(
        {
          ground: r.ground,
          subjectBirthDate: m.birthDate,
          placedOn: since,
          placedBy: m.issuerKind,
          rightsExplained,
        },
        deps.law,
        // The measure's own article requires the placement; whether rights were explained is
        // recorded on the entry (59(4)) rather than blocking the measure.
      ).filter((x) => x.code !== "register.rights_not_explained");
      if (refusals.length > 0) throw AppError.fromRefusals(refusals);
      const row = {
        id: randomUUID(),
        person_id: m.personId,
        ground: r.ground,
        territory_path: m.territoryPath,
        placed_on: since,
        placed_by_body: m.issuerBodyId,
        placed_by_user: ctx.userId,
        placed_by_kind: m.issuerKind,
        rights_explained: rightsExplained,
      };
      const e = {
        ...row,
        control_frequency: null,
        likelihood_level: null,
        likelihood_rationale: null,
        version: 1,
        birth_date: m.birthDate,
      };
      newEntry = { ...row, ...entryProjection(e, [self], [], today).projection };
      facts.push({
        entry_id: row.id,
        seq: 0,
        type: "placed",
        on: since,
        data: { measureId: m.id, article: r.article, rightsExplained },
        recorded_by: ctx.userId,
      });
      audit.push({
        action: "register_entry.create",
        recordType: "register_entry",
        recordId: row.id,
        fields: ["personId", "ground"],
      });
    }
  }
  const updates = [...linked, ...(join ? [join] : [])].map((e): EntryUpdate => {
    const added = carried.filter((f) => f.entry_id === e.id);
    const { projection } = entryProjection(e, withSelf(e.measures), [...e.facts, ...added], today);
    return { id: e.id, version: e.version, bump: added.length > 0 ? 1 : 0, ...projection };
  });
  return {
    newEntry,
    link: newEntry?.id ?? join?.id ?? null,
    updates,
    facts,
    audit,
    entryIds: [...updates.map((u) => u.id), ...(newEntry ? [newEntry.id] : [])],
  };
}
