import type { FastifyInstance } from "fastify";
import * as oidc from "openid-client";
import type { Db } from "../db/pool.ts";
import type { Config } from "../config.ts";
import { AppError } from "../errors/app-error.ts";
import { recordAudit } from "../audit/record.ts";
import { auditContext } from "../http/request-context.ts";
import { openSession } from "./session.ts";

const FLOW_COOKIE = "aldyn_oidc";

/**
 * Optional login through the state identity provider (OpenID Connect, authorization code + PKCE).
 * The seam: set OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI; a user is
 * matched by `app_user.oidc_subject` (set by an administrator), so the IdP proves identity and Aldyn
 * still decides body, territory and roles. Without configuration the routes answer 404.
 */
export function oidcRoutes(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  const cfg = deps.config.oidc;
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = () => {
    if (!cfg)
      throw new AppError("auth.oidc_not_configured", "Single sign-on is not configured on this server.");
    discovered ??= oidc.discovery(new URL(cfg.issuer), cfg.clientId, cfg.clientSecret);
    return discovered;
  };

  app.get(
    "/api/v1/auth/oidc/login",
    { config: { access: "public" }, schema: { tags: ["auth"], summary: "Start single sign-on" } },
    async (_req, reply) => {
      const c = await configuration();
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const url = oidc.buildAuthorizationUrl(c, {
        redirect_uri: cfg!.redirectUri,
        scope: "openid profile",
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        state,
      });
      void reply.setCookie(FLOW_COOKIE, `${state}.${verifier}`, {
        httpOnly: true,
        sameSite: "lax",
        path: "/api/v1/auth/oidc",
        maxAge: 600,
        secure: deps.config.cookieSecure,
      });
      return reply.redirect(url.href);
    },
  );

  app.get(
    "/api/v1/auth/oidc/callback",
    { config: { access: "public" }, schema: { tags: ["auth"], summary: "Single sign-on callback" } },
    async (req, reply) => {
      const c = await configuration();
      const [state, verifier] = (req.cookies[FLOW_COOKIE] ?? "").split(".");
      if (!state || !verifier)
        throw new AppError("auth.unauthenticated", "The sign-on flow expired; start again.");
      const current = new URL(req.url, cfg!.redirectUri);
      const tokens = await oidc.authorizationCodeGrant(c, current, {
        pkceCodeVerifier: verifier,
        expectedState: state,
      });
      const sub = tokens.claims()?.sub;
      const user = sub
        ? await deps.db
            .selectFrom("app_user")
            .select(["id", "active"])
            .where("oidc_subject", "=", sub)
            .executeTakeFirst()
        : undefined;
      if (!user || !user.active)
        throw new AppError(
          "auth.invalid_credentials",
          "This identity is not linked to an active Aldyn account.",
        );
      await deps.db.transaction().execute(async (trx) => {
        await openSession(trx, reply, deps.config, user.id, req.ip);
        await recordAudit(trx, { ...auditContext(req), actorId: user.id }, { action: "auth.login_oidc" });
      });
      void reply.clearCookie(FLOW_COOKIE, { path: "/api/v1/auth/oidc" });
      return reply.redirect("/");
    },
  );
}
