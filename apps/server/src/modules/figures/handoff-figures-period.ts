import { legalDateOf, startOfLegalDate, addCalendarDays } from "@aldyn/law";
import { AppError } from "../../errors/app-error.ts";

/** A period of figures: its Almaty dates and the instants it covers, [start, end). */
export interface FiguresPeriod {
  readonly from: string;
  readonly to: string;
  readonly start: Date;
  readonly end: Date;
  readonly today: string;
}

/**
 * The period asked (inclusive Almaty dates; by default 1 January of this year to today), as instants
 * from the start of its first day to the start of the day after its last. A period that starts after
 * it ends is bad input on `from` (400).
 */
export function figuresPeriod(now: Date, from?: string, to?: string): FiguresPeriod {
  const today = legalDateOf(now);
  const f = from ?? `${today.slice(0, 4)}-01-01`;
  const t = to ?? today;
  if (f > t) {
    throw new AppError("validation.failed", "from: the period must start on or before its end.", {
      field: "from",
    });
  }
  return { from: f, to: t, start: startOfLegalDate(f), end: startOfLegalDate(addCalendarDays(t, 1)), today };
}

/**
 * The SQL expression of the part of `column`'s path one level below `parentPath` — `KZ.ABA.ABA01` in
 * `KZ` is `KZ.ABA` — or NULL for a record placed at the parent's own level (no district yet). The
 * parent's path is inlined as a literal (a territory path of the seed, checked here, never user input):
 * grouping sets must name the same expression in the select list and the grouping, which two
 * parameters would not be. Two string functions per row, no array.
 */
export function partPathSql(column: string, parentPath: string): string {
  if (!/^[A-Za-z0-9.]+$/.test(parentPath)) throw new Error(`not a territory path: ${parentPath}`);
  return `CASE WHEN ${column} = '${parentPath}' THEN NULL
    ELSE '${parentPath}.' || split_part(substr(${column}, ${parentPath.length + 2}), '.', 1) END`;
}
