import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import { DueChecksPage, DueDutiesPage, ErrorBody, WorklistQuery, WORKLIST_SCOPES } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { recordAudit } from "../../audit/record.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { listDueChecks } from "./list-due-checks.ts";
import { listDueDuties } from "./list-due-duties.ts";
import { exportChecksCsv, exportChecksXlsx } from "./export-checks.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
const ExportQuery = z.object({
  scope: z.enum(WORKLIST_SCOPES).default("mine"),
  withinDays: z.coerce.number().int().min(0).max(90).default(0),
});

/** Worklists of control (issue 4 item 4, 9): due and overdue checks and duties, with counts; CSV export. */
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
        summary: "Due and overdue control checks (scope: mine, district, region) with counts",
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

  r.get(
    "/api/v1/worklists/checks.csv",
    {
      schema: {
        tags: ["worklists"],
        summary: "The due-checks worklist as CSV within the user's scope (audited as an export)",
        querystring: ExportQuery,
        produces: ["text/csv"],
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const csv = await exportChecksCsv(md, ctx, req.query);
      await recordAudit(md.db, ctx.audit, {
        action: "worklist.checks.export",
        recordType: "control_check",
        fields: ["personName"],
      });
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="due-checks-${req.query.scope}.csv"`)
        .send(csv);
    },
  );

  r.get(
    "/api/v1/worklists/checks.xlsx",
    {
      schema: {
        tags: ["worklists"],
        summary: "The due-checks worklist as XLSX within the user's scope (audited as an export)",
        querystring: ExportQuery,
        produces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const xlsx = await exportChecksXlsx(md, ctx, req.query);
      await recordAudit(md.db, ctx.audit, {
        action: "worklist.checks.export",
        recordType: "control_check",
        fields: ["personName"],
      });
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="due-checks-${req.query.scope}.xlsx"`)
        .send(xlsx);
    },
  );
}
