import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import type { Config } from "../../config.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { measureDocument } from "./measure-document.ts";
import { registerNoticeDocument } from "./register-notice-document.ts";
import { sendPdf } from "./send-pdf.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

const Lang = z.object({ lang: z.enum(["kk", "ru"]).default("kk") });

/** Printed forms (R11.5) as downloads: a measure's form and the register placement notice. */
export function documentRoutes(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  const md = measureDeps(deps);
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/measures/:id/document.pdf",
    {
      schema: {
        tags: ["documents"],
        summary: "The measure's printed form (official warning, protective order, statutory notice) as PDF",
        params: z.object({ id: z.uuid() }),
        querystring: Lang,
        response: errors,
      },
    },
    async (req, reply) => {
      const pdf = await measureDocument(md, actCtx(req), req.params.id, req.query.lang);
      return sendPdf(reply, pdf, `measure-${req.params.id.slice(0, 8)}-${req.query.lang}.pdf`);
    },
  );
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/register/:id/notice.pdf",
    {
      schema: {
        tags: ["documents"],
        summary:
          "Notice of placement on the preventive register with rights and duties (001 Art. 59(4)) as PDF",
        params: z.object({ id: z.uuid() }),
        querystring: Lang,
        response: errors,
      },
    },
    async (req, reply) => {
      const pdf = await registerNoticeDocument(md, actCtx(req), req.params.id, req.query.lang);
      return sendPdf(reply, pdf, `register-notice-${req.params.id.slice(0, 8)}-${req.query.lang}.pdf`);
    },
  );
}
