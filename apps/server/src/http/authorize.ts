import type { FastifyRequest } from "fastify";
import { can } from "../access/can.ts";
import type { Action } from "../access/actions.ts";
import type { Resource } from "../access/resources.ts";
import { AppError } from "../errors/app-error.ts";
import { requireAuth, type RequestAuth } from "./request-context.ts";

/**
 * Checks `can(actor, action, resource)` and throws the 403 it decides; returns the auth on success.
 * Every refusal thrown by a route is then audited, and a record the request names outside the
 * actor's reach is answered as an unknown id (404), in one place: audit/refusals.ts (R11.1, R11.2).
 */
export function authorize(req: FastifyRequest, action: Action, resource: Resource): RequestAuth {
  const auth = requireAuth(req);
  const d = can(auth.actor, action, resource);
  if (!d.allowed) throw new AppError(d.code, d.reason);
  return auth;
}
