import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "../errors/app-error.ts";

interface Body {
  error: {
    code: string;
    message: string;
    field?: string;
    article?: string;
    details?: { field: string; code: string; message: string }[];
    requestId: string;
  };
}

function send(reply: FastifyReply, status: number, body: Body["error"], headers?: Record<string, string>) {
  if (headers) for (const [k, v] of Object.entries(headers)) void reply.header(k, v);
  return reply
    .code(status)
    .type("application/json; charset=utf-8")
    .send({ error: body } satisfies Body);
}

/**
 * Invalid input that reached PostgreSQL (a value the contract let through): its SQLSTATE, the detail
 * code the error body carries and what to tell the client. Never the database's own message, which
 * quotes SQL and may quote the value (R11; nothing personal leaves or is logged).
 */
const INVALID_INPUT_SQLSTATES: Readonly<Record<string, { code: string; message: string }>> = {
  "22021": { code: "invalid_characters", message: "A text contains a character that cannot be stored." },
  "22P05": { code: "invalid_characters", message: "A text contains a character that cannot be stored." },
  "22P02": { code: "invalid_format", message: "A value is not in the expected form." },
  "22007": { code: "invalid_format", message: "A date or time is not valid." },
  "22008": { code: "out_of_range", message: "A date or time is out of range." },
  "22003": { code: "out_of_range", message: "A number is out of range." },
  "22001": { code: "too_big", message: "A value is too long." },
  "54000": { code: "too_big", message: "A value is too large to be stored." },
  "54001": { code: "too_deep", message: "The request is too complex to process." },
  "2201B": { code: "invalid_format", message: "A search pattern is not valid." },
  "22019": { code: "invalid_format", message: "A search pattern is not valid." },
  "22025": { code: "invalid_format", message: "A search pattern is not valid." },
};

/** The SQLSTATE of an error from PostgreSQL (pg's DatabaseError), else undefined. */
function sqlStateOf(err: unknown): string | undefined {
  const e = err as { code?: unknown; severity?: unknown };
  return typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === "string"
    ? e.code
    : undefined;
}

/** JSON nested so deep that walking it overflowed the stack (R11: a 4xx, never a 500). */
const isStackOverflow = (err: unknown) =>
  err instanceof RangeError && /maximum call stack size exceeded/i.test(err.message);

/** The detail code of a validation issue: the contract's own (input.ts) for a custom check, else zod's. */
function issueCodeOf(v: { keyword: string; params?: unknown }): string {
  const own = (v.params as { params?: { code?: unknown } } | undefined)?.params?.code;
  return v.keyword === "custom" && typeof own === "string" ? own : v.keyword;
}

/** Joins a validation path into a field name: body.address.district. */
function fieldOf(context: string | undefined, path: string): string {
  const p = path.replace(/^\//, "").replace(/\//g, ".");
  return [context, p].filter(Boolean).join(".");
}

/**
 * Maps every error to the one error body, once (ARCHITECTURE.md). Bad input is a 4xx with a stable
 * code and the field; anything unexpected is a 500 whose message is masked and whose details go to
 * the log under the request id (never personal data: only the error and the route).
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const requestId = req.id;
    if (err instanceof AppError) {
      return send(
        reply,
        err.status,
        {
          code: err.code,
          message: err.message,
          ...(err.field ? { field: err.field } : {}),
          ...(err.article ? { article: err.article } : {}),
          ...(err.details ? { details: err.details } : {}),
          requestId,
        },
        err.headers,
      );
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        field: fieldOf(err.validationContext, v.instancePath),
        code: issueCodeOf(v),
        message: v.message ?? "is invalid",
      }));
      const first = details[0];
      return send(reply, 400, {
        code: "validation.failed",
        message: first ? `${first.field || "request"}: ${first.message}` : "The request is invalid.",
        ...(first?.field ? { field: first.field } : {}),
        details,
        requestId,
      });
    }
    switch (err.code) {
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return send(reply, 415, {
          code: "request.unsupported_media_type",
          message: "Send JSON with Content-Type: application/json.",
          requestId,
        });
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return send(reply, 413, {
          code: "request.too_large",
          message: "The request body is too large.",
          requestId,
        });
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
      case "FST_ERR_CTP_INVALID_JSON_BODY":
        return send(reply, 400, {
          code: "request.malformed_json",
          message: "The body is not valid JSON.",
          requestId,
        });
    }
    if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message))) {
      return send(reply, 400, {
        code: "request.malformed_json",
        message: "The body is not valid JSON.",
        requestId,
      });
    }
    const sqlState = sqlStateOf(err);
    const invalid = sqlState ? INVALID_INPUT_SQLSTATES[sqlState] : undefined;
    if (invalid || isStackOverflow(err)) {
      const { code, message } = invalid ?? {
        code: "too_deep",
        message: "The request is nested too deeply to process.",
      };
      req.log.warn({ sqlState, code, route: req.routeOptions.url }, "invalid input refused late");
      return send(reply, 400, {
        code: "validation.failed",
        message,
        details: [{ field: "request", code, message }],
        requestId,
      });
    }
    if (err.statusCode === 429) {
      return send(reply, 429, { code: "rate_limited", message: "Too many requests; slow down.", requestId });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, err.statusCode, { code: "validation.failed", message: err.message, requestId });
    }
    // A database error's message and detail may quote the values (a duplicate key names it): only
    // its SQLSTATE and where it arose are logged.
    const logged = sqlState
      ? {
          sqlState,
          routine: (err as { routine?: string }).routine,
          stack: err.stack?.split("\n").slice(1).join("\n"),
        }
      : { message: err.message, code: err.code, stack: err.stack };
    req.log.error({ err: logged, route: req.routeOptions.url }, "unhandled");
    return send(reply, 500, {
      code: "internal",
      message: `An internal error occurred. Quote request id ${requestId} to support.`,
      requestId,
    });
  });
  app.setNotFoundHandler((req, reply) =>
    send(reply, 404, {
      code: "not_found",
      message: `No such endpoint: ${req.method} ${req.url.split("?")[0]}`,
      requestId: req.id,
    }),
  );
}
