import { WORKLIST_EXPORT_MAX_ROWS, type ExportLanguage } from "@aldyn/contract";
import type { SelectQueryBuilder } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Db } from "../../db/pool.ts";
import type { ExportWords } from "./export-texts.ts";
import { pageOf } from "../../db/paging.ts";
import { xlsxOf, type Cell } from "./xlsx-writer.ts";

/** Rows an export may hold: the whole worklist within scope, bounded so one request stays small. */
export const EXPORT_MAX_ROWS = WORKLIST_EXPORT_MAX_ROWS;

/**
 * A CSV cell: quoted when needed, and a leading `= + - @` (or tab/CR) neutralised with an apostrophe
 * so a spreadsheet never runs a cell as a formula (CSV injection).
 */
export function csvCell(value: Cell): string {
  let s = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** An export: its header, the rows it holds, and how many the list had in all. */
export interface ExportTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly total: number;
}

/** Whether the list had more rows than the export holds. */
export function truncated(t: ExportTable): boolean {
  return t.total > t.rows.length;
}

/**
 * The most urgent `maxRows` rows of a worklist (in its order) and the count of all of them: a list
 * past the cap is exported cut, and says so (`withTrailer`, HTTP headers), never silently. `complete`
 * adds what is read for the exported rows only (the persons' names).
 */
export async function exportTable<DB extends Database, TB extends keyof DB, O, R>(
  base: SelectQueryBuilder<DB, TB, O>,
  order: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
  complete: (rows: O[]) => Promise<R[]>,
  header: readonly string[],
  toCells: (row: R) => readonly Cell[],
  maxRows: number,
): Promise<ExportTable> {
  const { rows, total } = await pageOf(base, order, 1, maxRows);
  return { header, rows: (await complete(rows)).map(toCells), total };
}

/**
 * The header, the rows and — when cut at the cap — a last row saying how many of how many rows the
 * file holds, in the file's language, so a reader of the spreadsheet sees the list is not whole.
 */
function withTrailer(t: ExportTable, words: ExportWords): (readonly Cell[])[] {
  const out: (readonly Cell[])[] = [t.header, ...t.rows];
  if (truncated(t)) {
    out.push(["#truncated", words.text("truncated", { rows: t.rows.length, total: t.total })]);
  }
  return out;
}

/** CSV, UTF-8 with a BOM so spreadsheet programs read Cyrillic and Kazakh letters right. */
export function csvOf(t: ExportTable, words: ExportWords): string {
  const lines = withTrailer(t, words).map((r) => r.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The same table as a one-sheet XLSX workbook. */
export function xlsxOfTable(sheetName: string, t: ExportTable, words: ExportWords): Buffer {
  return xlsxOf(sheetName, withTrailer(t, words));
}

/**
 * The names of the territories the rows lie in, in the file's language (a district's name, not its
 * path): one lookup of the paths the export holds.
 */
export async function territoryNames(
  db: Db,
  paths: readonly string[],
  lang: ExportLanguage,
): Promise<(path: string) => string> {
  const unique = [...new Set(paths)];
  const rows = unique.length
    ? await db
        .selectFrom("territory")
        .select(["path", "name_kk", "name_ru", "name_en"])
        .where("path", "in", unique)
        .execute()
    : [];
  const names = new Map(rows.map((r) => [r.path, { kk: r.name_kk, ru: r.name_ru, en: r.name_en }[lang]]));
  return (path) => names.get(path) ?? "";
}

/** HTTP headers that say how much of the list an export holds (`X-Export-Truncated: true` when cut). */
export function exportHeaders(t: ExportTable): Record<string, string> {
  return {
    "x-export-rows": String(t.rows.length),
    "x-export-total": String(t.total),
    "x-export-truncated": String(truncated(t)),
  };
}
