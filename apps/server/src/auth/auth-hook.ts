import type { FastifyInstance, FastifyRequest } from "fastify";
import type pg from "pg";
import type { Db } from "../db/pool.ts";
import { AppError } from "../errors/app-error.ts";
import { sameSecret, tokenHash } from "./tokens.ts";
import { loadServiceTokenContext, loadSessionContext, toAuth } from "./user-queries.ts";

export const SESSION_COOKIE = "aldyn_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

async function resolveAuth(db: Db, pool: pg.Pool, req: FastifyRequest) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (bearer) {
    const row = await loadServiceTokenContext(pool, tokenHash(bearer));
    if (!row) throw new AppError("auth.unauthenticated", "The bearer token is not valid.");
    if (!row.active || !row.service) throw new AppError("auth.account_disabled", "The account is disabled.");
    return toAuth(row, null);
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const hash = tokenHash(cookie);
  // Session, user, body and territory in one statement (the activity mark rides along): a request
  // pays one round-trip for authentication, and revocation still takes effect on the next request.
  const s = await loadSessionContext(pool, hash);
  if (!s || s.revoked_at || new Date(s.expires_at) <= new Date() || !s.active) return null;
  return toAuth(s, { tokenHash: hash, csrfToken: s.csrf_token });
}

/**
 * Authenticates every request (session cookie or service bearer token), then enforces the route's
 * access level and, for cookie sessions, the CSRF token on every unsafe method.
 */
export function installAuth(app: FastifyInstance, db: Db, pool: pg.Pool): void {
  app.decorateRequest("auth", null);
  app.addHook("preHandler", async (req) => {
    const url = req.routeOptions.url ?? "";
    // The web app's files and the API documentation are public; everything else under /api is not.
    if (!url.startsWith("/api/") || url.startsWith("/api/docs")) return;
    const access = req.routeOptions.config.access ?? "user";
    req.auth = await resolveAuth(db, pool, req);
    if (access === "public") return;
    if (!req.auth) {
      throw new AppError(
        req.cookies[SESSION_COOKIE] ? "auth.session_expired" : "auth.unauthenticated",
        req.cookies[SESSION_COOKIE] ? "Your session has ended; please log in again." : "Please log in.",
      );
    }
    if (req.auth.session && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers["x-csrf-token"];
      if (typeof sent !== "string" || !sameSecret(sent, req.auth.session.csrfToken)) {
        throw new AppError("auth.csrf", "The request lacks a valid X-CSRF-Token header.");
      }
    }
    if (access === "user" && req.auth.user.mustChangePassword) {
      throw new AppError("auth.password_change_required", "Change your password before continuing.");
    }
  });
}
