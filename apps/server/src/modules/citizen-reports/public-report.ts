import { randomUUID } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { PublicReportForm, type PublicReportFiled } from "@aldyn/contract";
import { recordAuditMany } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { auditContext } from "../../http/request-context.ts";
import { declaredTypeAgrees, sniffMediaType } from "../documents/attachments/magic-bytes.ts";
import { cleanFileName } from "../documents/attachments/upload-attachment.ts";
import type { AttachmentMediaType } from "../../db/schema-attachments.ts";
import { fileReport, notInFuture } from "./file-report.ts";
import { resolveReportPlace } from "./file-report-place.ts";
import { discardUpload, receiveReportUpload, type ReceivedFile } from "./public-report-upload.ts";
import type { IntakeDeps } from "./intake-deps.ts";

/** A zod failure as the API's 400: every issue with its field and detail code (R11). */
export function validationError(error: z.ZodError): AppError {
  const details = error.issues.map((i) => {
    const own = (i as { params?: { code?: unknown } }).params?.code;
    return {
      field: i.path.join(".") || "request",
      code: typeof own === "string" ? own : i.code,
      message: i.message,
    };
  });
  const first = details[0]!;
  return new AppError("validation.failed", `${first.field}: ${first.message}`, {
    field: first.field,
    details,
  });
}

/** The form's text fields with the empty ones left out: an empty input is one not filled in. */
function given(fields: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ""));
}

/** Each file's type from its own first bytes (R11.5); a file of another type, or claiming one, is a 415. */
function typesOf(files: readonly ReceivedFile[]): AttachmentMediaType[] {
  return files.map((file, i) => {
    const field = `files.${i}`;
    if (file.size === 0) {
      throw new AppError("validation.failed", `${field}: is empty.`, {
        field,
        details: [{ field, code: "file_empty", message: "The file is empty." }],
      });
    }
    const type = sniffMediaType(file.head);
    if (type && declaredTypeAgrees(file.declaredType, type)) return type;
    const code = type ? "attachment.type_mismatch" : "attachment.type_not_allowed";
    const message = type
      ? `The file is ${type} but was sent as ${file.declaredType}.`
      : "Only JPEG, PNG, PDF and MP4 files are accepted (checked from the file's content).";
    throw new AppError("request.unsupported_media_type", message, {
      field,
      details: [{ field, code, message }],
    });
  });
}

/**
 * A report from the public page, no login (R6; 001 Art. 6(4), with photo and video, 6(5)): the form is
 * checked whole — fields, place, every file's size and real type — before anything is kept; then the
 * files move into place and the report, its `filed` fact, the files' rows and the audit rows (no actor:
 * the public) are written in one transaction. A refusal or a failure leaves no report, no row and no
 * file. The tracking code is answered this once.
 */
export async function filePublicReport(deps: IntakeDeps, req: FastifyRequest): Promise<PublicReportFiled> {
  const upload = await receiveReportUpload(req, deps.store);
  const kept: string[] = [];
  try {
    const parsed = PublicReportForm.safeParse(given(upload.fields));
    if (!parsed.success) throw validationError(parsed.error);
    const form = parsed.data;
    const types = typesOf(upload.files);
    const place = await resolveReportPlace(deps.db, form);
    const receivedAt = deps.now();
    const occurredAt = form.occurredAt ? new Date(form.occurredAt) : undefined;
    if (occurredAt) notInFuture("occurredAt", occurredAt, receivedAt);
    const files = upload.files.map((f, i) => ({ ...f, id: randomUUID(), mediaType: types[i]! }));
    for (const f of files) kept.push(await deps.store.keep(f, f.id, receivedAt));
    const audit = auditContext(req);
    const filed = await deps.db.transaction().execute(async (trx) => {
      const report = await fileReport(trx, deps, audit, {
        channel: "web",
        receivedAt,
        occurredAt,
        takenByBodyId: null,
        place,
        locationText: form.locationText,
        lat: form.lat,
        lon: form.lon,
        description: form.description,
        reporterName: form.reporterName,
        reporterPhone: form.reporterPhone,
        reporterEmail: form.reporterEmail,
        anonymous: form.anonymous,
        createdBy: null,
      });
      if (files.length > 0) {
        await trx
          .insertInto("attachment")
          .values(
            files.map((f, i) => ({
              id: f.id,
              record_type: "citizen_report" as const,
              record_id: report.id,
              file_name: cleanFileName(f.fileName),
              media_type: f.mediaType,
              size_bytes: f.size,
              sha256: f.sha256,
              storage_key: kept[i]!,
              uploaded_by: null,
              uploaded_at: receivedAt,
            })),
          )
          .execute();
        await recordAuditMany(
          trx,
          audit,
          files.map((f) => ({
            action: "attachment.upload",
            recordType: "citizen_report",
            recordId: report.id,
            fields: [`attachment.${f.id}`],
          })),
        );
      }
      return report;
    });
    kept.length = 0;
    return {
      trackingCode: filed.trackingCode,
      registrationNumber: filed.registrationNumber,
      receivedAt: filed.receivedAt.toISOString(),
    };
  } finally {
    // Files moved into place for a report that was not written go again; temporary ones always.
    await Promise.all(kept.map((key) => deps.store.discard(deps.store.pathOf(key))));
    await discardUpload(deps.store, upload);
  }
}
