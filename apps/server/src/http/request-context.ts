import type { FastifyRequest } from "fastify";
import type { Actor, Role } from "../access/roles.ts";
import type { AuditContext } from "../audit/record.ts";
import { AppError } from "../errors/app-error.ts";

/** The authenticated user of a request (session cookie or service bearer token). */
export interface RequestAuth {
  readonly user: {
    readonly id: string;
    readonly username: string;
    readonly fullName: string;
    readonly roles: readonly Role[];
    readonly bodyId: string;
    readonly mustChangePassword: boolean;
    readonly service: boolean;
  };
  readonly actor: Actor;
  /** Present for cookie sessions: the stored hash and the CSRF token bound to the session. */
  readonly session: { readonly tokenHash: string; readonly csrfToken: string } | null;
}

declare module "fastify" {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig {
    /** `public` routes need no login; `any_user` lets a user who must change the password through. */
    access?: "public" | "any_user" | "user";
  }
}

/** The authenticated actor, or 401. */
export function requireAuth(req: FastifyRequest): RequestAuth {
  if (!req.auth) throw new AppError("auth.unauthenticated", "Please log in.");
  return req.auth;
}

/** Audit context of the request: who, in which role and body, on which route, from where. */
export function auditContext(req: FastifyRequest): AuditContext {
  return {
    actorId: req.auth?.user.id ?? null,
    actorName: req.auth?.user.username ?? null,
    role: req.auth ? req.auth.user.roles.join(",") : null,
    bodyId: req.auth?.user.bodyId ?? null,
    route: `${req.method} ${req.routeOptions.url ?? req.url.split("?")[0]}`,
    ip: req.ip,
    requestId: req.id,
  };
}
