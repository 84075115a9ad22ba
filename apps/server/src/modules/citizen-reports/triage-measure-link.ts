import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../access/roles.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizeReport, reportConcernsBody } from "./triage-access.ts";
import { appendReportFacts, loadReport } from "./triage.queries.ts";

/** A report or statement of a person or organisation is a ground of individual prevention. */
export const REPORT_GROUND_ARTICLE = "001 Art. 49(1)(1)";
/** The law package's name of that ground (LEGAL_GROUNDS). */
export const REPORT_LEGAL_GROUND = "report_or_statement";

/**
 * The legal ground of a measure taken on a citizen's report (001 Art. 49(1)(1)): the report must exist
 * and be readable by the issuer, and the measure's ground is `report_or_statement` — given so or left
 * out (then it is set); any other ground is a 422 `measure.ground_report_mismatch`.
 */
export async function groundOfReport(
  db: Kysely<Database>,
  actor: Actor,
  reportId: string,
  legalGround: string | undefined,
): Promise<string> {
  if (legalGround !== undefined && legalGround !== REPORT_LEGAL_GROUND)
    throw new AppError(
      "measure.ground_report_mismatch",
      "A measure taken on a citizen's report has a report or statement as its ground.",
      { field: "legalGround", article: REPORT_GROUND_ARTICLE },
    );
  const report = await loadReport(db, reportId).catch(() => {
    throw new AppError("validation.failed", "No such report.", { field: "groundReportId" });
  });
  authorizeReport(actor, "read", report.territory_path, await reportConcernsBody(db, reportId, actor.bodyId));
  return REPORT_LEGAL_GROUND;
}

/**
 * The report's side of the link, in the measure's transaction: a `linked_measure` fact on its
 * timeline (the report is row-locked, so its facts stay in order).
 */
export async function noteMeasureOnReport(
  trx: Kysely<Database>,
  reportId: string,
  measure: { readonly id: string; readonly kind: string },
  userId: string,
  at: Date,
): Promise<void> {
  await loadReport(trx, reportId, true);
  await appendReportFacts(trx, reportId, [
    {
      type: "linked_measure",
      at,
      data: { measureId: measure.id, kind: measure.kind, article: REPORT_GROUND_ARTICLE },
      recordedBy: userId,
    },
  ]);
}
