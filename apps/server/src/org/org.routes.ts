import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { Body, BodyCreate, BodyListQuery, BodyPage, BodyUpdate, ErrorBody, Territory } from "@aldyn/contract";
import type { Db } from "../db/pool.ts";
import { inTerritory } from "../db/territory-scope.ts";
import { containsPattern, pageOf } from "../db/paging.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import { authorize } from "../http/authorize.ts";
import { auditContext, requireAuth } from "../http/request-context.ts";
import { recordAudit } from "../audit/record.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const IdParams = z.object({ id: z.uuid() });

function bodyQuery(db: Db) {
  return db
    .selectFrom("body as b")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select([
      "b.id",
      "b.name_kk",
      "b.name_ru",
      "b.name_en",
      "b.type",
      "b.territory_id",
      "b.parent_id",
      "b.version",
      "t.path as territory_path",
      "t.name_kk as t_kk",
      "t.name_ru as t_ru",
      "t.name_en as t_en",
    ]);
}

type BodyRow = Awaited<ReturnType<ReturnType<typeof bodyQuery>["executeTakeFirstOrThrow"]>>;

function toBody(r: BodyRow): Body {
  return {
    id: r.id,
    name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
    type: r.type as Body["type"],
    territoryId: r.territory_id,
    territoryName: { kk: r.t_kk, ru: r.t_ru, en: r.t_en },
    parentId: r.parent_id,
    version: r.version,
  };
}

async function territoryPath(db: Db, id: string): Promise<string> {
  const t = await db.selectFrom("territory").select("path").where("id", "=", id).executeTakeFirst();
  if (!t) throw new AppError("validation.failed", "No such territory.", { field: "territoryId" });
  return t.path;
}

/** Territories (read by every user) and bodies (managed by administrators within their territory). */
export function orgRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    "/api/v1/territories",
    {
      schema: {
        tags: ["organisation"],
        summary: "Territories: the Republic, regions and cities, districts",
        querystring: z.object({ parentId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(Territory) }), ...errors },
      },
    },
    async (req) => {
      requireAuth(req);
      let q = db.selectFrom("territory").selectAll().orderBy("path");
      q = req.query.parentId ? q.where("parent_id", "=", req.query.parentId) : q;
      const rows = await q.execute();
      return {
        items: rows.map((t) => ({
          id: t.id,
          code: t.code,
          path: t.path,
          level: t.level,
          parentId: t.parent_id,
          name: { kk: t.name_kk, ru: t.name_ru, en: t.name_en },
        })),
      };
    },
  );

  r.get(
    "/api/v1/bodies",
    {
      schema: {
        tags: ["organisation"],
        summary: "Bodies in the user's territory",
        querystring: BodyListQuery,
        response: { 200: BodyPage, ...errors },
      },
    },
    async (req) => {
      const auth = authorize(req, "read", {
        type: "body",
        territoryPath: requireAuth(req).actor.territoryPath,
      });
      const { page, pageSize, q, territoryId } = req.query;
      let base = bodyQuery(db).where(inTerritory("t.path", auth.actor.territoryPath));
      if (territoryId) base = base.where("b.territory_id", "=", territoryId);
      if (q) {
        const like = containsPattern(q);
        base = base.where((eb) =>
          eb.or([
            eb("b.name_ru", "ilike", like),
            eb("b.name_kk", "ilike", like),
            eb("b.name_en", "ilike", like),
          ]),
        );
      }
      const { rows, total } = await pageOf(
        base,
        (x) => x.orderBy("t.path").orderBy("b.name_ru"),
        page,
        pageSize,
      );
      return { items: rows.map(toBody), total, page, pageSize };
    },
  );

  r.post(
    "/api/v1/bodies",
    {
      schema: {
        tags: ["organisation"],
        summary: "Create a body",
        body: BodyCreate,
        response: { 201: Body, ...errors },
      },
    },
    async (req, reply) => {
      const path = await territoryPath(db, req.body.territoryId);
      authorize(req, "manage", { type: "body", territoryPath: path });
      const created = await db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto("body")
          .values({
            name_kk: req.body.name.kk,
            name_ru: req.body.name.ru,
            name_en: req.body.name.en,
            type: req.body.type,
            territory_id: req.body.territoryId,
            parent_id: req.body.parentId ?? null,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await recordAudit(trx, auditContext(req), {
          action: "body.create",
          recordType: "body",
          recordId: id,
        });
        return id;
      });
      return reply
        .code(201)
        .send(toBody(await bodyQuery(db).where("b.id", "=", created).executeTakeFirstOrThrow()));
    },
  );

  r.patch(
    "/api/v1/bodies/:id",
    {
      schema: {
        tags: ["organisation"],
        summary: "Edit a body",
        params: IdParams,
        body: BodyUpdate,
        response: { 200: Body, ...errors },
      },
    },
    async (req) => {
      const current = await bodyQuery(db).where("b.id", "=", req.params.id).executeTakeFirst();
      if (!current) throw notFound("The body");
      authorize(req, "manage", { type: "body", territoryPath: current.territory_path });
      if (req.body.parentId === req.params.id) {
        throw new AppError("validation.failed", "A body cannot be its own parent.", { field: "parentId" });
      }
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable("body")
          .set({
            ...(req.body.name
              ? { name_kk: req.body.name.kk, name_ru: req.body.name.ru, name_en: req.body.name.en }
              : {}),
            ...(req.body.type ? { type: req.body.type } : {}),
            ...(req.body.parentId !== undefined ? { parent_id: req.body.parentId } : {}),
            version: sql`version + 1`,
          })
          .where("id", "=", req.params.id)
          .where("version", "=", req.body.version)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) {
          throw new AppError(
            "conflict.stale_version",
            "Someone else changed this body; reload and try again.",
            { field: "version" },
          );
        }
        await recordAudit(trx, auditContext(req), {
          action: "body.update",
          recordType: "body",
          recordId: req.params.id,
        });
      });
      return toBody(await bodyQuery(db).where("b.id", "=", req.params.id).executeTakeFirstOrThrow());
    },
  );
}
