/**
 * A duty of the NPM that the system schedules and shows when overdue (REQUIREMENTS R10): reports
 * (003 p.28), reports of signs of torture (003 p.26), registration and transfer of complaints
 * (000 Art. 30(4); 003 pp.12-13).
 */
import type { Citation } from "../core/citation.ts";
import { addHours } from "../calendar/legal-date.ts";

/** Kinds of NPM duty, each with its provision. */
export type NpmDutyKind =
  | "submit_visit_report" // 003 p.28
  | "report_torture_signs_to_prosecutor" // 003 p.26
  | "report_torture_signs_to_commissioner" // 003 p.26
  | "register_complaint" // 000 Art. 30(4); 003 p.12
  | "transfer_complaint_to_commissioner"; // 000 Art. 30(4)

/**
 * A duty: due instant (null where the text sets no term), when done, whether overdue (not done and past
 * due as of the derivation) or late (done after the due instant).
 */
export interface NpmDuty {
  readonly kind: NpmDutyKind;
  readonly article: Citation;
  readonly dueAt: Date | null;
  readonly doneAt: Date | null;
  readonly overdue: boolean;
  readonly late: boolean;
  /** Ids of what the duty concerns (visit, complaint, revelation instant). */
  readonly params: Readonly<Record<string, string>>;
}

/** Builds a duty as of an instant; a fact after `asOf` is not yet known and counts as not done. */
export function npmDuty(
  kind: NpmDutyKind,
  article: Citation,
  dueAt: Date | null,
  doneAt: Date | null,
  asOf: Date,
  params: Record<string, string>,
): NpmDuty {
  const done = doneAt !== null && doneAt <= asOf ? doneAt : null;
  const overdue = dueAt !== null && done === null && asOf > dueAt;
  const late = dueAt !== null && done !== null && done > dueAt;
  return { kind, article, dueAt, doneAt: done, overdue, late, params };
}

/** The due instant `hours` after `from`, or null when no term is configured. */
export function npmDueAfterHours(from: Date, hours: number | null): Date | null {
  return hours === null ? null : addHours(from, hours);
}
