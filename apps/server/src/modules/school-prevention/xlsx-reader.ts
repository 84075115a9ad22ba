import { inflateRawSync } from "node:zlib";

/**
 * A minimal reader of the first sheet of an XLSX workbook, for the school's attendance file (001 Art.
 * 78(2)(4)): text, number and boolean cells, shared and inline strings. Written on node:zlib for the
 * reason the worklists' writer is (worklists/xlsx-writer.ts): a workbook is a few XML parts in a ZIP,
 * and the maintained readers on npm pull in XML and ZIP stacks for what is ~150 lines here. Anything it
 * cannot read is an `XlsxUnreadable` (the route's 422 attendance.file_unreadable), never a crash.
 */

/** Cells of one row by zero-based column; a number cell keeps its number (an Excel date is a serial). */
export type XlsxRow = { readonly line: number; readonly cells: readonly (string | number | null)[] };

export class XlsxUnreadable extends Error {}

const MAX_ENTRY_BYTES = 50 * 1024 * 1024;

/** The ZIP's entries by name (central directory; stored or deflated). */
function unzip(buf: Buffer): Map<string, () => Buffer> {
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new XlsxUnreadable("not a ZIP archive");
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new XlsxUnreadable("bad directory");
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const usize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    p += 46 + nameLen + extraLen + commentLen;
    out.set(name, () => {
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50)
        throw new XlsxUnreadable("bad entry");
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      if (usize > MAX_ENTRY_BYTES) throw new XlsxUnreadable("entry too large");
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
      throw new XlsxUnreadable("unsupported compression");
    });
  }
  return out;
}

function xmlDecode(s: string): string {
  return s
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text of every <t> in a fragment (a rich-text string is several runs). */
function textOf(fragment: string): string {
  let out = "";
  for (const m of fragment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += xmlDecode(m[1] ?? "");
  return out;
}

/** Zero-based column of a cell reference: "C7" → 2. */
function columnOf(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? "A";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The first worksheet's path, through the workbook's relationships (sheet1.xml when they say nothing). */
function firstSheet(entries: Map<string, () => Buffer>): string {
  const wb = entries.get("xl/workbook.xml")?.().toString("utf8");
  const rels = entries.get("xl/_rels/workbook.xml.rels")?.().toString("utf8");
  const rid = wb && /<sheet\b[^>]*\br:id="([^"]+)"/.exec(wb)?.[1];
  if (rid && rels) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = m[0];
      if (tag.includes(`Id="${rid}"`)) {
        const target = /Target="([^"]+)"/.exec(tag)?.[1];
        if (target) return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
      }
    }
  }
  const any = [...entries.keys()].find((k) => /^xl\/worksheets\/[^/]+\.xml$/.test(k));
  if (!any) throw new XlsxUnreadable("no worksheet");
  return any;
}

/** The rows of the first sheet, with their row numbers (the line a person sees in Excel). */
export function readXlsx(buf: Buffer): XlsxRow[] {
  try {
    const entries = unzip(buf);
    const shared: string[] = [];
    const ss = entries.get("xl/sharedStrings.xml")?.().toString("utf8");
    if (ss) for (const m of ss.matchAll(/<si>([\s\S]*?)<\/si>/g)) shared.push(textOf(m[1] ?? ""));
    const sheetPath = firstSheet(entries);
    const sheet = entries.get(sheetPath)?.().toString("utf8");
    if (!sheet) throw new XlsxUnreadable("no worksheet");
    const rows: XlsxRow[] = [];
    let next = 1;
    for (const rm of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const line = Number(/\br="(\d+)"/.exec(rm[1] ?? "")?.[1] ?? next);
      next = line + 1;
      const cells: (string | number | null)[] = [];
      let col = 0;
      for (const cm of (rm[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = cm[1] ?? "";
        const body = cm[2] ?? "";
        const ref = /\br="([A-Z]+\d*)"/.exec(attrs)?.[1];
        if (ref) col = columnOf(ref);
        const type = /\bt="([a-zA-Z]+)"/.exec(attrs)?.[1] ?? "n";
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        let value: string | number | null = null;
        if (type === "s") value = v === undefined ? null : (shared[Number(v)] ?? null);
        else if (type === "inlineStr") value = textOf(body);
        else if (type === "str" || type === "e") value = v === undefined ? null : xmlDecode(v);
        else if (type === "b") value = v === "1" ? "1" : "0";
        else if (v !== undefined && v !== "") value = Number(v);
        cells[col] = value;
        col++;
      }
      rows.push({ line, cells: Array.from(cells, (c) => c ?? null) });
    }
    return rows;
  } catch (e) {
    if (e instanceof XlsxUnreadable) throw e;
    throw new XlsxUnreadable(e instanceof Error ? e.message : "unreadable");
  }
}

/** An Excel date serial (the 1900 system, as Excel and LibreOffice write it) as YYYY-MM-DD. */
export function excelSerialDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
