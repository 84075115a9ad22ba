import { can } from "./can.ts";
import type { Resource } from "./resources.ts";
import type { Actor, ConfidentialGrant } from "./roles.ts";

/**
 * Confidential parts of a record (R11.1; 001 Art. 83(2)): which parts of a readable record a reader
 * does not get. A record is marked when it is written (migration 0021): a protective order's victims,
 * health data such as a compulsory medical measure. A mark names the part — one field, or the whole
 * record — and the barrier a reader must clear. Pure, no I/O: the marks come from the database.
 */

/** A barrier a marked part of a case record is behind; NPM data are confidential by type instead. */
export type Barrier = ConfidentialGrant;

export const BARRIERS: readonly Barrier[] = ["victim", "health"];

/** The `field` of a mark that covers the whole record (a victim's own person card, a medical measure). */
export const WHOLE_RECORD = "*";

/** Private life, personal and family secrets are not disclosed (001 Art. 83(2)). */
export const CONFIDENTIALITY_ARTICLE = "001 Art. 83(2)";

/** One marked part of a record: `field` is its path as the API shows it, or {@link WHOLE_RECORD}. */
export interface ConfidentialMark {
  readonly field: string;
  readonly barrier: Barrier;
  readonly article: string;
}

/** A part left out of a response, and why: what the web shows as "withheld: victim's data (…)". */
export interface WithheldPart {
  readonly field: string;
  readonly barrier: Barrier;
  readonly article: string;
  readonly reason: string;
  /** On a list: how many records it left out as a whole. */
  readonly count?: number;
}

const REASON: Readonly<Record<Barrier, string>> = {
  victim: "Victim's data: seen by the roles whose task it is or with a grant to victims' data.",
  health: "Health data: seen only with a grant to health data.",
};

/** Whether the record is marked for a part or the whole. */
export function isWholeRecord(part: { readonly field: string }): boolean {
  return part.field === WHOLE_RECORD;
}

/**
 * The marked parts of `resource` the actor does not see. A part is shown when `can` lets the actor
 * read personal fields of the record behind that part's barrier — the same rule, role by role, that
 * decides any confidential record (can.ts: a role never lends its clearance to another; NPM never by
 * grant). `authoredByActor`: the user who recorded the decision sees what they wrote — the official
 * who issues a protective order must name the victim on it and hand the victim a copy on the day of
 * issue (001 Art. 60(1), (4)); withholding it from them would protect nothing.
 */
export function withheldParts(
  actor: Actor,
  resource: Resource,
  marks: readonly ConfidentialMark[],
  opts: { readonly authoredByActor?: boolean } = {},
): WithheldPart[] {
  // The author's exception never opens a record the author may no longer read at all (another
  // territory, a changed role): it lifts the barrier, not the role or the territory.
  if (opts.authoredByActor && can(actor, "read_personal", resource).allowed) return [];
  const cleared = new Map<Barrier, boolean>();
  const clears = (b: Barrier): boolean => {
    let v = cleared.get(b);
    if (v === undefined) {
      v = can(actor, "read_personal", { ...resource, confidential: b }).allowed;
      cleared.set(b, v);
    }
    return v;
  };
  return marks
    .filter((m) => !clears(m.barrier))
    .map((m) => ({ field: m.field, barrier: m.barrier, article: m.article, reason: REASON[m.barrier] }));
}

/** The fields of `fields` a read actually showed: the audit row names only those (R11.2). */
export function shownFields(fields: readonly string[], withheld: readonly WithheldPart[]): string[] {
  const hidden = new Set(withheld.map((w) => w.field));
  return hidden.has(WHOLE_RECORD) ? [] : fields.filter((f) => !hidden.has(f));
}

/** True for a barrier a grant may lift; `npm` never (000 Art. 35; 003 p.29). */
export function isBarrier(value: string): value is Barrier {
  return (BARRIERS as readonly string[]).includes(value);
}
