import { z } from "zod";

/*
 * The primitives every request input is built from (R11: bad input gets a clear 400 naming the field
 * and changes nothing). PostgreSQL refuses U+0000 in text and in jsonb (SQLSTATE 22021, 22P05), a lone
 * UTF-16 surrogate is either refused in jsonb or silently turned into U+FFFD in text, and a free-form
 * object nested thousands deep overflows the stack of whatever walks it next. So every string of a
 * request is a `text()` or a `line()` (or a format that cannot hold such characters: uuid, ISO date,
 * an enum, a regex of letters), and every free-form object is a `jsonObject()` with depth and size
 * caps checked without recursion.
 */

/** Detail codes (`error.details[].code` of a 400 `validation.failed`) the primitives report. */
export const INPUT_ISSUE_CODES = {
  /** A control character other than tab/CR/LF (in a single line: any), or an unpaired surrogate. */
  invalidCharacters: "invalid_characters",
  /** A free-form object nested deeper than its cap. */
  tooDeep: "too_deep",
  /** A date or an instant outside the years a record can be about. */
  outOfRange: "out_of_range",
} as const;

// What may need a look: C0 and C1 controls, DEL, and any surrogate (most strings have none).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/;

const hex = (unit: number) => `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Why `value` may not be stored as text, or null when it may: the first control character (but tab,
 * CR and LF when `multiline`), DEL, C1 control or unpaired UTF-16 surrogate, as a code point and a
 * position — never the text itself, which may be personal data.
 */
export function invalidCharacter(value: string, multiline: boolean): string | null {
  if (!SUSPECT.test(value)) return null;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      if (multiline && (c === 0x09 || c === 0x0a || c === 0x0d)) continue;
      return `contains a control character (${hex(c)}) at position ${i}`;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++; // a pair: one character outside the Basic Multilingual Plane (an emoji)
        continue;
      }
      return `contains an unpaired surrogate (${hex(c)}) at position ${i}`;
    }
  }
  return null;
}

function clean(multiline: boolean) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = invalidCharacter(value, multiline);
    if (problem) {
      ctx.addIssue({
        code: "custom",
        message: problem,
        params: { code: INPUT_ISSUE_CODES.invalidCharacters },
      });
    }
  };
}

/**
 * Free text of a request (a note, an address, a summary): tab, CR and LF are allowed; NUL, other
 * control characters and unpaired surrogates are refused with `invalid_characters`. Chain the
 * field's own rules after it: `text().trim().min(1).max(500)`.
 */
export function text() {
  return z.string().superRefine(clean(true));
}

/**
 * A single-line value of a request (a name, a code, a number, a search term): no control character
 * at all, no unpaired surrogate (`invalid_characters`).
 */
export function line() {
  return z.string().superRefine(clean(false));
}

/**
 * The years a date or an instant of a request may fall in: the oldest person alive was born after
 * 1900, and a measure's term of up to 100 years from today still ends before 2200. Outside them the
 * law's date arithmetic, the four-digit years of ISO dates and PostgreSQL (no year 0) part ways.
 */
export const YEARS = { min: 1900, max: 2199 } as const;

function inYears(value: string, ctx: z.RefinementCtx): void {
  const m = /^(\d{4})-/.exec(value);
  if (m && (Number(m[1]) < YEARS.min || Number(m[1]) > YEARS.max)) {
    ctx.addIssue({
      code: "custom",
      message: `is outside the years ${YEARS.min}-${YEARS.max}`,
      params: { code: INPUT_ISSUE_CODES.outOfRange },
    });
  }
}

/** A calendar date of a request (YYYY-MM-DD, a real day) within {@link YEARS}. */
export function legalDate() {
  return z.iso.date().superRefine(inYears);
}

/** An instant of a request (ISO 8601 with its offset) within {@link YEARS}. */
export function instant() {
  return z.iso.datetime({ offset: true }).superRefine(inYears);
}

/** Integers as PostgreSQL's `integer` holds them: a larger one is a 400 here, not a 22003 there. */
export const INT32_MAX = 2_147_483_647;

/** The version of a record an edit was made on (optimistic concurrency). */
export function version() {
  return z.number().int().min(1).max(INT32_MAX);
}

/** The caps of a free-form object of a request (a measure's `details`). */
export interface FreeFormLimits {
  /** Nesting of objects and arrays, the object itself being 1. */
  readonly depth: number;
  /** Keys and array elements in the whole tree. */
  readonly entries: number;
  /** Characters of a string value. */
  readonly stringLength: number;
  /** Characters of a key. */
  readonly keyLength: number;
}

/**
 * A measure's kind details nest three deep (details → victims → a victim) and hold tens of values;
 * these caps leave room and stop anything that could only be an attack.
 */
export const FREE_FORM_LIMITS: FreeFormLimits = {
  depth: 8,
  entries: 500,
  stringLength: 4000,
  keyLength: 100,
};

interface FreeFormProblem {
  readonly path: (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * The first problem of a free-form JSON value, or null. Walks with its own stack, never by recursion,
 * and stops at the first problem, so a body nested 10,000 deep costs a few steps (JSON.parse builds
 * such a body without trouble; JSON.stringify and PostgreSQL overflow on it).
 */
export function freeFormProblem(
  root: unknown,
  limits: FreeFormLimits = FREE_FORM_LIMITS,
): FreeFormProblem | null {
  const stack: { value: unknown; depth: number; path: (string | number)[] }[] = [
    { value: root, depth: 1, path: [] },
  ];
  let entries = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value === "string") {
      if (value.length > limits.stringLength) {
        return { path, code: "too_big", message: `is longer than ${limits.stringLength} characters` };
      }
      const bad = invalidCharacter(value, true);
      if (bad) return { path, code: INPUT_ISSUE_CODES.invalidCharacters, message: bad };
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth > limits.depth) {
      return {
        path,
        code: INPUT_ISSUE_CODES.tooDeep,
        message: `is nested deeper than ${limits.depth} levels`,
      };
    }
    const children: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value as Record<string, unknown>);
    entries += children.length;
    if (entries > limits.entries) {
      return { path, code: "too_big", message: `holds more than ${limits.entries} values in all` };
    }
    for (const [key, child] of children) {
      if (typeof key === "string") {
        // A bad key is reported at its object: the key itself is no name to show.
        if (key.length > limits.keyLength) {
          return { path, code: "too_big", message: `has a key longer than ${limits.keyLength} characters` };
        }
        const bad = invalidCharacter(key, false);
        if (bad) return { path, code: INPUT_ISSUE_CODES.invalidCharacters, message: `has a key that ${bad}` };
      }
      stack.push({ value: child, depth: depth + 1, path: [...path, key] });
    }
  }
  return null;
}

/**
 * A free-form JSON object of a request, its content left to the law (a measure's kind details), with
 * the caps of {@link FREE_FORM_LIMITS}: too deep → `too_deep`, too many values or too long a
 * string → `too_big`, a forbidden character in a key or a string → `invalid_characters`, each at
 * its path inside the object.
 */
export function jsonObject(limits: FreeFormLimits = FREE_FORM_LIMITS) {
  return z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
    const problem = freeFormProblem(value, limits);
    if (problem) {
      ctx.addIssue({
        code: "custom",
        path: problem.path,
        message: problem.message,
        params: { code: problem.code },
      });
    }
  });
}
