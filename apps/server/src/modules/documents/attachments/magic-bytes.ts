import type { AttachmentMediaType } from "../../../db/schema-attachments.ts";

/** The types an attachment may be (R11.5; 001 Art. 6(5) photo and video recording). */
export const ATTACHMENT_MEDIA_TYPES: readonly AttachmentMediaType[] = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "video/mp4",
];

/** How many first bytes `sniffMediaType` needs. */
export const SNIFF_BYTES = 16;

/** ISO base media brands that are MP4 video (not HEIC/AVIF stills or QuickTime). */
const MP4_BRANDS = new Set([
  "isom",
  "iso2",
  "iso4",
  "iso5",
  "iso6",
  "mp41",
  "mp42",
  "avc1",
  "dash",
  "M4V ",
  "MSNV",
]);

/**
 * The type a file's own first bytes show, or null when it is none of the allowed ones. The declared
 * Content-Type is the sender's claim; these signatures are what a viewer would actually open.
 */
export function sniffMediaType(head: Uint8Array): AttachmentMediaType | null {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.length >= 5 && b.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png";
  if (b.length >= 12 && b.subarray(4, 8).toString("latin1") === "ftyp") {
    return MP4_BRANDS.has(b.subarray(8, 12).toString("latin1")) ? "video/mp4" : null;
  }
  return null;
}

/** A declared type agrees with the sniffed one, or says nothing (a generic byte stream). */
export function declaredTypeAgrees(declared: string, sniffed: AttachmentMediaType): boolean {
  const d = declared.split(";")[0]!.trim().toLowerCase();
  return d === sniffed || d === "application/octet-stream" || (sniffed === "image/jpeg" && d === "image/jpg");
}
