import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit, { type FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import fastifyStatic from "@fastify/static";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { Config } from "../config.ts";
import type { Db } from "../db/pool.ts";
import { installErrorHandler } from "./error-handler.ts";
import { installAuth } from "../auth/auth-hook.ts";
import { fastifyTrustProxy } from "../auth/client-address.ts";
import { installIdempotency } from "./idempotency.ts";
import { installRefusals } from "../audit/refusals.ts";
import { healthRoutes } from "./health.routes.ts";
import { authRoutes } from "../auth/auth.routes.ts";
import { orgRoutes } from "../org/org.routes.ts";
import { userRoutes } from "../org/users.routes.ts";
import { auditRoutes } from "../audit/audit.routes.ts";
import { oidcRoutes } from "../auth/oidc.ts";
import { personRoutes } from "../modules/persons/persons.routes.ts";
import { measureRoutes } from "../modules/preventive-measures/measures.routes.ts";
import { registerRoutes } from "../modules/preventive-register/register.routes.ts";
import { worklistRoutes } from "../modules/worklists/worklists.routes.ts";
import { todayRoutes } from "../modules/worklists/today.routes.ts";
import { workloadRoutes } from "../modules/figures/workload.routes.ts";
import { attachmentRoutes } from "../modules/documents/attachments/attachments.routes.ts";
import { notificationRoutes } from "../modules/notifications/notifications.routes.ts";
import { documentRoutes } from "../modules/documents/documents.routes.ts";
import { recordViewRoutes } from "../audit/record-views.routes.ts";
import { npmRoutes } from "../modules/npm/npm.routes.ts";
import { figuresRoutes } from "../modules/figures/figures.routes.ts";
import { handoffRoutes } from "../modules/handoffs/handoffs.routes.ts";
import { citizenReportHooks } from "../modules/citizen-reports/answer-report.ts";
import { triageRoutes } from "../modules/citizen-reports/triage.routes.ts";
import { intakeRoutes } from "../modules/citizen-reports/intake.routes.ts";
import { handoffFiguresRoutes } from "../modules/figures/handoff-figures.routes.ts";
import { familySupportRoutes } from "../modules/family-support/family-support.routes.ts";
import { assistancePlanHooks } from "../modules/family-support/plan-step-facts.ts";
import { mobileGroupRoutes } from "../modules/mobile-groups/mobile-groups.routes.ts";
import { dvAssessmentRoutes } from "../modules/dv-assessment/dv-assessment.routes.ts";
import { familyRoutes } from "../modules/families/families.routes.ts";
import { incidentRoutes } from "../modules/domestic-violence/incidents.routes.ts";
import { schoolPreventionRoutes } from "../modules/school-prevention/school-prevention.routes.ts";
import { minorsCommissionRoutes } from "../modules/minors-commissions/commissions.routes.ts";
import { commissionMeetingRoutes } from "../modules/commission-meetings/commission-meetings.routes.ts";
import { registeredMinorsRoutes } from "../modules/registered-minors/registered-minors.routes.ts";

export interface AppDeps {
  readonly db: Db;
  readonly pool: pg.Pool;
  readonly config: Config;
  /** Serve the built web app (production); tests leave it off. */
  readonly serveWeb?: boolean;
  readonly logger?: boolean;
  /** Where the log lines go (stdout by default; tests read them). */
  readonly logStream?: { write(line: string): void };
  /** Where the rate limit counts: unset, this process's memory; several processes share one (server/shared-rate-limit.ts). */
  readonly rateLimitStore?: FastifyRateLimitStoreCtor;
}

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../web/dist");

/** A request slower than this is logged at the default level (operations want to see those). */
export const SLOW_REQUEST_MS = 1000;

/**
 * The request line (no query string, headers or bodies: nothing personal): at `info` a server error or
 * a slow request, every request at `debug`. The level is checked first, so a quiet request costs
 * nothing but the comparison.
 */
function logRequest(req: FastifyRequest, reply: FastifyReply, everyRequest: boolean): void {
  const ms = reply.elapsedTime;
  const notable = reply.statusCode >= 500 || ms >= SLOW_REQUEST_MS;
  if (!notable && !everyRequest) return;
  const line = { req, res: reply, responseTime: Math.round(ms) };
  if (notable) req.log.info(line, "request completed");
  else req.log.debug(line, "request completed");
}

/**
 * Builds the HTTP API. Logs are structured (pino) and carry no personal data: request lines are
 * logged without query strings and with no headers or bodies.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: deps.config.logLevel,
            ...(deps.logStream ? { stream: deps.logStream } : {}),
            serializers: {
              req: (req: { method: string; url: string; id: string }) => ({
                id: req.id,
                method: req.method,
                path: req.url.split("?")[0],
              }),
              res: (res: { statusCode: number }) => ({ status: res.statusCode }),
            },
          },
    // Two log lines per request were ~5 % of the API's CPU at 1,000 lookups a second: at the default
    // level a request is logged only when it fails on our side or is slow (logRequest below).
    // (Our error handler logs server errors itself, http/error-handler.ts.)
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: deps.config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    // Who the client is (rate limit, login throttle, audit): the socket unless TRUST_PROXY names proxies.
    trustProxy: fastifyTrustProxy(deps.config.trustProxy),
    // A slow or broken request (an upload that never ends) is cut off instead of holding a socket,
    // an open file and a temporary file for ever (R11).
    connectionTimeout: deps.config.httpTimeouts.connectionMs,
    requestTimeout: deps.config.httpTimeouts.requestMs,
    keepAliveTimeout: deps.config.httpTimeouts.keepAliveMs,
    // Node checks the request timeout on this interval (30 s by default): a quarter of it keeps the cut on
    // time. It enforces it only if the headers' own timeout (60 s by default) is not longer.
    http: {
      connectionsCheckingInterval: Math.min(30_000, Math.ceil(deps.config.httpTimeouts.requestMs / 4)),
      headersTimeout: Math.min(60_000, deps.config.httpTimeouts.requestMs),
    },
  });
  const everyRequest = ["debug", "trace"].includes(deps.config.logLevel);
  app.addHook("onResponse", async (req, reply) => logRequest(req, reply, everyRequest));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // The API speaks JSON only: any other body type is a 415, not a string for validation to reject.
  app.removeContentTypeParser("text/plain");
  // API answers carry personal data: no browser or proxy may keep a copy (R11). The web app's static
  // files are outside /api/ and stay cacheable.
  app.addHook("onSend", async (req, reply) => {
    if (req.url.startsWith("/api/") && !String(reply.getHeader("cache-control") ?? "").includes("no-store"))
      void reply.header("cache-control", "no-store");
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
      },
    },
  });
  await app.register(rateLimit, {
    max: deps.config.rateLimitPerMinute,
    timeWindow: "1 minute",
    ...(deps.rateLimitStore ? { store: deps.rateLimitStore } : {}),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Aldyn API",
        description: "Prevention of infractions — Republic of Kazakhstan",
        version: deps.config.version,
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "aldyn_session" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });

  installAuth(app, deps.db, deps.pool);
  installIdempotency(app, deps.pool);
  // Before the routes: it wraps each handler as it is registered.
  installRefusals(app, deps);
  healthRoutes(app, { db: deps.db, pool: deps.pool, version: deps.config.version });
  authRoutes(app, deps);
  oidcRoutes(app, deps);
  orgRoutes(app, deps);
  userRoutes(app, deps);
  auditRoutes(app, deps);
  personRoutes(app, deps);
  measureRoutes(app, deps);
  registerRoutes(app, deps);
  worklistRoutes(app, deps);
  notificationRoutes(app, deps);
  documentRoutes(app, deps);
  recordViewRoutes(app, deps);
  npmRoutes(app, deps);
  figuresRoutes(app, deps);
  // A report's hand-off answered: the answer is published to the reporter (001 Art. 6(4)).
  // A plan step's hand-off answered: progress on the step (001 Art. 55(1)).
  handoffRoutes(app, {
    ...deps,
    hooks: {
      citizen_report: citizenReportHooks({ now: () => new Date() }),
      assistance_plan: assistancePlanHooks({ now: () => new Date() }),
    },
  });
  triageRoutes(app, deps);
  handoffFiguresRoutes(app, deps);
  todayRoutes(app, deps);
  workloadRoutes(app, deps);
  familySupportRoutes(app, deps);
  mobileGroupRoutes(app, deps);
  dvAssessmentRoutes(app, deps);
  familyRoutes(app, deps);
  incidentRoutes(app, deps);
  minorsCommissionRoutes(app, deps);
  commissionMeetingRoutes(app, deps);
  registeredMinorsRoutes(app, deps);
  await app.register(attachmentRoutes, { db: deps.db, config: deps.config });
  await app.register(intakeRoutes, { db: deps.db, config: deps.config });
  await app.register(schoolPreventionRoutes, deps);

  if (deps.serveWeb && existsSync(path.join(WEB_DIST, "index.html"))) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: "/", wildcard: false });
    // Single-page app: any non-API path that is not a file gets index.html.
    app.get("/*", { config: { access: "public" }, schema: { hide: true } }, (req, reply) => {
      if (req.url.startsWith("/api/")) return reply.callNotFound();
      return reply.sendFile("index.html");
    });
  }
  return app;
}
