import type { Citation } from "./citation.ts";

/**
 * A refusal by the law: a value, never a thrown string. `code` is stable (the server maps it to a
 * 422 and the UI translates it); `article` is the provision that forbids; `field` names the input at
 * fault where there is one; `params` carry the numbers the message needs (limits, dates).
 */
export interface Refusal {
  readonly ok: false;
  readonly code: string;
  readonly article: Citation;
  readonly message: string;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

export interface Allowed<T> {
  readonly ok: true;
  readonly value: T;
}

/** The answer of every validating rule: allowed with a value, or refused with an article. */
export type Verdict<T> = Allowed<T> | Refusal;

export function allow<T>(value: T): Allowed<T> {
  return { ok: true, value };
}

export function refuse(
  code: string,
  article: Citation,
  message: string,
  extra: { field?: string; params?: Record<string, string | number | boolean> } = {},
): Refusal {
  return { ok: false, code, article, message, ...extra };
}

/** Collects every refusal of a list of checks (a form shows them all at once, not one by one). */
export function firstRefusals(checks: ReadonlyArray<Refusal | null | undefined>): Refusal[] {
  return checks.filter((c): c is Refusal => c != null);
}
