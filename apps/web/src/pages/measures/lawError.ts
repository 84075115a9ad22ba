import type { TFunction } from "i18next";
import { ApiError } from "../../api/client.ts";
import { bareField, fieldError } from "../../api/errors.ts";
import { lawCitation } from "../../format.ts";

/**
 * The message for one input, with the article of law when the law refused it (a 422 names the
 * field and the article), so the user reads the reason next to the field it concerns.
 */
export function lawFieldError(t: TFunction, error: unknown, field: string): string | undefined {
  const text = fieldError(t, error, field);
  if (!text || !(error instanceof ApiError) || !error.article) return text;
  const own = error.field !== undefined && bareField(error.field) === field;
  const inDetails = error.details.some((d) => bareField(d.field) === field);
  // The server's own (untranslated) text already quotes the article; a catalog text does not.
  if (!(own || inDetails) || text.includes(error.article)) return text;
  return `${text} — ${t("errors.article", { article: lawCitation(t, error.article) })}`;
}
