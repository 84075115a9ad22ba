import type { FastifyInstance, FastifyRequest } from "fastify";
import { sql } from "kysely";
import type { Db } from "../db/pool.ts";
import { AppError } from "../errors/app-error.ts";
import { sameSecret, tokenHash } from "./tokens.ts";
import { loadUserContext, toAuth } from "./user-queries.ts";

export const SESSION_COOKIE = "aldyn_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

async function resolveAuth(db: Db, req: FastifyRequest) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (bearer) {
    const t = await db
      .selectFrom("service_token")
      .select("user_id")
      .where("token_hash", "=", tokenHash(bearer))
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (!t) throw new AppError("auth.unauthenticated", "The bearer token is not valid.");
    const row = await loadUserContext(db, t.user_id);
    if (!row || !row.active || !row.service)
      throw new AppError("auth.account_disabled", "The account is disabled.");
    return toAuth(row, null);
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const hash = tokenHash(cookie);
  const s = await db
    .selectFrom("user_session")
    .select(["user_id", "csrf_token", "expires_at", "revoked_at", "last_seen_at"])
    .where("token_hash", "=", hash)
    .executeTakeFirst();
  if (!s || s.revoked_at || new Date(s.expires_at) <= new Date()) return null;
  const row = await loadUserContext(db, s.user_id);
  if (!row || !row.active) return null;
  // Sliding activity mark, written at most once a minute to keep reads cheap.
  if (Date.now() - new Date(s.last_seen_at).getTime() > 60_000) {
    await db
      .updateTable("user_session")
      .set({ last_seen_at: sql`now()` })
      .where("token_hash", "=", hash)
      .execute();
  }
  return toAuth(row, { tokenHash: hash, csrfToken: s.csrf_token });
}

/**
 * Authenticates every request (session cookie or service bearer token), then enforces the route's
 * access level and, for cookie sessions, the CSRF token on every unsafe method.
 */
export function installAuth(app: FastifyInstance, db: Db): void {
  app.decorateRequest("auth", null);
  app.addHook("preHandler", async (req) => {
    const url = req.routeOptions.url ?? "";
    // The web app's files and the API documentation are public; everything else under /api is not.
    if (!url.startsWith("/api/") || url.startsWith("/api/docs")) return;
    const access = req.routeOptions.config.access ?? "user";
    req.auth = await resolveAuth(db, req);
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
