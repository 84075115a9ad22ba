// Attachments of a person, measure or register entry (issue 4 item 6).
import { api, apiUpload, withQuery } from "./client.ts";
import type { Attachment, AttachmentRecordType } from "./types.ts";

/** The server's limits (apps/server/.../attachments/receive-upload.ts); it checks the content too. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = "application/pdf,image/jpeg,image/png,video/mp4,.pdf,.jpg,.jpeg,.png,.mp4";

export const attachmentsApi = {
  list: (recordType: AttachmentRecordType, recordId: string) =>
    api.get<{ items: Attachment[] }>("/attachments", { recordType, recordId }),
  upload: (recordType: AttachmentRecordType, recordId: string, file: File) => {
    const form = new FormData();
    // The fields before the file: the server reads the parts in order.
    form.append("recordType", recordType);
    form.append("recordId", recordId);
    form.append("file", file, file.name);
    return apiUpload<Attachment>("/attachments", form);
  },
  downloadUrl: (attachmentId: string) => withQuery(`/api/v1/attachments/${encodeURIComponent(attachmentId)}`),
};

export const attachmentKeys = {
  of: (recordType: AttachmentRecordType, recordId: string) => ["attachments", recordType, recordId] as const,
};
