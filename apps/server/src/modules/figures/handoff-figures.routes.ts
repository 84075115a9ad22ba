import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  ErrorBody,
  HandoffFigures,
  HandoffFiguresExportQuery,
  HandoffFiguresQuery,
  ReportFigures,
  ReportFiguresExportQuery,
  ReportFiguresQuery,
} from "@aldyn/contract";
import { can } from "../../access/can.ts";
import type { Actor } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
import { reportReader } from "../../db/replica.ts";
import { AppError } from "../../errors/app-error.ts";
import { requireAuth } from "../../http/request-context.ts";
import { handoffFigures } from "./handoff-figures.ts";
import {
  figuresCsv,
  figuresXlsx,
  handoffFiguresSheet,
  reportFiguresSheet,
} from "./handoff-figures-export.ts";
import { reportFigures } from "./report-figures.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Files of statistics are `export` of aggregate_report (R11.7): heads, prosecutors and analysts. */
function mayExport(actor: Actor): void {
  const d = can(actor, "export", { type: "aggregate_report", territoryPath: actor.territoryPath });
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

/**
 * Figures of hand-offs between bodies and of reports from citizens (R6, R8), and their CSV/XLSX files
 * in `lang`. Aggregates only (declared in the contract's HANDOFF_FIGURES and REPORT_FIGURES, passed
 * through disclosure control), so no read of personal data is audited here (R11.2 audits those);
 * access is `can(actor, "read", aggregate_report)` in the territory asked, `export` for the files.
 * Read from the replica when one is attached: a lag of seconds does not change a median.
 */
export function handoffFiguresRoutes(app: FastifyInstance, deps: { db: Db; now?: () => Date }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const now = deps.now ?? (() => new Date());
  const fd = () => ({ db: reportReader(deps.db), now });

  r.get(
    "/api/v1/figures/handoffs",
    {
      schema: {
        tags: ["figures"],
        summary:
          "Hand-offs sent in a period and territory: acknowledged, answered, declined, overdue share and median " +
          "hours to acknowledge and to answer, per part of the territory, receiving body and legal ground",
        querystring: HandoffFiguresQuery,
        response: { 200: HandoffFigures, ...errors },
      },
    },
    async (req) => handoffFigures(fd(), requireAuth(req).actor, req.query),
  );

  r.get(
    "/api/v1/figures/reports",
    {
      schema: {
        tags: ["figures"],
        summary:
          "Reports from citizens received in a period and territory by category and intake channel, answered and " +
          "answered late, per part of the territory",
        querystring: ReportFiguresQuery,
        response: { 200: ReportFigures, ...errors },
      },
    },
    async (req) => reportFigures(fd(), requireAuth(req).actor, req.query),
  );

  const files = {
    handoffs: {
      query: HandoffFiguresExportQuery,
      build: async (actor: Actor, q: HandoffFiguresExportQuery) =>
        handoffFiguresSheet(await handoffFigures(fd(), actor, q), q.lang),
    },
    reports: {
      query: ReportFiguresExportQuery,
      build: async (actor: Actor, q: ReportFiguresExportQuery) =>
        reportFiguresSheet(await reportFigures(fd(), actor, q), q.lang),
    },
  };
  for (const [name, file] of Object.entries(files)) {
    for (const format of ["csv", "xlsx"] as const) {
      r.get(
        `/api/v1/figures/${name}.${format}`,
        {
          schema: {
            tags: ["figures"],
            summary:
              `The ${name} figures as ${format.toUpperCase()}, written in \`lang\` (kk, ru, en): names, the ` +
              "article in words and dates for reading; a suppressed cell is written as the word for it, and " +
              "the last rows say what the file covers and why cells are missing",
            querystring: file.query,
            produces: [format === "csv" ? "text/csv" : XLSX],
          },
        },
        async (req, reply) => {
          const actor = requireAuth(req).actor;
          mayExport(actor);
          const sheet = await file.build(actor, req.query);
          const q = req.query;
          const filename = `${name}-figures-${q.territory ?? "own"}-${q.lang}.${format}`;
          return reply
            .type(format === "csv" ? "text/csv; charset=utf-8" : XLSX)
            .header("content-disposition", `attachment; filename="${filename}"`)
            .send(format === "csv" ? figuresCsv(sheet) : figuresXlsx(sheet));
        },
      );
    }
  }
}
