// The pure part of a form's messages (no React, so it is unit-tested in node): the form's own checks
// and the server's refusal merged per input, each input named by its path inside the request body
// ("legalGround", "details.victims", "actualAddress.text") — the path the server's 4xx names too.
import type { TFunction } from "i18next";
import { ApiError, type ErrorDetail } from "../api/client.ts";
import { bareField, detailText, errorText } from "../api/errors.ts";
import { lawCitation } from "../format.ts";

/** The form's own checks: the message for each input that is wrong now; right inputs are absent. */
export type FieldChecks = Readonly<Record<string, string | undefined>>;

/** One message of the list at the top of a form: for an input (a link to it) or for the whole form. */
export interface FormProblem {
  /** The input's path in the body; null when no input of the form shows it. */
  readonly field: string | null;
  readonly message: string;
}

/** What a form shows: the message under each input and the list at the top. */
export interface FormMessages {
  readonly byField: Readonly<Record<string, string>>;
  readonly problems: readonly FormProblem[];
  /** The server's answer when it is about the form as a whole (a conflict, a refusal of access…). */
  readonly general: string | null;
}

/**
 * The boundary's generic codes ("too short", "invalid") and the law's own: a form that has its own
 * message for the input says it better than "The value is too short or too small".
 */
const GENERIC = new Set([
  "required",
  "too_small",
  "too_big",
  "invalid_format",
  "invalid_type",
  "invalid_value",
  "invalid_union",
  "custom",
]);

/** The value at a dot path of a body (`details.victims.0.fullName`); undefined when absent. */
export function valueAt(body: unknown, path: string): unknown {
  let node: unknown = body;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * The input a server's path belongs to: the input itself, the deepest input it lies under
 * (`details.victims.1.personId` → `details.victims`), or the first input of the part it names
 * (`justification` → `justification.basis`); null when the form shows no such input.
 */
export function ownerField(path: string, fields: readonly string[]): string | null {
  const bare = bareField(path);
  let best: string | null = null;
  for (const f of fields) {
    const under = bare === f || bare.startsWith(`${f}.`);
    if (under && (best === null || f.length > best.length)) best = f;
  }
  return best ?? fields.find((f) => f.startsWith(`${bare}.`)) ?? null;
}

/** The article a refusal's detail quotes at its end ("… (001 Art. 60(4))"), if any. */
export function detailArticle(message: string): string | undefined {
  const at = message.search(/\((\d{3} (?:Arts?|pp?)\.[^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/);
  return at < 0 ? undefined : message.slice(at + 1, message.trimEnd().length - 1);
}

/** A blank answer: nothing typed, nothing chosen, an empty list. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The same answer (the server's message about an input stays until the input is changed). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface Input {
  t: TFunction;
  /** The form's own checks on what is typed now; shown once the user has tried to save. */
  checks: FieldChecks;
  /** Shown: the user tried to save at least once. */
  submitted: boolean;
  /** The inputs the form shows, by body path. */
  fields: readonly string[];
  /**
   * The form's own message for a refusal of an input, said instead of the catalog's (e.g. "Enter the
   * IIN: 12 digits" for the boundary's generic "too short"); undefined: the catalog's.
   */
  messages?: OwnMessages;
  /** Server paths that mean an input of another name (`subject` → `organisation.name`). */
  aliases?: Readonly<Record<string, string>>;
  /** Details that are data, not messages (a duplicate's id), which the form shows its own way. */
  ignore?: readonly string[];
  /** The server's refusal of the last save, the body that was sent, and the body as it is now. */
  error: unknown;
  sent?: unknown;
  current?: unknown;
}

/** The form's own message for the server's refusal `code` of `field`, if it has a better one. */
export type OwnMessages = (field: string, code: string) => string | undefined;

/** Whether a code is one of the boundary's generic ones ("too short", "invalid"), not the law's. */
export const isGenericCode = (code: string): boolean => GENERIC.has(code);

/** Own messages for the generic codes only: the law's refusals keep their own sentence. */
export function forGenericCodes(messages: Readonly<Record<string, string>>): OwnMessages {
  return (field, code) => (GENERIC.has(code) ? messages[field] : undefined);
}

function detailMessage(t: TFunction, d: ErrorDetail, own: string | undefined): string {
  const text = own ?? detailText(t, d);
  const article = detailArticle(d.message);
  // The catalog's text does not quote the article; the server's own (untranslated) text does.
  return article && !text.includes(article)
    ? `${text} — ${t("errors.article", { article: lawCitation(t, article) })}`
    : text;
}

/**
 * The messages of a form. The form's checks show from the first attempt to save and follow what is
 * typed, so an input's message goes as soon as it is corrected; the server's message about an input
 * stays while the input still holds what was sent, and goes when it is changed.
 */
export function formMessages(input: Input): FormMessages {
  const { t, checks, submitted, fields, messages, aliases = {}, ignore = [], error, sent, current } = input;
  const byField: Record<string, string> = {};
  const problems: FormProblem[] = [];
  const add = (field: string | null, message: string) => {
    if (field !== null) {
      if (byField[field] !== undefined) return;
      byField[field] = message;
    } else if (problems.some((p) => p.field === null && p.message === message)) return;
    problems.push({ field, message });
  };
  if (submitted) {
    for (const f of fields) {
      const m = checks[f];
      if (m) add(f, m);
    }
    for (const [f, m] of Object.entries(checks)) if (m && !fields.includes(f)) add(null, m);
  }
  let general: string | null = null;
  if (error) {
    const api = error instanceof ApiError ? error : undefined;
    const own: ErrorDetail | null =
      api?.field !== undefined ? { field: api.field, code: api.code, message: api.message } : null;
    // The answer's own field is an input's message too, unless a detail already speaks of it.
    const given = (api?.details ?? []).filter((d) => !ignore.includes(bareField(d.field)));
    const details: ErrorDetail[] = [
      ...(own && !given.some((d) => d.code === own.code || d.field === own.field) ? [own] : []),
      ...given,
    ];
    let unplaced = details.length === 0;
    for (const d of details) {
      const path = bareField(d.field);
      const field = d.field ? ownerField(aliases[path] ?? path, fields) : null;
      if (field === null) {
        unplaced = true;
        // The answer's own refusal is said once, above the list, with its article.
        if (d.code !== api?.code) add(null, detailMessage(t, d, undefined));
        continue;
      }
      // Changed since it was sent: the user is correcting it, the old message goes.
      if (sent !== undefined && !same(valueAt(sent, field), valueAt(current, field))) continue;
      add(field, detailMessage(t, d, messages?.(field, d.code)));
    }
    if (unplaced || !api || (api.status !== 400 && api.status !== 422)) general = errorText(t, error);
  }
  return { byField, problems, general };
}

/** The id of an input's element, so that the list at the top can move the focus to it. */
export function fieldDomId(formId: string, field: string): string {
  return `${formId}-${field.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
