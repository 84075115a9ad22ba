import type { TFunction } from "i18next";
import { withLawCitations } from "../format.ts";
import { hasText } from "../i18n/index.ts";
import { ApiError, type ErrorDetail } from "./client.ts";

/**
 * A catalog string for an error code when the catalog has one, else the server's own text with the
 * law's articles in words (the server cites by file code, "003 p.22"; users never read the codes, R11).
 */
function codeText(t: TFunction, code: string, fallback: string): string {
  if (hasText(`errors.${code}`)) return t(`errors.${code}`);
  if (hasText(`errors.field.${code}`)) return t(`errors.field.${code}`);
  return withLawCitations(t, fallback);
}

/** The message to show for any failure, in the current language where the catalog knows the code. */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t("errors.generic");
  const text = codeText(t, error.code, error.message === error.code ? t("errors.generic") : error.message);
  if (error.status === 429 && error.retryAfter !== undefined) {
    // A log-in delay starts at seconds (R11); "1 min" would send the user away for nothing.
    const wait =
      error.retryAfter < 60
        ? t("errors.retryInSeconds", { seconds: Math.max(1, Math.ceil(error.retryAfter)) })
        : t("errors.retryIn", { minutes: Math.ceil(error.retryAfter / 60) });
    return `${text} ${wait}`;
  }
  return text;
}

/** One problem of a validation error, in the current language where the catalog knows its code. */
export function detailText(t: TFunction, detail: ErrorDetail): string {
  return codeText(t, detail.code, detail.message);
}

// Validation errors name the field with the part of the request it came from ("body.name.kk");
// forms name their inputs by the path inside the body ("name.kk").
export const bareField = (field: string) => field.replace(/^(body|querystring|params)\./, "");

/** The message to show next to the input named `field` (dot path such as `name.kk`), if any. */
export function fieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const detail = error.details.find((d) => bareField(d.field) === field);
  if (detail) return detailText(t, detail);
  if (error.field !== undefined && bareField(error.field) === field) return errorText(t, error);
  return undefined;
}

/**
 * Whether a part of a screen failed only because the user's role may not read that kind of record
 * (`access.role`): the part is left out, as the menu leaves out what a role may not open — not shown as
 * a red error on every card the user opens. A confidential record (`access.confidential`) is told.
 */
export function notForRole(error: unknown): boolean {
  return error instanceof ApiError && error.code === "access.role";
}
