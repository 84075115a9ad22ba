import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import {
  AuditPage,
  AuditQuery,
  AuditVerifyResult,
  ErrorBody,
  UserChoiceList,
  UserChoiceQuery,
} from "@aldyn/contract";
import type { Db } from "../db/pool.ts";
import { toAuditRow } from "./audit-row.ts";
import { inTerritory } from "../db/territory-scope.ts";
import { authorize } from "../http/authorize.ts";
import { auditContext, requireAuth } from "../http/request-context.ts";
import { recordAudit } from "./record.ts";
import { userChoices } from "./user-choices.ts";
import { sealAudit, verifyAuditChain } from "./chain.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** The auditor's search of the audit log and the chain check (issue 2, item 8). */
export function auditRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    "/api/v1/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "Search the audit log",
        querystring: AuditQuery,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (req) => {
      const auth = authorize(req, "read", {
        type: "audit_log",
        territoryPath: requireAuth(req).actor.territoryPath,
      });
      const { page, pageSize, from, to, actorId, action, recordType, recordId } = req.query;
      let base = db
        .selectFrom("audit_log as a")
        .leftJoin("body as b", "b.id", "a.body_id")
        .leftJoin("territory as t", "t.id", "b.territory_id");
      // A national auditor sees every row; a regional one the rows of bodies in the region.
      if (auth.actor.territoryLevel !== "country")
        base = base.where(inTerritory("t.path", auth.actor.territoryPath));
      if (from) base = base.where("a.at", ">=", new Date(from));
      if (to) base = base.where("a.at", "<=", new Date(to));
      if (actorId) base = base.where("a.actor_id", "=", actorId);
      if (action) base = base.where("a.action", "like", `${action.replace(/[\\%_]/g, "\\$&")}%`);
      if (recordType) base = base.where("a.record_type", "=", recordType);
      if (recordId) base = base.where("a.record_id", "=", recordId);
      const [rows, total] = await Promise.all([
        base
          .select([
            "a.id",
            "a.chain_seq",
            "a.at",
            "a.actor_id",
            "a.actor_name",
            "a.role",
            "a.body_id",
            "a.action",
            "a.record_type",
            "a.record_id",
            "a.fields",
            "a.route",
            "a.ip",
            "a.request_id",
          ])
          .orderBy("a.id", "desc")
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map(toAuditRow),
        total: total.n,
        page,
        pageSize,
      };
    },
  );

  r.get(
    "/api/v1/audit/actors",
    {
      schema: {
        tags: ["audit"],
        summary: "Users to filter the audit log by, found by name or login (the auditor's territory)",
        querystring: UserChoiceQuery,
        response: { 200: UserChoiceList, ...errors },
      },
    },
    async (req) => {
      const auth = authorize(req, "read", {
        type: "audit_log",
        territoryPath: requireAuth(req).actor.territoryPath,
      });
      // The users whose rows the auditor reads: every user for a national auditor, else those of the
      // bodies in the auditor's territory — as the search of the log itself.
      const national = auth.actor.territoryLevel === "country";
      const items = await userChoices(db, req.query.q, (u) =>
        national ? null : inTerritory(u.territoryPath, auth.actor.territoryPath),
      );
      await recordAudit(db, auditContext(req), {
        action: "user.list",
        recordType: "user",
        fields: ["full_name"],
      });
      return { items };
    },
  );

  r.post(
    "/api/v1/audit/verify",
    {
      schema: {
        tags: ["audit"],
        summary: "Seal pending rows and verify the hash chain",
        response: { 200: AuditVerifyResult, ...errors },
      },
    },
    async (req) => {
      authorize(req, "verify", { type: "audit_log", territoryPath: requireAuth(req).actor.territoryPath });
      await sealAudit(db);
      return await verifyAuditChain(db);
    },
  );
}
