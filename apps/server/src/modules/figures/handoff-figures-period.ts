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
 * The SQL expression of the part of `path` one level below `parentPath` — `KZ.ABA.ABA01` in `KZ` is
 * `KZ.ABA` — or NULL for a record placed at the parent's own level (no district yet). `depth` is the
 * parent's number of path segments; it is inlined as a number (it is not user input).
 */
export function partPathSql(column: string, depth: number): string {
  if (!Number.isInteger(depth) || depth < 1) throw new Error("depth must be a positive integer");
  return `CASE WHEN array_length(string_to_array(${column}, '.'), 1) > ${depth}
    THEN array_to_string((string_to_array(${column}, '.'))[1:${depth + 1}], '.') END`;
}
