import type { FastifyRequest } from "fastify";
import { REPORT_LIMITS } from "@aldyn/contract";
import { AppError } from "../../errors/app-error.ts";
import type { AttachmentStore, Received } from "../documents/attachments/attachment-store.ts";
import { mapMultipartError } from "../documents/attachments/receive-upload.ts";

/** The multipart limits of the public form: its text fields and up to five files of 10 MB (R6). */
export const PUBLIC_REPORT_MULTIPART_LIMITS = {
  fileSize: REPORT_LIMITS.maxFileBytes,
  files: REPORT_LIMITS.maxFiles,
  fields: 12,
  // The description: 5,000 characters of up to 4 bytes each in UTF-8.
  fieldSize: 4 * REPORT_LIMITS.descriptionMax + 100,
  parts: 12 + REPORT_LIMITS.maxFiles,
  headerPairs: 50,
} as const;

export interface ReceivedFile extends Received {
  readonly fileName: string;
  readonly declaredType: string;
}

export interface ReportUpload {
  readonly fields: Readonly<Record<string, string>>;
  readonly files: readonly ReceivedFile[];
}

function tooManyFiles(): AppError {
  const message = `At most ${REPORT_LIMITS.maxFiles} files may be sent with a report.`;
  return new AppError("validation.failed", message, {
    field: "files",
    details: [{ field: "files", code: "too_many_files", message }],
  });
}

/**
 * Reads the public form: its text fields and the files (parts of any name; `files` by convention),
 * each streamed into the attachments' temporary area, hashed and its first bytes kept for the type
 * check — never held whole in memory. Any failure (a file over 10 MB: 413; a sixth file; a form cut
 * short: 400) removes every temporary file before the error goes on, so nothing is left behind.
 */
export async function receiveReportUpload(
  req: FastifyRequest,
  store: AttachmentStore,
): Promise<ReportUpload> {
  if (!req.isMultipart()) {
    throw new AppError("request.unsupported_media_type", "Send the report as multipart/form-data.");
  }
  const fields: Record<string, string> = {};
  const files: ReceivedFile[] = [];
  try {
    for await (const part of req.parts()) {
      if (part.type === "file") {
        if (files.length >= REPORT_LIMITS.maxFiles) throw tooManyFiles();
        const received = await store.receive(part.file);
        files.push({ ...received, fileName: part.filename, declaredType: part.mimetype });
      } else {
        if (Object.hasOwn(fields, part.fieldname)) {
          throw new AppError("validation.failed", `${part.fieldname}: is given twice.`, {
            field: part.fieldname,
          });
        }
        fields[part.fieldname] = typeof part.value === "string" ? part.value : String(part.value);
      }
    }
    if (req.raw.complete === false) {
      throw new AppError("request.malformed_form", "The form is incomplete or malformed.");
    }
  } catch (e) {
    await Promise.all(files.map((f) => store.discard(f.tmp)));
    if ((e as { code?: unknown }).code === "FST_FILES_LIMIT") throw tooManyFiles();
    const mapped = mapMultipartError(e);
    // The parser's message for a file over the limit names the attachments' single file.
    if (mapped instanceof AppError && mapped.code === "request.too_large")
      throw new AppError("request.too_large", "A file is larger than 10 MB.", {
        field: "files",
        details: [{ field: "files", code: "file_too_large", message: "A file is larger than 10 MB." }],
      });
    throw mapped;
  }
  return { fields, files };
}

/** Removes the temporary files of an upload (after they were moved into place, or on a refusal). */
export async function discardUpload(store: AttachmentStore, upload: ReportUpload): Promise<void> {
  await Promise.all(upload.files.map((f) => store.discard(f.tmp)));
}
