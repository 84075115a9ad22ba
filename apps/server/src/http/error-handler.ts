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
        code: String((v.params as { issue?: { code?: string } } | undefined)?.issue?.code ?? v.keyword),
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
    if (err.statusCode === 429) {
      return send(reply, 429, { code: "rate_limited", message: "Too many requests; slow down.", requestId });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, err.statusCode, { code: "validation.failed", message: err.message, requestId });
    }
    req.log.error(
      { err: { message: err.message, code: err.code, stack: err.stack }, route: req.routeOptions.url },
      "unhandled",
    );
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
