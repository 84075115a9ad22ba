import { ERROR_STATUS, isErrorCode, type ErrorCode } from "@aldyn/contract";
import type { Refusal } from "@aldyn/law";

/**
 * The one domain error (ARCHITECTURE.md). Use cases throw it; the HTTP layer maps it to a status once.
 * A refusal by the law keeps the law's code and article and is a 422.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;
  readonly article: string | undefined;
  readonly details: { field: string; code: string; message: string }[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: {
      field?: string;
      article?: string;
      details?: { field: string; code: string; message: string }[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.field = extra.field;
    this.article = extra.article;
    this.details = extra.details;
    this.headers = extra.headers;
  }

  /** A refusal by the law (or several, shown at once): 422 with the first code and article. */
  static fromRefusals(refusals: readonly Refusal[]): AppError {
    const first = refusals[0]!;
    const e = new AppError("validation.failed", `${first.message} (${first.article})`, {
      field: first.field,
      article: first.article,
      details: refusals.map((r) => ({
        field: r.field ?? "",
        code: r.code,
        message: `${r.message} (${r.article})`,
      })),
    });
    return Object.assign(e, { code: first.code, status: 422 });
  }
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} was not found.`);
}

export function statusOf(code: string): number {
  return isErrorCode(code) ? ERROR_STATUS[code] : 422;
}
