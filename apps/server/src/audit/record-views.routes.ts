import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AuditPage, ErrorBody, PageQuery } from "@aldyn/contract";
import { can } from "../access/can.ts";
import type { Db } from "../db/pool.ts";
import { toAuditRow } from "./audit-row.ts";
import { pageOf } from "../db/paging.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import { requireAuth } from "../http/request-context.ts";
import { recordsOfPerson } from "../modules/preventive-measures/measure-subject.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Roles that supervise the handling of case records and may see who looked at them. */
const SUPERVISORS = new Set(["police_head", "prosecutor"]);

/**
 * Who has viewed a person's record (issue 4 item 7), from the audit log (R11.2): for auditors, and for
 * supervising roles (head of the police body, prosecutor) who may read the person's personal data in
 * their territory. Lists the person's own record and its measures and register entries.
 */
export function recordViewRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const { db } = deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/persons/:id/views",
    {
      schema: {
        tags: ["audit"],
        summary: "Who has read or changed this person's records",
        params: z.object({ id: z.uuid() }),
        querystring: PageQuery,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      const p = await db
        .selectFrom("person as p")
        .innerJoin("territory as t", "t.id", "p.territory_id")
        .select("t.path")
        .where("p.id", "=", req.params.id)
        .executeTakeFirst();
      if (!p) throw notFound("The person");
      const auditor = can(auth.actor, "read", { type: "audit_log", territoryPath: p.path }).allowed;
      const supervisor =
        auth.actor.roles.some((r) => SUPERVISORS.has(r)) &&
        can(auth.actor, "read_personal", { type: "person", territoryPath: p.path }).allowed;
      if (!auditor && !supervisor) {
        throw new AppError("access.role", "Only auditors and supervising officials see who viewed a record.");
      }
      // The record and every record merged into it (R1.1: a merge keeps both histories).
      const persons = await recordsOfPerson(db, req.params.id);
      const ids = [
        ...persons,
        ...(await db.selectFrom("measure").select("id").where("person_id", "in", persons).execute()).map(
          (r) => r.id,
        ),
        ...(
          await db.selectFrom("register_entry").select("id").where("person_id", "in", persons).execute()
        ).map((r) => r.id),
      ];
      const base = db
        .selectFrom("audit_log")
        .selectAll()
        .where("record_type", "in", ["person", "measure", "register_entry"])
        .where("record_id", "in", ids);
      const { rows, total } = await pageOf(
        base,
        (q) => q.orderBy("id", "desc"),
        req.query.page,
        req.query.pageSize,
      );
      return {
        items: rows.map(toAuditRow),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );
}
