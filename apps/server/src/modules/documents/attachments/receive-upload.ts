import type { FastifyRequest } from "fastify";
import { AppError } from "../../../errors/app-error.ts";
import type { AttachmentStore, Received } from "./attachment-store.ts";

/** 10 MB: the largest attachment accepted (R11.5). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface Upload {
  readonly fields: Readonly<Record<string, string>>;
  readonly file: (Received & { readonly fileName: string; readonly declaredType: string }) | null;
}

function codeOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e
    ? String((e as { code: unknown }).code)
    : undefined;
}

function malformed(): AppError {
  return new AppError(
    "request.malformed_form",
    "The form is incomplete or malformed (it must end with its closing boundary).",
  );
}

// The parser's (busboy's) words for a form cut short or broken, and a connection that went away.
const BROKEN_FORM =
  /unexpected end of (form|multipart data)|malformed part header|part terminated early|malformed urlencoded form|premature close|aborted/i;
const GONE = new Set(["ECONNRESET", "ERR_STREAM_PREMATURE_CLOSE", "ERR_HTTP_REQUEST_TIMEOUT"]);

/** Maps the multipart parser's own errors to the API's closed set of codes (never a 500). */
export function mapMultipartError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  if (GONE.has(codeOf(e) ?? "") || (e instanceof Error && BROKEN_FORM.test(e.message))) return malformed();
  switch (codeOf(e)) {
    case "FST_REQ_FILE_TOO_LARGE":
      return new AppError("request.too_large", "The file is larger than 10 MB.", { field: "file" });
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
      return new AppError("request.unsupported_media_type", "Send the file as multipart/form-data.");
    case "FST_FILES_LIMIT":
      return new AppError("validation.failed", "Send exactly one file.", { field: "file" });
    case "FST_PARTS_LIMIT":
    case "FST_FIELDS_LIMIT":
    case "FST_PROTO_VIOLATION":
      return new AppError("validation.failed", "The form has unexpected parts.");
    default:
      return e;
  }
}

/**
 * Reads a multipart upload: its text fields and at most one file, streamed into the store's
 * temporary area (never held whole in memory). Field order does not matter. On any failure — a
 * malformed form, a client that goes away, a connection the server cuts for idling or taking too
 * long (app.ts timeouts, R11) — the file stream is closed and the temporary file removed before the
 * error goes on; a form that ends without its closing boundary is a 400 request.malformed_form.
 */
export async function receiveUpload(req: FastifyRequest, store: AttachmentStore): Promise<Upload> {
  if (!req.isMultipart()) {
    throw new AppError("request.unsupported_media_type", "Send the file as multipart/form-data.");
  }
  const fields: Record<string, string> = {};
  let file: Upload["file"] = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === "file") {
        if (file) throw new AppError("validation.failed", "Send exactly one file.", { field: "file" });
        const received = await store.receive(part.file);
        file = { ...received, fileName: part.filename, declaredType: part.mimetype };
      } else {
        fields[part.fieldname] = typeof part.value === "string" ? part.value : String(part.value);
      }
    }
    // The parser may end quietly when the connection drops: only a request received whole counts
    // (an injected request has no `complete`).
    if (req.raw.complete === false) throw malformed();
  } catch (e) {
    if (file) await store.discard(file.tmp);
    throw mapMultipartError(e);
  }
  return { fields, file };
}
