import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import {
  ErrorBody,
  PasswordReset,
  ServiceTokenCreated,
  User,
  UserCreate,
  UserListQuery,
  UserPage,
  UserUpdate,
} from "@aldyn/contract";
import type { Db } from "../db/pool.ts";
import { inTerritory } from "../db/territory-scope.ts";
import { containsPattern, pageOf } from "../db/paging.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import { authorize } from "../http/authorize.ts";
import { auditContext, requireAuth } from "../http/request-context.ts";
import { recordAudit } from "../audit/record.ts";
import { assertPasswordPolicy, hashPassword } from "../auth/passwords.ts";
import { newToken, tokenHash } from "../auth/tokens.ts";
import { grantRoutes } from "./grants.routes.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });

function userQuery(db: Db) {
  return db
    .selectFrom("app_user as u")
    .innerJoin("body as b", "b.id", "u.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select([
      "u.id",
      "u.username",
      "u.full_name",
      "u.roles",
      "u.body_id",
      "u.active",
      "u.must_change_password",
      "u.service",
      "u.version",
      "b.name_kk",
      "b.name_ru",
      "b.name_en",
      "t.path as territory_path",
    ]);
}
type UserRow = Awaited<ReturnType<ReturnType<typeof userQuery>["executeTakeFirstOrThrow"]>>;

function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    roles: r.roles as User["roles"],
    bodyId: r.body_id,
    bodyName: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
    active: r.active,
    mustChangePassword: r.must_change_password,
    service: r.service,
    version: r.version,
  };
}

async function bodyPath(db: Db, bodyId: string): Promise<string> {
  const b = await db
    .selectFrom("body as b")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select("t.path")
    .where("b.id", "=", bodyId)
    .executeTakeFirst();
  if (!b) throw new AppError("validation.failed", "No such body.", { field: "bodyId" });
  return b.path;
}

async function loadInScope(db: Db, id: string): Promise<UserRow> {
  const u = await userQuery(db).where("u.id", "=", id).executeTakeFirst();
  if (!u) throw notFound("The user");
  return u;
}

/** Users of the system, managed by administrators within their territory, with their grants (R11.1). */
export function userRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    "/api/v1/users",
    {
      schema: {
        tags: ["users"],
        summary: "Users in the administrator's territory",
        querystring: UserListQuery,
        response: { 200: UserPage, ...errors },
      },
    },
    async (req) => {
      // A list is of the actor's own territory; the query below keeps it there.
      const auth = authorize(req, "manage", {
        type: "user",
        territoryPath: requireAuth(req).actor.territoryPath,
      });
      const { page, pageSize, q, bodyId } = req.query;
      let base = userQuery(db).where(inTerritory("t.path", auth.actor.territoryPath));
      if (bodyId) base = base.where("u.body_id", "=", bodyId);
      if (q) {
        const like = containsPattern(q);
        base = base.where((eb) => eb.or([eb("u.username", "ilike", like), eb("u.full_name", "ilike", like)]));
      }
      const { rows, total } = await pageOf(base, (x) => x.orderBy("u.username"), page, pageSize);
      await recordAudit(db, auditContext(req), {
        action: "user.list",
        recordType: "user",
        fields: ["full_name"],
      });
      return { items: rows.map(toUser), total, page, pageSize };
    },
  );

  r.post(
    "/api/v1/users",
    {
      schema: {
        tags: ["users"],
        summary: "Create a user (must change the password at first login)",
        body: UserCreate,
        response: { 201: User, ...errors },
      },
    },
    async (req, reply) => {
      authorize(req, "manage", { type: "user", territoryPath: await bodyPath(db, req.body.bodyId) });
      const service = req.body.service ?? false;
      if (!service && !req.body.password)
        throw new AppError("validation.failed", "A password is required.", { field: "password" });
      if (req.body.password) assertPasswordPolicy(req.body.password, req.body.username, "password");
      const exists = await db
        .selectFrom("app_user")
        .select("id")
        .where("username", "=", req.body.username)
        .executeTakeFirst();
      if (exists) throw new AppError("conflict.duplicate", "This username is taken.", { field: "username" });
      const hashed = req.body.password ? await hashPassword(req.body.password) : null;
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto("app_user")
          .values({
            username: req.body.username,
            full_name: req.body.fullName,
            body_id: req.body.bodyId,
            roles: [...new Set(req.body.roles)],
            password_hash: hashed,
            must_change_password: !service,
            service,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await recordAudit(trx, auditContext(req), {
          action: "user.create",
          recordType: "user",
          recordId: row.id,
          fields: ["full_name", "roles"],
        });
        return row.id;
      });
      return reply.code(201).send(toUser(await loadInScope(db, id)));
    },
  );

  r.patch(
    "/api/v1/users/:id",
    {
      schema: {
        tags: ["users"],
        summary: "Edit a user",
        params: IdParams,
        body: UserUpdate,
        response: { 200: User, ...errors },
      },
    },
    async (req) => {
      const current = await loadInScope(db, req.params.id);
      const auth = authorize(req, "manage", { type: "user", territoryPath: current.territory_path });
      if (req.body.bodyId)
        authorize(req, "manage", { type: "user", territoryPath: await bodyPath(db, req.body.bodyId) });
      if (req.body.active === false && req.params.id === auth.user.id) {
        throw new AppError("validation.failed", "You cannot deactivate your own account.", {
          field: "active",
        });
      }
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable("app_user")
          .set({
            ...(req.body.fullName ? { full_name: req.body.fullName } : {}),
            ...(req.body.roles ? { roles: [...new Set(req.body.roles)] } : {}),
            ...(req.body.bodyId ? { body_id: req.body.bodyId } : {}),
            ...(req.body.active !== undefined ? { active: req.body.active } : {}),
            version: sql`version + 1`,
          })
          .where("id", "=", req.params.id)
          .where("version", "=", req.body.version)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) {
          throw new AppError(
            "conflict.stale_version",
            "Someone else changed this user; reload and try again.",
            { field: "version" },
          );
        }
        if (req.body.active === false || req.body.roles || req.body.bodyId) {
          // A changed role or body must not linger in open sessions.
          await trx
            .updateTable("user_session")
            .set({ revoked_at: sql`now()` })
            .where("user_id", "=", req.params.id)
            .where("revoked_at", "is", null)
            .execute();
        }
        await recordAudit(trx, auditContext(req), {
          action: "user.update",
          recordType: "user",
          recordId: req.params.id,
          fields: Object.keys(req.body).filter((k) => k !== "version"),
        });
      });
      return toUser(await loadInScope(db, req.params.id));
    },
  );

  r.post(
    "/api/v1/users/:id/reset-password",
    {
      schema: {
        tags: ["users"],
        summary: "Set a temporary password (changed at next login)",
        params: IdParams,
        body: PasswordReset,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const current = await loadInScope(db, req.params.id);
      authorize(req, "manage", { type: "user", territoryPath: current.territory_path });
      assertPasswordPolicy(req.body.password, current.username, "password");
      const hashed = await hashPassword(req.body.password);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("app_user")
          .set({ password_hash: hashed, must_change_password: true, version: sql`version + 1` })
          .where("id", "=", req.params.id)
          .execute();
        await trx
          .updateTable("user_session")
          .set({ revoked_at: sql`now()` })
          .where("user_id", "=", req.params.id)
          .where("revoked_at", "is", null)
          .execute();
        await recordAudit(trx, auditContext(req), {
          action: "user.reset_password",
          recordType: "user",
          recordId: req.params.id,
        });
      });
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/api/v1/users/:id/service-token",
    {
      schema: {
        tags: ["users"],
        summary: "Issue a bearer token for a service account (shown once)",
        params: IdParams,
        response: { 201: ServiceTokenCreated, ...errors },
      },
    },
    async (req, reply) => {
      const current = await loadInScope(db, req.params.id);
      authorize(req, "manage", { type: "user", territoryPath: current.territory_path });
      if (!current.service)
        throw new AppError("validation.failed", "Tokens are only for service accounts.", { field: "id" });
      const token = newToken();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("service_token")
          .values({ token_hash: tokenHash(token), user_id: req.params.id })
          .execute();
        await recordAudit(trx, auditContext(req), {
          action: "user.service_token",
          recordType: "user",
          recordId: req.params.id,
        });
      });
      return reply.code(201).send({ token, userId: req.params.id });
    },
  );

  grantRoutes(app, deps);
}
