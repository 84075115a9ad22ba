import type { AttendanceRowInput } from "@aldyn/contract";
import { ATTENDANCE_COLUMNS, ATTENDANCE_HEADERS, type AttendanceColumn } from "./attendance-texts.ts";
import { excelSerialDate, readXlsx, XlsxUnreadable } from "./xlsx-reader.ts";

/**
 * The school's attendance file read into rows (001 Art. 78(2)(4)): CSV (comma or semicolon, UTF-8 with
 * or without BOM, quoted fields) or XLSX (the first sheet). The header row names the columns in Kazakh,
 * Russian or English (the template's words, case and the "(yes/no)" hint aside) or by their keys; the
 * columns may come in any order. Reading only: the law checks the values (checkAttendanceRows).
 */

/** One row as the file gives it, with its line (the header is line 1, as the person sees it). */
export interface FileRow {
  readonly line: number;
  readonly iin: string;
  readonly surname: string;
  readonly givenName: string;
  readonly date: string;
  readonly validReason: string;
  readonly reason?: string;
}

/** A problem of the file as a whole, reported like a row's (line 1 for the header). */
export interface FileProblem {
  readonly line: number;
  readonly field: string;
  readonly code: "attendance.column_missing" | "attendance.no_rows";
}

export type FileRead = { rows: FileRow[]; problems: FileProblem[] };

export class FileUnreadable extends Error {}

function norm(s: string): string {
  return s
    .replace(/\(.*?\)/g, "")
    .replace(/[\s_]+/g, " ")
    .trim()
    .toLowerCase();
}

/** Header words → column, from the three languages and the keys. */
const HEADER_INDEX: ReadonlyMap<string, AttendanceColumn> = new Map(
  ATTENDANCE_COLUMNS.flatMap((c) => [
    [norm(c), c] as const,
    ...(["kk", "ru", "en"] as const).map((l) => [norm(ATTENDANCE_HEADERS[l][c]), c] as const),
  ]),
);

/** 1-based line numbers and each line's cells as text. */
type RawRow = { line: number; cells: string[] };

function cellText(v: string | number | null, column: AttendanceColumn | undefined): string {
  if (v === null) return "";
  if (typeof v === "number") {
    // An Excel date is a serial number; an IIN typed as a number lost its leading zeros.
    if (column === "date") return excelSerialDate(v);
    if (column === "iin") return String(Math.trunc(v)).padStart(12, "0");
    return String(v);
  }
  return v;
}

/** Splits CSV text into rows (RFC 4180 quoting), keeping each row's starting line. */
function parseCsv(textIn: string): RawRow[] {
  const text = textIn.replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

function fromRaw(raw: readonly { line: number; cells: readonly (string | number | null)[] }[]): FileRead {
  const nonEmpty = raw.filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== ""));
  const header = nonEmpty[0];
  if (!header) return { rows: [], problems: [{ line: 1, field: "file", code: "attendance.no_rows" }] };
  const columns = header.cells.map((c) => HEADER_INDEX.get(norm(String(c ?? ""))));
  const problems: FileProblem[] = ATTENDANCE_COLUMNS.filter(
    (c) => c !== "reason" && !columns.includes(c),
  ).map((c) => ({ line: header.line, field: c, code: "attendance.column_missing" as const }));
  const body = nonEmpty.slice(1);
  if (problems.length === 0 && body.length === 0)
    problems.push({ line: header.line, field: "file", code: "attendance.no_rows" });
  if (problems.length > 0) return { rows: [], problems };
  const at = (cells: readonly (string | number | null)[], c: AttendanceColumn) => {
    const i = columns.indexOf(c);
    return i < 0 ? "" : cellText(cells[i] ?? null, c).trim();
  };
  const rows = body.map((r) => {
    const reason = at(r.cells, "reason");
    return {
      line: r.line,
      iin: at(r.cells, "iin"),
      surname: at(r.cells, "surname"),
      givenName: at(r.cells, "givenName"),
      date: at(r.cells, "date"),
      validReason: at(r.cells, "validReason"),
      ...(reason ? { reason } : {}),
    };
  });
  return { rows, problems: [] };
}

/** ZIP's signature: an XLSX whatever its name says. */
function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50;
}

/** Reads an uploaded file, CSV or XLSX by its content. */
export function readAttendanceFile(buf: Buffer): FileRead {
  if (isZip(buf)) {
    try {
      return fromRaw(readXlsx(buf));
    } catch (e) {
      if (e instanceof XlsxUnreadable) throw new FileUnreadable(e.message);
      throw e;
    }
  }
  const text = buf.toString("utf8");
  if (text.includes("\uFFFD") || text.includes("\u0000")) throw new FileUnreadable("not UTF-8 text");
  return fromRaw(parseCsv(text));
}

/** JSON rows: the first is line 2, as if under a header. */
export function readAttendanceJson(rows: readonly AttendanceRowInput[]): FileRead {
  return { rows: rows.map((r, i) => ({ ...r, line: i + 2 })), problems: [] };
}
