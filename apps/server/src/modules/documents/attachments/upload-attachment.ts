import { randomUUID } from "node:crypto";
import path from "node:path";
import type { FastifyRequest } from "fastify";
import type { Db } from "../../../db/pool.ts";
import { recordAudit } from "../../../audit/record.ts";
import { AppError } from "../../../errors/app-error.ts";
import { authorize } from "../../../http/authorize.ts";
import { auditContext } from "../../../http/request-context.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import { declaredTypeAgrees, sniffMediaType } from "./magic-bytes.ts";
import { receiveUpload, type Upload } from "./receive-upload.ts";
import { isAttachmentRecordType, recordTerritory } from "./record-territory.ts";
import { toAttachment, type AttachmentJson } from "./attachment-json.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A file name safe to store and show: no directories, no control characters, at most 255 chars. */
export function cleanFileName(name: string): string {
  const printable = [...name].filter((ch) => ch.charCodeAt(0) > 0x1f && ch !== "\u007f").join("");
  const base = path.basename(printable.replace(/\\/g, "/")).trim();
  return (base || "file").slice(0, 255);
}

function invalid(field: string, message: string): AppError {
  return new AppError("validation.failed", `${field}: ${message}`, { field });
}

/**
 * Accepts one attachment (R11.5): checks the fields, the actor's right to update the record
 * in its territory, and the file's real type from its first bytes; then moves the file into place
 * and writes its row and the audit row in one transaction. Anything refused leaves no row and no file.
 */
export async function uploadAttachment(
  db: Db,
  store: AttachmentStore,
  req: FastifyRequest,
): Promise<AttachmentJson> {
  const upload: Upload = await receiveUpload(req, store);
  const tmp = upload.file?.tmp;
  try {
    const { recordType, recordId } = upload.fields;
    if (!recordType)
      throw invalid("recordType", "is required (person, measure, register_entry or citizen_report).");
    if (!isAttachmentRecordType(recordType))
      throw invalid("recordType", "must be person, measure, register_entry or citizen_report.");
    if (!recordId) throw invalid("recordId", "is required.");
    if (!UUID.test(recordId)) throw invalid("recordId", "must be a UUID.");
    // The form's fields are this request's body: a refusal then names the record like any write's
    // (audit/named-record.ts), and a record outside the territory answers as an unknown one.
    req.body = { recordType, recordId };
    const file = upload.file;
    if (!file) throw invalid("file", "is required.");
    if (file.size === 0) throw invalid("file", "is empty.");
    const { territoryPath } = await recordTerritory(db, recordType, recordId);
    const auth = authorize(req, "update", { type: recordType, territoryPath });
    const mediaType = sniffMediaType(file.head);
    if (!mediaType || !declaredTypeAgrees(file.declaredType, mediaType)) {
      const code = mediaType ? "attachment.type_mismatch" : "attachment.type_not_allowed";
      const message = mediaType
        ? `The file is ${mediaType} but was sent as ${file.declaredType}.`
        : "Only PDF, JPEG, PNG and MP4 files are accepted (checked from the file's content).";
      throw new AppError("request.unsupported_media_type", message, {
        field: "file",
        details: [{ field: "file", code, message }],
      });
    }
    const id = randomUUID();
    const at = new Date();
    const key = await store.keep(file, id, at);
    try {
      const row = await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto("attachment")
          .values({
            id,
            record_type: recordType,
            record_id: recordId,
            file_name: cleanFileName(file.fileName),
            media_type: mediaType,
            size_bytes: file.size,
            sha256: file.sha256,
            storage_key: key,
            uploaded_by: auth.user.id,
            uploaded_at: at,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, auditContext(req), {
          action: "attachment.upload",
          recordType,
          recordId,
          fields: [`attachment.${id}`],
        });
        return inserted;
      });
      return toAttachment(row);
    } catch (e) {
      await store.discard(store.pathOf(key));
      throw e;
    }
  } finally {
    if (tmp) await store.discard(tmp);
  }
}
