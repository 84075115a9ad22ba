import { ASSESSMENT_FIGURES } from "@aldyn/law";
import type { PackFigure, PackSchedule, ScheduleItem } from "./dvAssessmentApi.ts";

/**
 * The figures of the pack in the order the law package declares them (ASSESSMENT_FIGURES,
 * 001 Art. 72(4),(7)). A figure the server adds later comes after these, under its code.
 */
const ORDER: readonly string[] = ASSESSMENT_FIGURES.map((f) => f.code);

export function figureRows(figures: readonly PackFigure[]): PackFigure[] {
  const rank = (code: string) => {
    const i = ORDER.indexOf(code);
    return i < 0 ? ORDER.length : i;
  };
  return [...figures].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}

/** The half-year a date falls in (Almaty calendar date "YYYY-MM-DD"): January-June is 1. */
export function halfOf(date: string): { year: number; half: 1 | 2 } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year, half: month <= 6 ? 1 : 2 };
}

/** The half-years missed (72(4): every six months), the latest first. */
export function missedPeriods(s: PackSchedule | undefined): ScheduleItem[] {
  return (s?.periods ?? [])
    .filter((p) => p.state === "missed")
    .sort((a, b) => b.year - a.year || b.half - a.half);
}
