import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { ChangePasswordRequest, ErrorBody, LoginRequest, Session } from "@aldyn/contract";
import type { Db } from "../db/pool.ts";
import type { Config } from "../config.ts";
import { AppError } from "../errors/app-error.ts";
import { auditContext, requireAuth } from "../http/request-context.ts";
import { recordAudit } from "../audit/record.ts";
import { SESSION_COOKIE } from "./auth-hook.ts";
import { assertPasswordPolicy, dummyHash, hashPassword, verifyPassword } from "./passwords.ts";
import { beginLoginAttempt, markLoginSucceeded } from "./throttle.ts";
import { noticeLoginFailures } from "../modules/notifications/login-failure-notice.ts";
import { openSession } from "./session.ts";
import { loadUserContext, toMe } from "./user-queries.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 422: ErrorBody, 429: ErrorBody };

export function authRoutes(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = deps;

  r.post(
    "/api/v1/auth/login",
    {
      config: { access: "public" },
      schema: {
        tags: ["auth"],
        summary: "Log in with a local account",
        body: LoginRequest,
        response: { 200: Session, ...errors },
      },
    },
    async (req, reply) => {
      const username = req.body.username.trim().toLowerCase();
      const now = new Date();
      const attempt = await beginLoginAttempt(db, username, req.ip, now);
      const u = await db
        .selectFrom("app_user")
        .select(["id", "password_hash", "active", "service"])
        .where("username", "=", username)
        .executeTakeFirst();
      const ok = await verifyPassword(u?.password_hash ?? (await dummyHash()), req.body.password);
      if (!u || !ok || u.service) {
        await noticeLoginFailures(db, auditContext(req), username, now);
        throw new AppError("auth.invalid_credentials", "The username or password is wrong.");
      }
      if (!u.active)
        throw new AppError("auth.account_disabled", "The account is disabled; contact your administrator.");
      const { row, csrfToken } = await db.transaction().execute(async (trx) => {
        const csrfToken = await openSession(trx, reply, config, u.id, req.ip);
        await markLoginSucceeded(trx, attempt);
        await recordAudit(
          trx,
          { ...auditContext(req), actorId: u.id, actorName: username },
          { action: "auth.login" },
        );
        return { row: await loadUserContext(db, u.id), csrfToken };
      });
      return { user: toMe(row!), csrfToken };
    },
  );

  r.get(
    "/api/v1/auth/me",
    {
      config: { access: "any_user" },
      schema: { tags: ["auth"], summary: "The current session", response: { 200: Session, 401: ErrorBody } },
    },
    async (req) => {
      const auth = requireAuth(req);
      const row = await loadUserContext(db, auth.user.id);
      return { user: toMe(row!), csrfToken: auth.session?.csrfToken ?? "" };
    },
  );

  r.post(
    "/api/v1/auth/logout",
    {
      config: { access: "any_user" },
      schema: { tags: ["auth"], summary: "End this session", response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      const auth = requireAuth(req);
      if (auth.session) {
        await db.transaction().execute(async (trx) => {
          await trx
            .updateTable("user_session")
            .set({ revoked_at: sql`now()` })
            .where("token_hash", "=", auth.session!.tokenHash)
            .execute();
          await recordAudit(trx, auditContext(req), { action: "auth.logout" });
        });
      }
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/api/v1/auth/logout-everywhere",
    {
      config: { access: "any_user" },
      schema: {
        tags: ["auth"],
        summary: "End every session of this user",
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const auth = requireAuth(req);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("user_session")
          .set({ revoked_at: sql`now()` })
          .where("user_id", "=", auth.user.id)
          .where("revoked_at", "is", null)
          .execute();
        await recordAudit(trx, auditContext(req), { action: "auth.logout_everywhere" });
      });
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/api/v1/auth/change-password",
    {
      config: { access: "any_user" },
      schema: {
        tags: ["auth"],
        summary: "Change the password",
        body: ChangePasswordRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const auth = requireAuth(req);
      const u = await db
        .selectFrom("app_user")
        .select(["password_hash", "username"])
        .where("id", "=", auth.user.id)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(u.password_hash, req.body.currentPassword))) {
        throw new AppError("auth.invalid_credentials", "The current password is wrong.", {
          field: "currentPassword",
        });
      }
      assertPasswordPolicy(req.body.newPassword, u.username, "newPassword");
      if (req.body.newPassword === req.body.currentPassword) {
        throw new AppError("auth.password_unchanged", "The new password must differ from the current one.", {
          field: "newPassword",
        });
      }
      const hashed = await hashPassword(req.body.newPassword);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("app_user")
          .set({
            password_hash: hashed,
            must_change_password: false,
            password_changed_at: sql`now()`,
            version: sql`version + 1`,
          })
          .where("id", "=", auth.user.id)
          .execute();
        // Other sessions end: a changed password must lock out whoever knew the old one.
        await trx
          .updateTable("user_session")
          .set({ revoked_at: sql`now()` })
          .where("user_id", "=", auth.user.id)
          .where("revoked_at", "is", null)
          .where("token_hash", "<>", auth.session?.tokenHash ?? "")
          .execute();
        await recordAudit(trx, auditContext(req), {
          action: "auth.password_changed",
          recordType: "user",
          recordId: auth.user.id,
        });
      });
      return reply.code(204).send(null);
    },
  );
}
