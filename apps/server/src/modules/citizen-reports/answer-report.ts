import { sql, type Kysely } from "kysely";
import type { ReportAnswerInput } from "@aldyn/contract";
import type { Database } from "../../db/schema.ts";
import { recordAudit } from "../../audit/record.ts";
import type { HandoffRecordHooks } from "../handoffs/handoff-deps.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { reportForWrite } from "./report-lock.ts";
import { queueMessengerAnswer } from "./telegram-outbox.ts";
import type { TriageDeps } from "./triage-deps.ts";
import { appendReportFacts, loadReport } from "./triage.queries.ts";

/** Every report is reviewed and answered (001 Arts. 6(4), 49(2)). */
export const ANSWER_ARTICLE = "001 Art. 49(2)";

/**
 * The answer the reporter reads by the tracking code (R6; 001 Arts. 6(4), 49(2)): an `answered` fact
 * with its text, the report `answered` from its first answer. A report is answered once from the
 * triage desk: a second answer is a 409 `report.already_answered` (a receiving body's own answer comes
 * through its hand-off, citizenReportHooks). A duplicate is answered through the report it repeats.
 */
export async function answerReport(
  deps: TriageDeps,
  ctx: ActCtx,
  id: string,
  body: ReportAnswerInput,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await reportForWrite(trx, deps, ctx, id, body.version);
    if (row.status === "closed")
      throw new AppError("report.closed", "The report is closed (a duplicate of another).", {
        field: "status",
      });
    const already = await sql<{ n: number }>`SELECT count(*)::integer AS n FROM citizen_report_fact
      WHERE report_id = ${id}::uuid AND type = 'answered'`.execute(trx);
    if (already.rows[0]!.n > 0)
      throw new AppError("report.already_answered", "The report has been answered.", {
        field: "text",
        article: ANSWER_ARTICLE,
      });
    const at = deps.now();
    await appendReportFacts(trx, id, [
      { type: "answered", at, data: { text: body.text }, recordedBy: ctx.userId },
    ]);
    await markAnswered(trx, id, at);
    // A report that came through the bot gets the answer in its chat too (the others read it by the code).
    await queueMessengerAnswer(trx, id, body.text);
    await recordAudit(trx, ctx.audit, {
      action: "citizen_report.answer",
      recordType: "citizen_report",
      recordId: id,
    });
  });
}

/** The report's projection after an answer reached the reporter: answered from the first one. */
async function markAnswered(trx: Kysely<Database>, id: string, at: Date): Promise<void> {
  await sql`UPDATE citizen_report SET answered_at = coalesce(answered_at, ${at}::timestamptz),
      status = CASE WHEN status IN ('received', 'triaged', 'routed') THEN 'answered' ELSE status END,
      version = version + 1, updated_at = now()
    WHERE id = ${id}::uuid`.execute(trx);
}

/**
 * A receiving body answered its hand-off about a report with words for the reporter
 * (HandoffRecordHooks.onAnswered for `citizen_report`): they are published as an `answer_published`
 * fact the reporter reads by the tracking code, in the hand-off's transaction, and the report counts
 * as answered from the first such answer (001 Art. 49(2)). Without words for the reporter nothing is
 * published: the outcome stays between the bodies. The hand-off's module writes its own audit row;
 * the report's change gets one here.
 */
export function citizenReportHooks(deps: { readonly now: () => Date }): HandoffRecordHooks {
  return {
    async onAnswered(trx, handoff, answer, actor) {
      const words = answer.answerForReporter?.trim();
      if (!words) return;
      const row = await loadReport(trx, handoff.recordId, true);
      const now = deps.now();
      await appendReportFacts(trx, row.id, [
        {
          type: "answer_published",
          at: now,
          data: { text: words, handoffId: handoff.id, bodyId: handoff.receiverBodyId },
          recordedBy: actor.userId,
        },
      ]);
      await markAnswered(trx, row.id, now);
      await queueMessengerAnswer(trx, row.id, words);
      await recordAudit(trx, actor.audit, {
        action: "citizen_report.answer_published",
        recordType: "citizen_report",
        recordId: row.id,
      });
    },
  };
}
