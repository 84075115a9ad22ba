import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizeReport, reportConcernsBody } from "../citizen-reports/triage-access.ts";
import { appendReportFacts, loadReport } from "../citizen-reports/triage.queries.ts";

/** The response to every report of domestic violence is immediate (001 Art. 72(3)(1)). */
export const INCIDENT_REPORT_ARTICLE = "001 Art. 72(3)(1)";

/**
 * The report's side of an incident recorded on it: the report must exist and be readable by the
 * officer (a 400 on `citizenReportId` otherwise, nothing written), and its timeline gets a
 * `linked_incident` fact — the report is row-locked, so its facts stay in order. The fact names the
 * incident by id only: what the incident says stays behind its own barrier (001 Art. 83(2)).
 */
export async function linkReportToIncident(
  trx: Transaction<Database>,
  ctx: ActCtx,
  reportId: string,
  incidentId: string,
  at: Date,
): Promise<void> {
  const report = await loadReport(trx, reportId, true).catch(() => {
    throw new AppError("validation.failed", "No such report.", { field: "citizenReportId" });
  });
  authorizeReport(
    ctx.actor,
    "read",
    report.territory_path,
    await reportConcernsBody(trx, reportId, ctx.actor.bodyId),
  );
  await appendReportFacts(trx, reportId, [
    {
      type: "linked_incident",
      at,
      data: { incidentId, article: INCIDENT_REPORT_ARTICLE },
      recordedBy: ctx.userId,
    },
  ]);
}
