import type { z } from "zod";
import type {
  NpmAnnualRecipientAnswer,
  NpmAnnualRecipientCreate,
  NpmAnnualReportPublication,
} from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { loadReport, updateReport } from "./annual-reports.ts";
import { guard, staleVersion, type ActCtx, type NpmDeps } from "./npm-deps.ts";

/**
 * What happens to the annual report after the Council approves it: it is sent to the authorised state
 * bodies and posted on the Commissioner's website within one month (000 Art. 34(3)), and each body
 * informs the Commissioner of the measures taken within three months (000 Art. 36(2)). The
 * Commissioner's office records these (`update` on `npm_annual_report`, see access/policy.ts).
 */

const ONLY_APPROVED = "000 Art. 34(3)";

function notApproved(what: string): AppError {
  return new AppError("validation.failed", `${what} (${ONLY_APPROVED}).`, {
    field: "year",
    article: ONLY_APPROVED,
  });
}

/** Marks the report sent to the state bodies and posted on the Commissioner's website (34(3)). */
export async function recordPublication(
  deps: NpmDeps,
  ctx: ActCtx,
  year: number,
  body: z.infer<typeof NpmAnnualReportPublication>,
): Promise<void> {
  guard(ctx, "update", "npm_annual_report");
  const row = await loadReport(deps, year);
  if (!row.approved_on)
    throw notApproved("Only a report approved by the Coordinating Council is sent and posted");
  await updateReport(deps, ctx, year, body.version, "publication", {
    ...(body.sentToBodiesOn ? { sent_to_bodies_on: body.sentToBodiesOn } : {}),
    ...(body.postedOn ? { posted_on: body.postedOn } : {}),
  });
}

/** A state body received the approved report: its three months to answer start (000 Art. 36(2)). */
export async function addRecipient(
  deps: NpmDeps,
  ctx: ActCtx,
  year: number,
  body: z.infer<typeof NpmAnnualRecipientCreate>,
): Promise<void> {
  guard(ctx, "update", "npm_annual_report");
  const row = await loadReport(deps, year);
  if (!row.approved_on)
    throw notApproved("Only a report approved by the Coordinating Council is sent to state bodies");
  await deps.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto("npm_annual_report_recipient")
      .values({ year, body_name: body.bodyName, received_on: body.receivedOn })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: "npm_annual_report.recipient",
      recordType: "npm_annual_report_recipient",
      recordId: r.id,
    });
  });
}

/** The state body's answer on the measures taken (000 Art. 36(2)); the change and its audit row commit together. */
export async function answerRecipient(
  deps: NpmDeps,
  ctx: ActCtx,
  year: number,
  id: string,
  body: z.infer<typeof NpmAnnualRecipientAnswer>,
): Promise<void> {
  guard(ctx, "update", "npm_annual_report");
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("npm_annual_report_recipient")
      .set({ answered_on: body.answeredOn, version: body.version + 1 })
      .where("id", "=", id)
      .where("year", "=", year)
      .where("version", "=", body.version)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) {
      const exists = await trx
        .selectFrom("npm_annual_report_recipient")
        .select("id")
        .where("id", "=", id)
        .where("year", "=", year)
        .executeTakeFirst();
      throw exists ? staleVersion() : notFound("The state body's receipt");
    }
    await recordAudit(trx, ctx.audit, {
      action: "npm_annual_report.answer",
      recordType: "npm_annual_report_recipient",
      recordId: id,
    });
  });
}
