import type { PublicReportStatus } from "@aldyn/contract";
import { recordAudit, type AuditContext } from "../../audit/record.ts";
import { notFound } from "../../errors/app-error.ts";
import type { IntakeDeps } from "./intake-deps.ts";
import { trackingCodeHash } from "./report-tracking-code.ts";

/**
 * The facts that are answers to the reporter: an operator's answer (`answered`) and a receiving
 * body's answer published for the reporter (`answer_published`), each with `data.text` (R6; 001
 * Arts. 6(4), 49(2)). Written by triage (answer-report.ts); read here.
 */
export const ANSWER_FACT_TYPES = ["answered", "answer_published"] as const;

/**
 * What a tracking code reads (R6): the report's number, when it came, its status and the answers
 * published to the reporter — nothing else (no description, no contacts, no body, no person). The code
 * is looked up by its hash, the same one statement whatever was typed, so a wrong or malformed code is
 * the same plain 404 as an unknown one, found in the same time and telling nothing. A code opens only
 * the report whose hash it is. The read is audited without an actor (the reporter is not a user).
 */
export async function trackReport(
  deps: Pick<IntakeDeps, "db">,
  audit: AuditContext,
  code: string,
): Promise<PublicReportStatus> {
  const hash = trackingCodeHash(code);
  const report = await deps.db
    .selectFrom("citizen_report")
    .select(["id", "registration_number", "received_at", "status"])
    .where("tracking_code_hash", "=", hash)
    .executeTakeFirst();
  if (!report) throw notFound("The report");
  const answers = await deps.db
    .selectFrom("citizen_report_fact")
    .select(["at", "data"])
    .where("report_id", "=", report.id)
    .where("type", "in", ANSWER_FACT_TYPES)
    .orderBy("seq")
    .execute();
  await recordAudit(deps.db, audit, {
    action: "citizen_report.track",
    recordType: "citizen_report",
    recordId: report.id,
    fields: ["status", "answers"],
  });
  return {
    registrationNumber: report.registration_number,
    receivedAt: new Date(report.received_at).toISOString(),
    status: report.status,
    answers: answers
      .map((a) => ({ at: new Date(a.at).toISOString(), text: (a.data as { text?: unknown }).text }))
      .filter((a): a is { at: string; text: string } => typeof a.text === "string" && a.text !== ""),
  };
}
