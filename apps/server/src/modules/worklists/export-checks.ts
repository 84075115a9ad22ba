import type { WorklistQuery } from "@aldyn/contract";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import { listDueChecks } from "./list-due-checks.ts";
import { xlsxOf } from "./xlsx-writer.ts";

/** Rows an export may hold: the whole worklist within scope, bounded so one request stays small. */
export const EXPORT_MAX_ROWS = 10_000;

/**
 * A CSV cell: quoted when needed, and a leading `= + - @` (or tab/CR) neutralised with an apostrophe
 * so a spreadsheet never runs a cell as a formula (CSV injection).
 */
export function csvCell(value: string | number | null): string {
  let s = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header and rows of the due-checks export, in the reader's scope (names only where visible, 59(6)). */
async function exportRows(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: Omit<WorklistQuery, "page" | "pageSize">,
): Promise<{ header: string[]; rows: (string | null)[][] }> {
  authorizeOn(ctx.actor, "read_personal", { type: "control_check", territoryPath: ctx.actor.territoryPath });
  const page = await listDueChecks(deps, ctx, { ...q, page: 1, pageSize: EXPORT_MAX_ROWS });
  return {
    header: ["status", "due_on", "source", "what", "person", "person_id", "territory", "id"],
    rows: page.items.map((i) => [
      i.status,
      i.dueOn,
      i.source,
      i.what,
      i.personName,
      i.personId,
      i.territoryPath,
      i.id,
    ]),
  };
}

/**
 * The due-checks worklist as CSV (R11.7; issue 4 item 9). UTF-8 with a BOM so spreadsheet programs
 * read Cyrillic and Kazakh letters right.
 */
export async function exportChecksCsv(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: Omit<WorklistQuery, "page" | "pageSize">,
): Promise<string> {
  const { header, rows } = await exportRows(deps, ctx, q);
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The same worklist as an XLSX workbook. */
export async function exportChecksXlsx(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: Omit<WorklistQuery, "page" | "pageSize">,
): Promise<Buffer> {
  const { header, rows } = await exportRows(deps, ctx, q);
  return xlsxOf("Due checks", [header, ...rows]);
}
