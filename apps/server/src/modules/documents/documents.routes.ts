import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import type { Config } from "../../config.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { measureDocument } from "./measure-document.ts";
import { sendPdf } from "./send-pdf.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Printed forms of measures (R11.5): GET …/document.pdf?lang=kk|ru, as a download. */
export function documentRoutes(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  const md = measureDeps(deps);
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/measures/:id/document.pdf",
    {
      schema: {
        tags: ["documents"],
        summary: "The measure's printed form (official warning, protective order, statutory notice) as PDF",
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ lang: z.enum(["kk", "ru"]).default("kk") }),
        response: errors,
      },
    },
    async (req, reply) => {
      const pdf = await measureDocument(md, actCtx(req), req.params.id, req.query.lang);
      return sendPdf(reply, pdf, `measure-${req.params.id.slice(0, 8)}-${req.query.lang}.pdf`);
    },
  );
}
