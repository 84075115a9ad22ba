import { FIGURE_MIN_CELL } from "@aldyn/contract";

/**
 * Disclosure control of published counts (R8; ARCHITECTURE "Figures": anything published passes
 * small-cell and secondary suppression). Cells are named by keys; `sums` lists the additive relations
 * the publication shows — each a list of cells whose first is the sum of the others (a total and its
 * parts) — since any cell of such a relation can be recomputed from the others when it alone is hidden.
 *
 * 1. Primary: a count from 1 to `min - 1` is suppressed (a zero tells of no one).
 * 2. Secondary: while some relation has exactly one suppressed cell, the smallest other cell of it
 *    (a part before the total, a non-zero one before a zero) is suppressed too. Every round suppresses
 *    at least one cell, so it ends; what it returns leaves no relation with a lone hidden cell.
 *
 * A cell shared by relations (a district's count of reports is the sum of its categories and of its
 * channels, and a part of the region's total) is one key, so hiding it counts in all of them.
 */
export function suppressedCells(
  counts: ReadonlyMap<string, number>,
  sums: readonly (readonly string[])[],
  min = FIGURE_MIN_CELL,
): Set<string> {
  const hidden = new Set<string>();
  for (const [k, n] of counts) if (n > 0 && n < min) hidden.add(k);
  const value = (k: string) => counts.get(k) ?? 0;
  for (;;) {
    let changed = false;
    for (const rel of sums) {
      const lone = rel.filter((k) => hidden.has(k));
      if (lone.length !== 1) continue;
      // The total is rel[0]: a part is hidden before it, so the total stays published where it can.
      const candidates = rel
        .map((k, i) => ({ k, i, n: value(k) }))
        .filter((c) => !hidden.has(c.k))
        .sort(
          (a, b) =>
            Number(a.i === 0) - Number(b.i === 0) || Number(a.n === 0) - Number(b.n === 0) || a.n - b.n,
        );
      const pick = candidates[0];
      if (!pick) continue;
      hidden.add(pick.k);
      changed = true;
    }
    if (!changed) return hidden;
  }
}

/** The published form of a count: the number, or "suppressed". */
export function publishedCount(key: string, n: number, hidden: ReadonlySet<string>): number | "suppressed" {
  return hidden.has(key) ? "suppressed" : n;
}

/**
 * A median over `base` records: null when there is none, suppressed when the base is small (a median of
 * two or three durations tells of single hand-offs), else the value rounded to `digits`. A base hidden
 * only to protect another cell of its sum (secondary) does not hide a median over many records.
 */
export function publishedMedian(
  base: number,
  value: number | null,
  digits: number,
  min = FIGURE_MIN_CELL,
): number | "suppressed" | null {
  if (base === 0 || value === null) return null;
  if (base < min) return "suppressed";
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * A share `part / whole`: null of nothing; suppressed when the whole is small or either count is
 * hidden — with one of them published, the share would give the other away.
 */
export function publishedShare(
  part: { key: string; n: number },
  whole: { key: string; n: number },
  hidden: ReadonlySet<string>,
  min = FIGURE_MIN_CELL,
): number | "suppressed" | null {
  if (whole.n === 0) return null;
  if (whole.n < min || hidden.has(part.key) || hidden.has(whole.key)) return "suppressed";
  return Math.round((part.n / whole.n) * 1000) / 1000;
}
