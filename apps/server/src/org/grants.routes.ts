import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql, type Generated } from "kysely";
import { z } from "zod";
import {
  ConfidentialGrant,
  ConfidentialGrantCreate,
  ConfidentialGrantList,
  ConfidentialGrantRevoke,
  ErrorBody,
} from "@aldyn/contract";
import type { Db } from "../db/pool.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import { authorize } from "../http/authorize.ts";
import { auditContext } from "../http/request-context.ts";
import { recordAudit } from "../audit/record.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });
const GrantParams = z.object({ id: z.uuid(), grantId: z.uuid() });

/** The grants table (migration 0021), beside the generated schema types. */
type GrantTables = {
  confidential_grant: {
    id: Generated<string>;
    user_id: string;
    barrier: string;
    reason: string;
    given_by: string;
    given_at: Generated<Date>;
    revoked_by: string | null;
    revoked_at: Date | null;
    revoke_reason: string | null;
  };
};

/** The user a grant is for, in the administrator's territory (manage on `user`, as for every edit). */
async function grantee(db: Db, id: string) {
  const u = await db
    .selectFrom("app_user as u")
    .innerJoin("body as b", "b.id", "u.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(["u.id", "u.service", "t.path as territory_path"])
    .where("u.id", "=", id)
    .executeTakeFirst();
  if (!u) throw notFound("The user");
  return u;
}

function grantQuery(db: Db) {
  return db
    .withTables<GrantTables>()
    .selectFrom("confidential_grant as g")
    .innerJoin("app_user as gb", "gb.id", "g.given_by")
    .leftJoin("app_user as rb", "rb.id", "g.revoked_by")
    .select([
      "g.id",
      "g.user_id",
      "g.barrier",
      "g.reason",
      "g.given_at",
      "g.revoked_at",
      "g.revoke_reason",
      "gb.id as gb_id",
      "gb.username as gb_username",
      "gb.full_name as gb_full_name",
      "rb.id as rb_id",
      "rb.username as rb_username",
      "rb.full_name as rb_full_name",
    ]);
}
type GrantRow = Awaited<ReturnType<ReturnType<typeof grantQuery>["executeTakeFirstOrThrow"]>>;

function toGrant(r: GrantRow): ConfidentialGrant {
  return {
    id: r.id,
    userId: r.user_id,
    barrier: r.barrier as ConfidentialGrant["barrier"],
    reason: r.reason,
    givenBy: { id: r.gb_id, username: r.gb_username, fullName: r.gb_full_name },
    givenAt: new Date(r.given_at).toISOString(),
    revokedBy:
      r.rb_id && r.rb_username !== null && r.rb_full_name !== null
        ? { id: r.rb_id, username: r.rb_username, fullName: r.rb_full_name }
        : null,
    revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
    revokeReason: r.revoke_reason,
  };
}

async function loadGrant(db: Db, userId: string, grantId: string): Promise<ConfidentialGrant> {
  const r = await grantQuery(db)
    .where("g.id", "=", grantId)
    .where("g.user_id", "=", userId)
    .executeTakeFirst();
  if (!r) throw notFound("The grant");
  return toGrant(r);
}

/**
 * Grants to confidential parts beyond a user's roles (R11.1; 001 Art. 83(2)): victims' data and health
 * data, given and revoked by administrators of the user's territory, each with its audit row in the
 * same transaction. The session reads the active grants on every request (auth/user-queries.ts), so a
 * grant or its revocation applies from the user's next request. NPM data are never granted (000 Art.
 * 35; 003 p.29); nor is anything to oneself (no one clears a barrier for himself) or to a service
 * account (a grant is a named official's clearance).
 */
export function grantRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    "/api/v1/users/:id/grants",
    {
      schema: {
        tags: ["users"],
        summary: "A user's grants to confidential data, active and revoked (audited)",
        params: IdParams,
        response: { 200: ConfidentialGrantList, ...errors },
      },
    },
    async (req) => {
      const u = await grantee(db, req.params.id);
      authorize(req, "manage", { type: "user", territoryPath: u.territory_path });
      const rows = await grantQuery(db)
        .where("g.user_id", "=", u.id)
        .orderBy(sql`g.revoked_at IS NULL`, "desc")
        .orderBy("g.given_at", "desc")
        .execute();
      await recordAudit(db, auditContext(req), {
        action: "user.grants_read",
        recordType: "user",
        recordId: u.id,
        fields: ["grants"],
      });
      return { items: rows.map(toGrant) };
    },
  );

  r.post(
    "/api/v1/users/:id/grants",
    {
      schema: {
        tags: ["users"],
        summary: "Give a grant to victims' or health data (NPM data never: 000 Art. 35; 003 p.29)",
        params: IdParams,
        body: ConfidentialGrantCreate,
        response: { 201: ConfidentialGrant, ...errors },
      },
    },
    async (req, reply) => {
      const u = await grantee(db, req.params.id);
      const auth = authorize(req, "manage", { type: "user", territoryPath: u.territory_path });
      const { barrier, reason } = req.body;
      if (barrier === "npm")
        throw new AppError(
          "confidential_grant.npm_not_grantable",
          "NPM data are seen by the national preventive mechanism only and are never granted.",
          { field: "barrier", article: "000 Art. 35; 003 p.29" },
        );
      if (u.id === auth.user.id)
        throw new AppError("confidential_grant.own_account", "No one gives a grant to himself.", {
          field: "id",
        });
      if (u.service)
        throw new AppError(
          "confidential_grant.service_account",
          "A grant is a named official's clearance; a service account cannot hold one.",
          { field: "id" },
        );
      let id: string;
      try {
        id = await db.transaction().execute(async (trx) => {
          const row = await trx
            .withTables<GrantTables>()
            .insertInto("confidential_grant")
            .values({ user_id: u.id, barrier, reason, given_by: auth.user.id })
            .returning("id")
            .executeTakeFirstOrThrow();
          await recordAudit(trx, auditContext(req), {
            action: "user.grant",
            recordType: "user",
            recordId: u.id,
            fields: [`grants.${barrier}`],
          });
          return row.id;
        });
      } catch (e) {
        if ((e as { constraint?: unknown }).constraint === "confidential_grant_one_active")
          throw new AppError(
            "confidential_grant.already_active",
            "The user already holds this grant; revoke it first to give it again.",
            { field: "barrier" },
          );
        throw e;
      }
      return reply.code(201).send(await loadGrant(db, u.id, id));
    },
  );

  r.post(
    "/api/v1/users/:id/grants/:grantId/revoke",
    {
      schema: {
        tags: ["users"],
        summary: "Revoke a grant; it applies from the user's next request and stays in the history",
        params: GrantParams,
        body: ConfidentialGrantRevoke,
        response: { 200: ConfidentialGrant, ...errors },
      },
    },
    async (req) => {
      const u = await grantee(db, req.params.id);
      const auth = authorize(req, "manage", { type: "user", territoryPath: u.territory_path });
      const current = await loadGrant(db, u.id, req.params.grantId);
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .withTables<GrantTables>()
          .updateTable("confidential_grant")
          .set({ revoked_at: sql`now()`, revoked_by: auth.user.id, revoke_reason: req.body.reason ?? null })
          .where("id", "=", req.params.grantId)
          .where("user_id", "=", u.id)
          .where("revoked_at", "is", null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0)
          throw new AppError("confidential_grant.already_revoked", "This grant is already revoked.", {
            field: "grantId",
          });
        await recordAudit(trx, auditContext(req), {
          action: "user.grant_revoke",
          recordType: "user",
          recordId: u.id,
          fields: [`grants.${current.barrier}`],
        });
      });
      return loadGrant(db, u.id, req.params.grantId);
    },
  );
}
