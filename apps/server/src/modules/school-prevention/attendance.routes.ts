import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  AttendanceImportJson,
  AttendanceImportQuery,
  AttendanceImportResult,
  AttendanceRowsInvalid,
  AttendanceTemplateQuery,
} from "@aldyn/contract";
import { AppError } from "../../errors/app-error.ts";
import { actCtx, type MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { mapMultipartError } from "../documents/attachments/receive-upload.ts";
import { xlsxOf } from "../worklists/xlsx-writer.ts";
import { FileUnreadable, readAttendanceFile, readAttendanceJson, type FileRead } from "./attendance-file.ts";
import { ATTENDANCE_COLUMNS, ATTENDANCE_HEADERS, requestLang } from "./attendance-texts.ts";
import { importAttendance } from "./import-attendance.ts";
import { errors, schoolFor } from "./sp-common.ts";

/** 5 MB: a school's attendance for a year is far below it. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const tags = ["school-prevention"];

function unreadable(): AppError {
  return new AppError(
    "attendance.file_unreadable",
    "The file could not be read: send a CSV (UTF-8, comma or semicolon) or an XLSX workbook made from the template.",
    { field: "file" },
  );
}

/** The upload as rows: a multipart file (CSV or XLSX by content) or JSON rows. */
async function readUpload(req: FastifyRequest): Promise<FileRead & { fileName: string }> {
  if (req.isMultipart()) {
    let buf: Buffer;
    let fileName: string;
    try {
      const part = await req.file();
      if (!part) throw new AppError("validation.failed", "Send the attendance file.", { field: "file" });
      buf = await part.toBuffer();
      fileName = part.filename || "attendance";
    } catch (e) {
      throw mapMultipartError(e);
    }
    try {
      return { ...readAttendanceFile(buf), fileName: fileName.slice(0, 255) };
    } catch (e) {
      if (e instanceof FileUnreadable) throw unreadable();
      throw e;
    }
  }
  const parsed = AttendanceImportJson.safeParse(req.body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = first ? ["body", ...first.path.map(String)].join(".") : "body";
    throw new AppError("validation.failed", `${field}: ${first?.message ?? "is invalid"}`, { field });
  }
  return { ...readAttendanceJson(parsed.data.rows), fileName: parsed.data.fileName ?? "rows.json" };
}

/**
 * The school's attendance (001 Arts. 23(9), 78(2)(4)): the template in the three languages and the
 * import. A plugin of its own so that the multipart parser exists only here (as attachments do).
 * Register with `await app.register(attendanceRoutes, md)`.
 */
export async function attendanceRoutes(app: FastifyInstance, md: MeasureDeps): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 2, fieldSize: 200, parts: 3, headerPairs: 50 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/school-prevention/attendance/template",
    {
      schema: {
        tags,
        summary:
          "The attendance file's template (CSV or XLSX) with its column headers in Kazakh, Russian or English: IIN, surname, given name, date, valid reason (yes/no), reason",
        querystring: AttendanceTemplateQuery,
        produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      },
    },
    async (req, reply) => {
      await schoolFor(md.db, actCtx(req).actor, "read");
      const { format, lang } = req.query;
      const header = ATTENDANCE_COLUMNS.map((c) => ATTENDANCE_HEADERS[lang][c]);
      const name = `attendance-template-${lang}.${format}`;
      reply
        .header("Content-Disposition", `attachment; filename="${name}"`)
        .header("Cache-Control", "no-store");
      if (format === "xlsx")
        return reply
          .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .send(xlsxOf("attendance", [header]));
      // A BOM and semicolons: how spreadsheet programs in Kazakhstan open a CSV as columns.
      return reply.header("Content-Type", "text/csv; charset=utf-8").send(`\uFEFF${header.join(";")}\r\n`);
    },
  );

  r.post(
    "/api/v1/school-prevention/attendance",
    {
      schema: {
        tags,
        summary:
          "Import the school's attendance (multipart `file`: CSV or XLSX; or JSON rows). Any bad row: 422 attendance.rows_invalid listing every bad row (line, field, code, message in ?lang= or Accept-Language) and nothing written. Answers the file's pupils meeting 001 Art. 78(2)(4).",
        consumes: ["multipart/form-data", "application/json"],
        querystring: AttendanceImportQuery,
        response: { 201: AttendanceImportResult, ...errors, 422: AttendanceRowsInvalid },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const lang = requestLang(req.query.lang, req.headers["accept-language"]);
      // The school is checked before the file is read: a user of another body reads no file.
      await schoolFor(md.db, ctx.actor, "create");
      const file = await readUpload(req);
      return reply.code(201).send(await importAttendance(md, ctx, file, lang));
    },
  );
}
