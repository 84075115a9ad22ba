import type { NpmCoverageItem } from "../../api/npm.ts";

/** The catalogue is paged in the browser: the API returns it whole, filtered by region and type. */
export const INSTITUTIONS_PAGE_SIZE = 50;

/** Lower case with ё read as е and runs of spaces collapsed, so a search finds a name as typed. */
function folded(text: string): string {
  return text.toLocaleLowerCase("ru").replaceAll("ё", "е").replace(/\s+/g, " ").trim();
}

/** Institutions whose name contains every word of the search (case-insensitive); all of them when empty. */
export function searchByName<T extends { name: string }>(items: readonly T[], search: string): T[] {
  const words = folded(search).split(" ").filter(Boolean);
  if (!words.length) return [...items];
  return items.filter((i) => {
    const name = folded(i.name);
    return words.every((w) => name.includes(w));
  });
}

/** Page `page` (from 1) of `items`; a page past the end gives the last page. */
export function pageOf<T>(items: readonly T[], page: number, size = INSTITUTIONS_PAGE_SIZE): T[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, page), last);
  return items.slice((p - 1) * size, p * size);
}

/**
 * Where an institution stands under the four-year rule (003 p.3(1)): never visited (and past the
 * limit), overdue, due within a year, or on time. A never-visited institution whose limit (four years
 * after it became subject to visits) has not passed is "due" or "ok" like any other.
 */
export type CoverageState = "never" | "overdue" | "due" | "ok";

export function coverageState(c: Pick<NpmCoverageItem, "neverVisited" | "overdue" | "due">): CoverageState {
  if (c.overdue) return c.neverVisited ? "never" : "overdue";
  return c.due ? "due" : "ok";
}
