import type { FastifyInstance, FastifyRequest } from "fastify";
import multipart from "@fastify/multipart";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ErrorBody,
  PublicReportFiled,
  PublicReportStatus,
  PublicTerritories,
  ReportCreate,
  ReportFiled,
  TelegramUpdate,
  TrackingCodeParams,
} from "@aldyn/contract";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/pool.ts";
import { sameSecret } from "../../auth/tokens.ts";
import { AppError } from "../../errors/app-error.ts";
import { auditContext } from "../../http/request-context.ts";
import { fileOfficialReport } from "./file-report-official.ts";
import { intakeDeps, type IntakeDeps } from "./intake-deps.ts";
import { filePublicReport } from "./public-report.ts";
import { publicTerritories } from "./public-report-territories.ts";
import { PUBLIC_REPORT_MULTIPART_LIMITS } from "./public-report-upload.ts";
import { takeTelegramUpdate } from "./telegram-webhook.ts";
import { trackReport } from "./track-report.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const uploadErrors = { ...errors, 413: ErrorBody, 415: ErrorBody, 429: ErrorBody };

/** The header Telegram sends with the secret_token given to setWebhook. */
const TELEGRAM_SECRET_HEADER = "x-telegram-bot-api-secret-token";

/**
 * Checks the bot's secret before the body is read (a forged update is a 401 whatever it holds);
 * without TELEGRAM_WEBHOOK_SECRET the webhook does not exist (404).
 */
function checkTelegramSecret(deps: IntakeDeps) {
  return async (req: FastifyRequest): Promise<void> => {
    const secret = deps.settings.telegramWebhookSecret;
    if (!secret) throw new AppError("messenger.not_configured", "The messenger bot is not configured.");
    const sent = req.headers[TELEGRAM_SECRET_HEADER];
    if (typeof sent !== "string" || !sameSecret(sent, secret))
      throw new AppError("messenger.secret_invalid", "The bot's secret token is missing or wrong.");
  };
}

/**
 * Intake of reports from citizens (R6; 001 Art. 6(4),(5), 71(8)): the public page (no login, files,
 * a strict limit per address), the tracking code's read, the regions for the form, the Telegram bot's
 * webhook, and the form officials fill for a hotline call or a report made in person. A plugin of its
 * own, so its multipart parser serves only here. `await app.register(intakeRoutes, { db, config })`.
 */
export async function intakeRoutes(
  app: FastifyInstance,
  opts: { db: Db; config: Config; now?: () => Date },
): Promise<void> {
  const deps = intakeDeps(opts);
  await app.register(multipart, { limits: PUBLIC_REPORT_MULTIPART_LIMITS });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/public/reports",
    {
      config: {
        access: "public",
        // On top of the global limit, a strict one per address: the page needs no login (R6).
        rateLimit: {
          max: deps.settings.publicReportsPerHour,
          timeWindow: "1 hour",
          errorResponseBuilder: () =>
            new AppError(
              "citizen_report.too_many",
              "Too many reports from this address; try again later or call the hotline.",
            ),
        },
      },
      schema: {
        tags: ["citizen-reports"],
        summary:
          "File a report without logging in (multipart: the fields of PublicReportForm and up to 5 files of 10 MB: JPEG, PNG, PDF or MP4 by content); answers the tracking code once",
        consumes: ["multipart/form-data"],
        response: { 201: PublicReportFiled, ...uploadErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await filePublicReport(deps, req)),
  );

  r.get(
    "/api/v1/public/reports/:trackingCode",
    {
      config: { access: "public" },
      schema: {
        tags: ["citizen-reports"],
        summary: "A report's status and the answers published, by its tracking code (404 for any other code)",
        params: TrackingCodeParams,
        response: { 200: PublicReportStatus, ...errors },
      },
    },
    async (req) => trackReport(deps, auditContext(req), req.params.trackingCode),
  );

  r.get(
    "/api/v1/public/territories",
    {
      config: { access: "public" },
      schema: {
        tags: ["citizen-reports"],
        summary: "Regions and districts for the public form (names only)",
        response: { 200: PublicTerritories },
      },
    },
    async () => publicTerritories(deps.db),
  );

  r.post(
    "/api/v1/intake/telegram",
    {
      config: { access: "public" },
      onRequest: checkTelegramSecret(deps),
      schema: {
        tags: ["citizen-reports"],
        summary:
          "Telegram Bot API webhook (header X-Telegram-Bot-Api-Secret-Token = TELEGRAM_WEBHOOK_SECRET): text, photo and location messages become reports; replies go to messenger_outbox",
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (req) => {
      const update = TelegramUpdate.safeParse(req.body);
      if (!update.success) {
        const issue = update.error.issues[0];
        const field = issue?.path.join(".") || "update";
        throw new AppError("messenger.update_malformed", `The update is not a Telegram update (${field}).`, {
          field,
        });
      }
      await takeTelegramUpdate(deps, auditContext(req), update.data);
      return { ok: true as const };
    },
  );

  r.post(
    "/api/v1/reports",
    {
      schema: {
        tags: ["citizen-reports"],
        summary:
          "Enter a report taken by telephone (hotline: call time, callback consent) or in person at the official's body; answers the tracking code once",
        body: ReportCreate,
        response: { 201: ReportFiled, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await fileOfficialReport(deps, req, req.body)),
  );
}
