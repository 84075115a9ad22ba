// Pure helpers of the school's screens (001 Arts. 21(10), 78), tested beside them.
import { ApiError } from "../../api/client.ts";
import type { AttendanceRowError } from "./schoolTypes.ts";

/** The error code of an attendance file refused for its rows: nothing of the file was written. */
export const ROWS_INVALID = "attendance.rows_invalid";

const asRowError = (value: unknown): AttendanceRowError | null => {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const message = typeof v.message === "string" ? v.message : "";
  const code = typeof v.code === "string" ? v.code : "";
  let line = typeof v.line === "number" ? v.line : Number.NaN;
  let field = typeof v.field === "string" ? v.field : "";
  // A detail of the common error shape names the row in its field: "rows.7.iin" or "line 7: iin".
  const named = /(?:^|\.)(?:rows?|lines?)[.[\s:]*(\d+)\]?(?:[.:\s]+(\w+))?/i.exec(field);
  if (Number.isNaN(line) && named) {
    line = Number(named[1]);
    field = named[2] ?? "";
  }
  if (Number.isNaN(line) || (!message && !code)) return null;
  return { line, field, code, message };
};

/**
 * The refused rows of an attendance file (001 Art. 78(2)(4)), by line: the server answers
 * `attendance.rows_invalid` with one detail per bad cell — as `details.rows` or in the common list of
 * details. An error of another kind has none.
 */
export function rowErrorsOf(error: unknown): AttendanceRowError[] {
  if (!(error instanceof ApiError) || error.code !== ROWS_INVALID) return [];
  const raw: unknown = error.details;
  const list: unknown[] = Array.isArray(raw)
    ? raw
    : typeof raw === "object" && raw !== null && Array.isArray((raw as { rows?: unknown }).rows)
      ? (raw as { rows: unknown[] }).rows
      : [];
  return list
    .map(asRowError)
    .filter((r): r is AttendanceRowError => r !== null)
    .sort((a, b) => a.line - b.line);
}

/** The columns of the attendance template, in order (the file's header row names them in its language). */
export const ATTENDANCE_COLUMNS = ["iin", "surname", "givenName", "date", "validReason", "reason"] as const;

/** A calendar quarter (001 Art. 21(10): the schools' prevention work is analysed quarterly). */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** The quarter a legal date "YYYY-MM-DD" falls in. */
export function quarterOf(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), quarter: (Math.floor((month - 1) / 3) + 1) as Quarter["quarter"] };
}

/** The quarter before `q` (the last complete one is what an analysis usually looks at). */
export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1
    ? { year: q.year - 1, quarter: 4 }
    : { year: q.year, quarter: (q.quarter - 1) as Quarter["quarter"] };
}

/** The quarters a picker offers: the current one and the seven before it, newest first. */
export function recentQuarters(today: string, count = 8): Quarter[] {
  const out: Quarter[] = [quarterOf(today)];
  while (out.length < count) out.push(previousQuarter(out[out.length - 1]!));
  return out;
}

export const quarterValue = (q: Quarter) => `${q.year}-Q${q.quarter}`;

export function parseQuarter(value: string | null | undefined): Quarter | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(value ?? "");
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter["quarter"] } : null;
}

/** The share of a plan's steps done, 0-100. */
export function progressPercent(p: { done: number; total: number }): number {
  return p.total === 0 ? 0 : Math.round((100 * p.done) / p.total);
}

/** Whether a step is late: not done and its due date before today. */
export function stepOverdue(step: { dueOn: string; doneOn: string | null }, today: string): boolean {
  return step.doneOn === null && step.dueOn < today;
}

/**
 * Outcomes of a council meeting that need the minor and the legal representatives at the meeting
 * (001 Art. 78(3)): support is assigned with them, and a refusal is theirs to make (78(4)).
 */
export function needsParticipants(outcome: string): boolean {
  return outcome === "support_assigned" || outcome === "representatives_refused";
}

/**
 * The part of a 78(2)(4) window to show: its first day to its last day or today, whichever is
 * earlier. The law's window runs a month from the first absence (missedClassesCriterion), so its
 * end may still be ahead; days not yet come count nothing.
 */
export function windowShown(
  window: { from: string; until: string },
  today: string,
): { from: string; until: string } {
  return { from: window.from, until: window.until < today ? window.until : today };
}

/** How many lines of a refused file are wrong: a line with two bad cells is one line to correct. */
export function badLineCount(rows: readonly { line: number }[]): number {
  return new Set(rows.map((r) => r.line)).size;
}
