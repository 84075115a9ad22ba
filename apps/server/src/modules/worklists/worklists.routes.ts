import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { LawConfig } from "@aldyn/law";
import { DueChecksPage, DueDutiesPage, ErrorBody, WorklistExportQuery, WorklistQuery } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { recordAudit } from "../../audit/record.ts";
import { actCtx, measureDeps, type ActCtx, type MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { listDueChecks } from "./list-due-checks.ts";
import { listDueDuties } from "./list-due-duties.ts";
import { exportChecks } from "./export-checks.ts";
import { exportDuties } from "./export-duties.ts";
import { csvOf, exportHeaders, xlsxOfTable, type ExportTable } from "./worklist-export.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The two worklists and what their exports are audited as. */
const LISTS = {
  checks: {
    file: "due-checks",
    sheet: "Due checks",
    recordType: "control_check",
    build: exportChecks,
  },
  duties: {
    file: "due-duties",
    sheet: "Due duties",
    recordType: "measure",
    build: exportDuties,
  },
} as const satisfies Record<
  string,
  {
    file: string;
    sheet: string;
    recordType: string;
    build: (deps: MeasureDeps, ctx: ActCtx, q: WorklistExportQuery) => Promise<ExportTable>;
  }
>;

/**
 * Worklists of control (issue 4 items 4, 9): due and overdue checks and duties, with counts by status
 * and by district; each as CSV and XLSX with the screen's filters, audited as an export.
 */
export function worklistRoutes(
  app: FastifyInstance,
  deps: { db: Db; config: { law: LawConfig }; now?: () => Date },
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
    async (req) => {
      const ctx = actCtx(req);
      const page = await listDueChecks(md, ctx, req.query);
      await recordAudit(md.db, ctx.audit, {
        action: "worklist.checks",
        recordType: "control_check",
        fields: ["personName"],
      });
      return page;
    },
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
    async (req) => {
      const ctx = actCtx(req);
      const page = await listDueDuties(md, ctx, req.query);
      await recordAudit(md.db, ctx.audit, {
        action: "worklist.duties",
        recordType: "measure",
        fields: ["personName"],
      });
      return page;
    },
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
              "export). Past the row limit the file holds the most urgent rows, ends with a #truncated " +
              "row and the response says X-Export-Truncated: true.",
            querystring: WorklistExportQuery,
            produces: [format === "csv" ? "text/csv" : XLSX],
          },
        },
        async (req, reply) => {
          const ctx = actCtx(req);
          const table = await list.build(md, ctx, req.query);
          await recordAudit(md.db, ctx.audit, {
            action: `worklist.${name}.export`,
            recordType: list.recordType,
            fields: ["personName"],
          });
          const filename = `${list.file}-${req.query.scope}.${format}`;
          return reply
            .type(format === "csv" ? "text/csv; charset=utf-8" : XLSX)
            .headers(exportHeaders(table))
            .header("content-disposition", `attachment; filename="${filename}"`)
            .send(format === "csv" ? csvOf(table) : xlsxOfTable(list.sheet, table));
        },
      );
    }
  }
}
