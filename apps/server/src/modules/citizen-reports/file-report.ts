import type { Transaction } from "kysely";
import { reportAnswerDueAt, type ReportChannel, type WorkCalendar } from "@aldyn/law";
import type { Database } from "../../db/schema.ts";
import { recordAudit, type AuditContext } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ReportPlace } from "./file-report-place.ts";
import { newTrackingCode } from "./report-tracking-code.ts";

/** A report as a channel received it, placed (file-report-place.ts) and checked by the contract. */
export interface NewReport {
  readonly channel: ReportChannel;
  readonly receivedAt: Date;
  /** When the facts happened, if the reporter says. */
  readonly occurredAt?: Date | undefined;
  /** The body whose official took it (hotline, in person); null for the public page and the bot. */
  readonly takenByBodyId: string | null;
  readonly place: ReportPlace;
  readonly locationText?: string | undefined;
  readonly lat?: number | undefined;
  readonly lon?: number | undefined;
  readonly description: string;
  readonly reporterName?: string | undefined;
  readonly reporterPhone?: string | undefined;
  readonly reporterEmail?: string | undefined;
  readonly anonymous: boolean;
  readonly callbackConsent?: boolean | undefined;
  readonly callAt?: Date | undefined;
  readonly messengerChatId?: string | undefined;
  readonly messengerFileIds?: readonly string[] | undefined;
  /** The language the bot speaks with the reporter (telegram-replies.ts), for its later answers. */
  readonly messengerLanguage?: string | undefined;
  /** The official who entered it; null for the reporter's own filing. */
  readonly createdBy: string | null;
}

export interface FiledReport {
  readonly id: string;
  readonly registrationNumber: string;
  /** Shown once, to the reporter (the page, the operator, the bot's reply); only its hash is kept. */
  readonly trackingCode: string;
  readonly channel: ReportChannel;
  readonly receivedAt: Date;
  readonly answerDueAt: Date;
  readonly status: "received";
  readonly territoryPath: string;
  readonly districtId: string | null;
}

/** A minute's leeway for clocks that disagree: a later instant is a typing mistake. */
const CLOCK_SKEW_MS = 60_000;

/** Refuses an instant after `now` (a report's facts, a call, its receipt): 400 `in_future` on the field. */
export function notInFuture(field: string, at: Date, now: Date): void {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    const message = "cannot be in the future.";
    throw new AppError("validation.failed", `${field}: ${message}`, {
      field,
      details: [{ field, code: "in_future", message }],
    });
  }
}

/** The personal fields a report was filed with, by name (the audit row names fields, never values). */
function personalFieldsOf(r: NewReport): string[] {
  const given: [string, unknown][] = [
    ["description", r.description],
    ["location_text", r.locationText],
    ["lat", r.lat],
    ["reporter_name", r.reporterName],
    ["reporter_phone", r.reporterPhone],
    ["reporter_email", r.reporterEmail],
    ["messenger_chat_id", r.messengerChatId],
  ];
  return given.filter(([, v]) => v !== undefined).map(([k]) => k);
}

/**
 * Files a report in the caller's transaction (R6, every channel): the record with its registration
 * number (given by the database, migration 0029) and a fresh tracking code's hash, the answer's due
 * date from the law (every report is answered, 001 Arts. 6(4), 49(2)), its first fact `filed`, and
 * the audit row — all or nothing. The reporter's contacts go into the record's own columns only,
 * never into the fact or the audit row.
 */
export async function fileReport(
  trx: Transaction<Database>,
  deps: { readonly workCalendar: WorkCalendar },
  audit: AuditContext,
  r: NewReport,
): Promise<FiledReport> {
  const tracking = newTrackingCode();
  const answerDueAt = reportAnswerDueAt(r.receivedAt, deps.workCalendar);
  const row = await trx
    .insertInto("citizen_report")
    .values({
      channel: r.channel,
      received_at: r.receivedAt,
      occurred_at: r.occurredAt ?? null,
      taken_by_body_id: r.takenByBodyId,
      territory_path: r.place.territoryPath,
      district_id: r.place.districtId,
      location_text: r.locationText ?? null,
      lat: r.lat ?? null,
      lon: r.lon ?? null,
      description: r.description,
      reporter_name: r.anonymous ? null : (r.reporterName ?? null),
      reporter_phone: r.anonymous ? null : (r.reporterPhone ?? null),
      reporter_email: r.anonymous ? null : (r.reporterEmail ?? null),
      anonymous: r.anonymous,
      callback_consent: r.callbackConsent ?? false,
      call_at: r.callAt ?? null,
      messenger_chat_id: r.messengerChatId ?? null,
      messenger_file_ids: [...(r.messengerFileIds ?? [])],
      tracking_code_hash: tracking.hash,
      answer_due_at: answerDueAt,
      created_by: r.createdBy,
    })
    .returning(["id", "registration_number"])
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("citizen_report_fact")
    .values({
      report_id: row.id,
      seq: 0,
      type: "filed",
      at: r.receivedAt,
      data: JSON.stringify({
        channel: r.channel,
        ...(r.takenByBodyId ? { takenByBodyId: r.takenByBodyId } : {}),
        ...(r.messengerFileIds?.length ? { messengerFiles: r.messengerFileIds.length } : {}),
        ...(r.messengerLanguage ? { messengerLanguage: r.messengerLanguage } : {}),
      }),
      recorded_by: r.createdBy,
    })
    .execute();
  await recordAudit(trx, audit, {
    action: "citizen_report.create",
    recordType: "citizen_report",
    recordId: row.id,
    fields: personalFieldsOf(r),
  });
  return {
    id: row.id,
    registrationNumber: row.registration_number,
    trackingCode: tracking.code,
    channel: r.channel,
    receivedAt: r.receivedAt,
    answerDueAt,
    status: "received",
    territoryPath: r.place.territoryPath,
    districtId: r.place.districtId,
  };
}
