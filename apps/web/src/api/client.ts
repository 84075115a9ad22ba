import type { ErrorBody } from "@aldyn/contract";
import { browserStore, rememberExpiry } from "../auth/returnPath.ts";

type ErrorPayload = ErrorBody["error"];
export type ErrorDetail = NonNullable<ErrorPayload["details"]>[number];

/**
 * An error answered by the API (or a network failure, code `network`). It keeps the whole error
 * body so screens can show the message, the field at fault and the article of law.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly article: string | undefined;
  readonly details: readonly ErrorDetail[];
  readonly requestId: string | undefined;
  /** Seconds from the Retry-After header (throttled logins), when the server sent one. */
  readonly retryAfter: number | undefined;

  constructor(status: number, body: Partial<ErrorPayload> & { code: string }, retryAfter?: number) {
    super(body.message ?? body.code);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    this.article = body.article;
    this.details = body.details ?? [];
    this.requestId = body.requestId;
    this.retryAfter = retryAfter;
  }
}

// The CSRF token of the current session. It lives in memory only: the session query and the login
// call set it, logout clears it, and every non-GET request carries it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error: unknown = value.error;
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string";
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A fresh Idempotency-Key (getRandomValues works on plain http too, unlike randomUUID). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** How often a POST is sent again, with the same key, when its answer did not arrive. */
const POST_ATTEMPTS = 3;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the request; a POST carries an Idempotency-Key and is sent again with the same key when the
 * connection failed or the server says the first attempt is still running — the server then answers
 * with the first result, so a record is never made twice (ARCHITECTURE.md "Writes are idempotent").
 */
async function send(method: string, path: string, init: RequestInit & { headers: Record<string, string> }) {
  if (method !== "POST") return await fetch(`/api/v1${path}`, init);
  init.headers["Idempotency-Key"] = newIdempotencyKey();
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`/api/v1${path}`, init);
      const busy = response.status === 409 && response.headers.get("Retry-After") !== null;
      if (!busy || attempt >= POST_ATTEMPTS) return response;
      await pause(1000 * (parseRetryAfter(response.headers.get("Retry-After")) ?? 1));
    } catch (e) {
      if (attempt >= POST_ATTEMPTS) throw e;
      await pause(500 * attempt);
    }
  }
}

/**
 * The session ended under the user (its time ran out, or it was ended from elsewhere): the login
 * screen says so, and the next login returns to this page (path and search).
 */
function noteExpiredSession(): void {
  const store = browserStore();
  if (store && typeof location !== "undefined") rememberExpiry(store, location.pathname + location.search);
}

/** One call to `/api/v1`. Resolves with the parsed JSON (undefined for 204) or throws ApiError. */
export async function apiRequest<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  // Only a request with a payload declares JSON: the server refuses an empty JSON body.
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;

  let response: Response;
  try {
    response = await send(method, path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { code: "network" });
  }

  const payload = await readJson(response);
  if (!response.ok) {
    const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
    if (isErrorBody(payload)) {
      if (payload.error.code === "auth.session_expired") noteExpiredSession();
      throw new ApiError(response.status, payload.error, retryAfter);
    }
    throw new ApiError(
      response.status,
      { code: response.status >= 500 ? "internal" : "unknown" },
      retryAfter,
    );
  }
  return payload as T;
}

/**
 * A multipart upload (attachments). The browser sets the multipart boundary itself, so no
 * Content-Type here; the CSRF header is needed as on every other write.
 */
export async function apiUpload<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: "POST",
      headers,
      credentials: "same-origin",
      body: form,
    });
  } catch {
    throw new ApiError(0, { code: "network" });
  }
  const payload = await readJson(response);
  if (!response.ok) {
    if (isErrorBody(payload)) {
      if (payload.error.code === "auth.session_expired") noteExpiredSession();
      throw new ApiError(response.status, payload.error);
    }
    // A proxy may cut an oversized body before the API answers.
    const code =
      response.status === 413 ? "request.too_large" : response.status >= 500 ? "internal" : "unknown";
    throw new ApiError(response.status, { code });
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, params?: QueryParams) => apiRequest<T>("GET", withQuery(path, params)),
  post: <T>(path: string, body?: unknown) => apiRequest<T>("POST", path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>("PATCH", path, body),
};
