import { createReadStream } from "node:fs";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../db/pool.ts";
import { canSeePersonalFields } from "../../../access/scope.ts";
import { recordAudit } from "../../../audit/record.ts";
import { AppError, notFound } from "../../../errors/app-error.ts";
import { authorize } from "../../../http/authorize.ts";
import { auditContext } from "../../../http/request-context.ts";
import type { AttachmentRecordType } from "../../../db/schema-attachments.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import { recordTerritory, type RecordPlace } from "./record-territory.ts";

/** `attachment; filename="ascii"; filename*=UTF-8''…` so Cyrillic names survive and nothing breaks the header. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, "_") || "file";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * May the actor see the record's files? An attachment is personal content (a photo, a signed form),
 * so reading the record is not enough: the personal fields must be visible too (001 Art. 59(6)).
 */
export function authorizeFiles(req: FastifyRequest, type: AttachmentRecordType, place: RecordPlace): void {
  const { territoryPath } = place;
  const me = req.auth?.actor.bodyId;
  // A body-scoped reader reaches the files of a record that concerns its body (policy.ts BODY_SCOPED).
  const own = me && place.bodyIds?.includes(me) ? { bodyId: me } : {};
  const auth = authorize(req, "read", { type, territoryPath, ...own });
  if (!canSeePersonalFields(auth.actor, { type, territoryPath, ...own })) {
    throw new AppError(
      "access.personal_fields",
      "Your role does not see the personal content of this record.",
    );
  }
  for (const barrier of place.barriers)
    authorize(req, "read", { type, territoryPath, ...own, confidential: barrier });
}

/** Serves one attachment as a download and audits the read in the same request (R11.2). */
export async function downloadAttachment(
  db: Db,
  store: AttachmentStore,
  req: FastifyRequest,
  reply: FastifyReply,
  id: string,
): Promise<FastifyReply> {
  const row = await db.selectFrom("attachment").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("The attachment");
  authorizeFiles(req, row.record_type, await recordTerritory(db, row.record_type, row.record_id));
  const file = store.pathOf(row.storage_key);
  const stream = createReadStream(file);
  // Open before auditing, so a file missing on disk is an error, not an audited read of nothing.
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  await recordAudit(db, auditContext(req), {
    action: "attachment.download",
    recordType: row.record_type,
    recordId: row.record_id,
    fields: [`attachment.${row.id}`],
  });
  return reply
    .header("Content-Type", row.media_type)
    .header("Content-Length", String(row.size_bytes))
    .header("Content-Disposition", contentDisposition(row.file_name))
    .header("X-Content-Type-Options", "nosniff")
    .header("Cache-Control", "private, no-store")
    .header("Content-Security-Policy", "default-src 'none'; sandbox")
    .header("ETag", `"${row.sha256}"`)
    .send(stream);
}
