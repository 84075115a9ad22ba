import { z } from "zod";
import type { Selectable } from "kysely";
import type { AttachmentTable } from "../../../db/schema-attachments.ts";

/** An attachment as the API shows it (the storage path is never shown). */
export const Attachment = z.object({
  id: z.uuid(),
  recordType: z.enum(["person", "measure", "register_entry", "citizen_report"]),
  recordId: z.uuid(),
  fileName: z.string(),
  mediaType: z.enum(["application/pdf", "image/jpeg", "image/png", "video/mp4"]),
  size: z.number().int(),
  sha256: z.string(),
  /** Null for a file the reporter sent with a report from the public page. */
  uploadedBy: z.uuid().nullable(),
  uploadedAt: z.string(),
});
export type AttachmentJson = z.infer<typeof Attachment>;

export function toAttachment(row: Selectable<AttachmentTable>): AttachmentJson {
  return {
    id: row.id,
    recordType: row.record_type,
    recordId: row.record_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
  };
}
