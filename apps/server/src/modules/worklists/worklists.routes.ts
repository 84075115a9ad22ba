import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { LawConfig } from "@aldyn/law";
import { DueChecksPage, DueDutiesPage, ErrorBody, WorklistExportQuery, WorklistQuery } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx, measureDeps, type ActCtx, type MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { listDueChecks } from "./list-due-checks.ts";
import { listDueDuties } from "./list-due-duties.ts";
import { exportChecks } from "./export-checks.ts";
import { exportDuties } from "./export-duties.ts";
import { exportWords } from "./export-texts.ts";
import { csvOf, exportHeaders, xlsxOfTable, type ExportTable } from "./worklist-export.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The two worklists as files; the sheet is named in the file's language (`worklists.export.<sheet>`). */
const LISTS = {
  checks: {
    file: "due-checks",
    sheet: "sheetChecks",
    build: exportChecks,
  },
  duties: {
    file: "due-duties",
    sheet: "sheetDuties",
    build: exportDuties,
  },
} as const satisfies Record<
  string,
  {
    file: string;
    sheet: string;
    build: (deps: MeasureDeps, ctx: ActCtx, q: WorklistExportQuery) => Promise<ExportTable>;
  }
>;

/**
 * Worklists of control (R3.4, R11.7): due and overdue checks and duties, with counts by status and
 * by district; each as CSV and XLSX with the screen's filters in the user's language, audited as an
 * export.
 */
export function worklistRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const md = measureDeps(deps);

  r.get(
    "/api/v1/worklists/checks",
    {
      schema: {
        tags: ["worklists"],
        summary: "Due and overdue control checks (scope: mine, body, district, region) with counts",
        querystring: WorklistQuery,
        response: { 200: DueChecksPage, ...errors },
      },
    },
    async (req) => listDueChecks(md, actCtx(req), req.query),
  );

  r.get(
    "/api/v1/worklists/duties",
    {
      schema: {
        tags: ["worklists"],
        summary:
          "Due and overdue duties of measures (e.g. the prosecutor's copy within 24 hours) with counts",
        querystring: WorklistQuery,
        response: { 200: DueDutiesPage, ...errors },
      },
    },
    async (req) => listDueDuties(md, actCtx(req), req.query),
  );

  for (const [name, list] of Object.entries(LISTS)) {
    for (const format of ["csv", "xlsx"] as const) {
      r.get(
        `/api/v1/worklists/${name}.${format}`,
        {
          schema: {
            tags: ["worklists"],
            summary:
              `The due-${name} worklist as ${format.toUpperCase()} with the screen's filters (audited as an ` +
              "export), written in `lang` (kk, ru, en): headers, statuses, kinds and dates for reading, " +
              "no codes or ids. Past the row limit the file holds the most urgent rows, ends with a " +
              "#truncated row and the response says X-Export-Truncated: true.",
            querystring: WorklistExportQuery,
            produces: [format === "csv" ? "text/csv" : XLSX],
          },
        },
        async (req, reply) => {
          // The export is audited by the statement that reads its persons' names (worklist-page.ts).
          const table = await list.build(md, actCtx(req), req.query);
          const words = exportWords(req.query.lang);
          const filename = `${list.file}-${req.query.scope}.${format}`;
          return reply
            .type(format === "csv" ? "text/csv; charset=utf-8" : XLSX)
            .headers(exportHeaders(table))
            .header("content-disposition", `attachment; filename="${filename}"`)
            .send(format === "csv" ? csvOf(table, words) : xlsxOfTable(words.text(list.sheet), table, words));
        },
      );
    }
  }
}
