import type { FastifyInstance } from "fastify";
import multipart from "@fastify/multipart";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "@aldyn/contract";
import type { Config } from "../../../config.ts";
import type { Db } from "../../../db/pool.ts";
import { recordAudit } from "../../../audit/record.ts";
import { auditContext } from "../../../http/request-context.ts";
import { AttachmentStore } from "./attachment-store.ts";
import { Attachment, toAttachment } from "./attachment-json.ts";
import { MAX_ATTACHMENT_BYTES } from "./receive-upload.ts";
import { uploadAttachment } from "./upload-attachment.ts";
import { authorizeFiles, downloadAttachment } from "./download-attachment.ts";
import { recordTerritory } from "./record-territory.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
};
const RecordType = z.enum(["person", "measure", "register_entry", "citizen_report"]);

/**
 * Attachments of a record (R11.5): upload, list, download. A plugin of its own so that the multipart
 * parser exists only here and the rest of the API stays JSON-only. Register with
 * `await app.register(attachmentRoutes, { db, config })`.
 */
export async function attachmentRoutes(
  app: FastifyInstance,
  opts: { db: Db; config: Config },
): Promise<void> {
  const { db } = opts;
  const store = new AttachmentStore(opts.config.dataDir);
  // Temporary files of uploads cut off before this start (R11); a minute's margin over the request timeout.
  await store.clearStaleTemp(opts.config.httpTimeouts.requestMs + 60_000);
  await app.register(multipart, {
    limits: {
      fileSize: MAX_ATTACHMENT_BYTES,
      files: 1,
      fields: 4,
      fieldSize: 200,
      parts: 6,
      headerPairs: 50,
    },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/attachments",
    {
      schema: {
        tags: ["attachments"],
        summary:
          "Upload a file (multipart: recordType, recordId, file; ≤ 10 MB; PDF, JPEG, PNG or MP4 by content)",
        consumes: ["multipart/form-data"],
        response: { 201: Attachment, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await uploadAttachment(db, store, req)),
  );

  r.get(
    "/api/v1/attachments",
    {
      schema: {
        tags: ["attachments"],
        summary: "The attachments of one record (the list is audited)",
        querystring: z.object({ recordType: RecordType, recordId: z.uuid() }).strict(),
        response: { 200: z.object({ items: z.array(Attachment) }), ...errors },
      },
    },
    async (req) => {
      const { recordType, recordId } = req.query;
      authorizeFiles(req, recordType, await recordTerritory(db, recordType, recordId));
      const rows = await db
        .selectFrom("attachment")
        .selectAll()
        .where("record_type", "=", recordType)
        .where("record_id", "=", recordId)
        .orderBy("uploaded_at")
        .execute();
      await recordAudit(db, auditContext(req), {
        action: "attachment.list",
        recordType,
        recordId,
        fields: ["attachments"],
      });
      return { items: rows.map(toAttachment) };
    },
  );

  r.get(
    "/api/v1/attachments/:id",
    {
      schema: {
        tags: ["attachments"],
        summary: "Download an attachment (Content-Disposition: attachment; the read is audited)",
        params: z.object({ id: z.uuid() }),
        response: { ...errors },
      },
    },
    async (req, reply) => downloadAttachment(db, store, req, reply, req.params.id),
  );
}
