// The public report form's own checks (pure, tested without a browser). The browser checks the
// files' type and size before sending to spare a useless upload on a slow phone line; the server
// checks each file's content and has the last word.
import { REPORT_LIMITS } from "@aldyn/contract";
import type { TFunction } from "i18next";
import type { FieldChecks } from "../../components/formErrors.ts";

/** The contract's limits, for the form and the server alike (001 Art. 6(5): photo and video). */
export const MAX_REPORT_FILES = REPORT_LIMITS.maxFiles;
export const MAX_REPORT_FILE_BYTES = REPORT_LIMITS.maxFileBytes;
export const REPORT_FILE_ACCEPT = `${REPORT_LIMITS.mediaTypes.join(",")},.jpg,.jpeg,.png,.pdf,.mp4`;
export const MIN_DESCRIPTION = REPORT_LIMITS.descriptionMin;
/** What the reporter may type (the contract's limit). */
export const MAX_DESCRIPTION = REPORT_LIMITS.descriptionMax;

const TYPES: Record<string, string> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "application/pdf": "pdf",
  "video/mp4": "mp4",
};
const EXTENSIONS: Record<string, string> = { jpg: "jpeg", jpeg: "jpeg", png: "png", pdf: "pdf", mp4: "mp4" };

/** The kind of an allowed file by its declared type or, failing that, its name; null if not allowed. */
export function fileKind(file: { name: string; type: string }): string | null {
  const byType = TYPES[file.type];
  if (byType) return byType;
  if (file.type !== "" && file.type !== "application/octet-stream") return null;
  const ext = file.name.toLowerCase().split(".").pop() ?? "";
  return EXTENSIONS[ext] ?? null;
}

export type FileProblem = "type" | "size" | "empty";

/** What is wrong with one chosen file, or null. */
export function fileProblem(file: { name: string; type: string; size: number }): FileProblem | null {
  if (fileKind(file) === null) return "type";
  if (file.size === 0) return "empty";
  if (file.size > MAX_REPORT_FILE_BYTES) return "size";
  return null;
}

/**
 * The files after adding the chosen ones: those allowed are kept (up to the limit), the others are
 * named with their problem so the user knows which and why.
 */
export function addFiles<F extends { name: string; type: string; size: number }>(
  kept: readonly F[],
  chosen: readonly F[],
): { files: F[]; refused: { name: string; problem: FileProblem | "count" }[] } {
  const files = [...kept];
  const refused: { name: string; problem: FileProblem | "count" }[] = [];
  for (const file of chosen) {
    const problem = fileProblem(file);
    if (problem) refused.push({ name: file.name, problem });
    else if (files.length >= MAX_REPORT_FILES) refused.push({ name: file.name, problem: "count" });
    else files.push(file);
  }
  return { files, refused };
}

export interface ReportFormValues {
  description: string;
  /** When it happened, an instant (ISO), or "" when not said. */
  occurredAt: string;
  regionId: string;
  districtId: string;
  lat: number | null;
  lon: number | null;
  anonymous: boolean;
  reporterPhone: string;
  reporterEmail: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A phone as people write it: +7 701 123 45 67, 8 (701) 123-45-67 — 10 to 15 digits. */
const phoneDigits = (phone: string) => phone.replace(/[\s()+-]/g, "");

/** The form's own checks, each message in the user's language; a right input has none. */
export function reportChecks(t: TFunction, v: ReportFormValues, now = new Date()): FieldChecks {
  const description = v.description.trim();
  const digits = phoneDigits(v.reporterPhone.trim());
  return {
    description:
      description.length < MIN_DESCRIPTION
        ? t("publicReport.errors.description", { min: MIN_DESCRIPTION })
        : description.length > MAX_DESCRIPTION
          ? t("publicReport.errors.descriptionLong", { max: MAX_DESCRIPTION })
          : undefined,
    regionId:
      v.regionId === "" && (v.lat === null || v.lon === null) ? t("publicReport.errors.where") : undefined,
    occurredAt:
      v.occurredAt !== "" && Date.parse(v.occurredAt) > now.getTime() + 5 * 60_000
        ? t("publicReport.errors.future")
        : undefined,
    reporterPhone:
      !v.anonymous && digits !== "" && !/^\d{10,15}$/.test(digits)
        ? t("publicReport.errors.phone")
        : undefined,
    reporterEmail:
      !v.anonymous && v.reporterEmail.trim() !== "" && !EMAIL.test(v.reporterEmail.trim())
        ? t("publicReport.errors.email")
        : undefined,
  };
}

/**
 * A tracking code as typed or pasted: spaces do not matter, nor the case (the server reads the code
 * case-insensitively, with its dashes or without); "" when nothing is left.
 */
export function normalizeTrackingCode(typed: string): string {
  return typed.replace(/\s/g, "").toUpperCase();
}
