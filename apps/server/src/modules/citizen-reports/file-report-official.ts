import type { FastifyRequest } from "fastify";
import type { ReportCreate, ReportFiled } from "@aldyn/contract";
import { authorize } from "../../http/authorize.ts";
import { auditContext } from "../../http/request-context.ts";
import { fileReport, notInFuture } from "./file-report.ts";
import { resolveReportPlace } from "./file-report-place.ts";
import type { IntakeDeps } from "./intake-deps.ts";

/**
 * A report an official enters (R6): a hotline call taken by an operator (001 Art. 71(8); the call's
 * time and the caller's consent to a call back), or a report made in person at the official's body
 * (001 Art. 6(4)). Any body takes a report whatever district its facts are in — it must pass them on
 * to the competent body (001 Art. 39(3)) — so the right to create one is asked in the official's own
 * territory, and the report is placed where its facts happened. The receiving body is the official's.
 */
export async function fileOfficialReport(
  deps: IntakeDeps,
  req: FastifyRequest,
  input: ReportCreate,
): Promise<ReportFiled> {
  const auth = authorize(req, "create", {
    type: "citizen_report",
    territoryPath: req.auth?.actor.territoryPath ?? null,
  });
  const now = deps.now();
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  notInFuture("receivedAt", receivedAt, now);
  const callAt = input.channel === "hotline" ? new Date(input.callAt) : undefined;
  if (callAt) notInFuture("callAt", callAt, now);
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : undefined;
  if (occurredAt) notInFuture("occurredAt", occurredAt, receivedAt);
  const place = await resolveReportPlace(deps.db, input);
  const filed = await deps.db.transaction().execute((trx) =>
    fileReport(trx, deps, auditContext(req), {
      channel: input.channel,
      receivedAt,
      occurredAt,
      takenByBodyId: auth.user.bodyId,
      place,
      locationText: input.locationText,
      lat: input.lat,
      lon: input.lon,
      description: input.description,
      reporterName: input.reporterName,
      reporterPhone: input.reporterPhone,
      reporterEmail: input.reporterEmail,
      anonymous: input.anonymous,
      callbackConsent: input.channel === "hotline" ? input.callbackConsent : false,
      callAt,
      createdBy: auth.user.id,
    }),
  );
  return {
    id: filed.id,
    registrationNumber: filed.registrationNumber,
    trackingCode: filed.trackingCode,
    channel: filed.channel,
    receivedAt: filed.receivedAt.toISOString(),
    answerDueAt: filed.answerDueAt.toISOString(),
    status: filed.status,
    territoryPath: filed.territoryPath,
    districtId: filed.districtId,
  };
}
