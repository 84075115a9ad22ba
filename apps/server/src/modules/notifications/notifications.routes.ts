import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { ErrorBody, NotificationList, NotificationListQuery } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { pageOf } from "../../db/paging.ts";
import { notFound } from "../../errors/app-error.ts";
import { requireAuth } from "../../http/request-context.ts";
import type { LoginFailuresDetails } from "./login-failure-notice.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/**
 * The user's own reminders (and notices about their own account's failed log-ins): they name records,
 * dates and counts only, so reading them needs no case access.
 */
export function notificationRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    "/api/v1/notifications",
    {
      schema: {
        tags: ["notifications"],
        summary: "My reminders of due and overdue checks and duties",
        querystring: NotificationListQuery,
        response: { 200: NotificationList, ...errors },
      },
    },
    async (req) => {
      const me = requireAuth(req).user.id;
      const { page, pageSize, unread } = req.query;
      // details (migration 0023) holds a login_failures notice's counts.
      let base = db
        .selectFrom("notification")
        .selectAll()
        .select(sql<LoginFailuresDetails | null>`details`.as("details"))
        .where("user_id", "=", me);
      if (unread) base = base.where("read_at", "is", null);
      const [{ rows, total }, unreadCount] = await Promise.all([
        pageOf(base, (q) => q.orderBy("created_at", "desc").orderBy("id"), page, pageSize),
        db
          .selectFrom("notification")
          .select(sql<number>`count(*)::int`.as("n"))
          .where("user_id", "=", me)
          .where("read_at", "is", null)
          .executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          recordType: n.record_type,
          recordId: n.record_id,
          code: n.code,
          article: n.article,
          dueOn: n.due_on,
          createdAt: new Date(n.created_at).toISOString(),
          read: n.read_at !== null,
          ...(n.details ? { loginFailures: n.details } : {}),
        })),
        total,
        page,
        pageSize,
        unread: unreadCount.n,
      };
    },
  );

  r.post(
    "/api/v1/notifications/:id/read",
    {
      schema: {
        tags: ["notifications"],
        summary: "Mark a reminder read",
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const me = requireAuth(req).user.id;
      const res = await db
        .updateTable("notification")
        .set({ read_at: sql`coalesce(read_at, now())` })
        .where("id", "=", req.params.id)
        .where("user_id", "=", me)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) throw notFound("The reminder");
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/api/v1/notifications/read-all",
    {
      schema: {
        tags: ["notifications"],
        summary: "Mark all my reminders read",
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const me = requireAuth(req).user.id;
      await db
        .updateTable("notification")
        .set({ read_at: sql`now()` })
        .where("user_id", "=", me)
        .where("read_at", "is", null)
        .execute();
      return reply.code(204).send(null);
    },
  );
}
