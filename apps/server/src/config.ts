import { isIP } from "node:net";
import { availableParallelism } from "node:os";
import { DEFAULT_LAW_CONFIG, isLegalDate, type LawConfig } from "@aldyn/law";
import { anchorFilesOf, type AnchorFiles } from "./audit/anchors.ts";

/**
 * Which peers may tell the client's address in X-Forwarded-For (R11): none (the socket's address is
 * the client's), the listed proxy addresses or CIDR ranges, or the given number of proxy hops.
 */
export type TrustProxy = false | readonly string[] | { readonly hops: number };

/** Process configuration, read once from the environment at start (documented in README). */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  /** DATABASE_OWNER_URL: the owner's connection, for migrations only (db/open-database.ts); unset: see README. */
  readonly databaseOwnerUrl: string | undefined;
  /** A read-only replica for reports and national aggregates (db/replica.ts); unset: the primary. */
  readonly databaseReplicaUrl: string | undefined;
  /** Reads' audit rows wait for the WAL flush too (db/pool.ts CommitMode); off by default. */
  readonly auditReadsSynchronous: boolean;
  /** Where the audit chain is anchored outside the database, and its key (audit/anchors.ts, R11.2). */
  readonly auditAnchors: AnchorFiles;
  readonly dataDir: string;
  /** Demo mode: demo data on first start, demo logins printed. On by default for `npm start`. */
  readonly demo: boolean;
  readonly production: boolean;
  readonly cookieSecure: boolean;
  readonly sessionTtlHours: number;
  /**
   * SERVER_PROCESSES: HTTP processes serving the one port (server/cluster.ts). 1: one process does
   * everything, as before; more: a primary runs the database, jobs and audit sealing, and that many
   * workers serve requests.
   */
  readonly serverProcesses: number;
  /** DATABASE_POOL_SIZE: connections the HTTP processes open in all, split between them (workerPoolSize). */
  readonly databasePoolSize: number;
  /** SERVER_PROCESS_HEADER: every answer names the worker that gave it (x-aldyn-worker); for tests and diagnosis. */
  readonly processHeader: boolean;
  /** Requests per client address per minute before 429 (a whole office may share one address). */
  readonly rateLimitPerMinute: number;
  /** TRUST_PROXY: whose X-Forwarded-For names the client (login throttle, rate limit, audit). */
  readonly trustProxy: TrustProxy;
  /** HTTP timeouts (ms): idle socket, receiving a whole request, idle keep-alive connection. */
  readonly httpTimeouts: {
    readonly connectionMs: number;
    readonly requestMs: number;
    readonly keepAliveMs: number;
  };
  readonly logLevel: string;
  readonly law: LawConfig;
  readonly bodyLimitBytes: number;
  readonly oidc: { issuer: string; clientId: string; clientSecret: string; redirectUri: string } | null;
  /** Reports from citizens (R6): the public page's limit per address and the messenger bot's webhook. */
  readonly citizenReports: CitizenReportsConfig;
  readonly version: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const commencement = env.LAW_001_COMMENCEMENT;
  if (commencement !== undefined && !isLegalDate(commencement)) {
    throw new Error("LAW_001_COMMENCEMENT must be a date YYYY-MM-DD");
  }
  const production = env.NODE_ENV === "production";
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "127.0.0.1",
    databaseUrl: env.DATABASE_URL || undefined,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || undefined,
    databaseReplicaUrl: env.DATABASE_REPLICA_URL || undefined,
    auditReadsSynchronous: (env.AUDIT_READS_SYNCHRONOUS ?? "false") === "true",
    auditAnchors: anchorFilesOf(env),
    dataDir: env.DATA_DIR ?? "data",
    demo: (env.DEMO ?? (production ? "false" : "true")) === "true",
    production,
    cookieSecure: (env.COOKIE_SECURE ?? (production ? "true" : "false")) === "true",
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    serverProcesses: parseServerProcesses(env.SERVER_PROCESSES, production),
    databasePoolSize: positiveInt(env.DATABASE_POOL_SIZE, "DATABASE_POOL_SIZE") ?? 20,
    processHeader: (env.SERVER_PROCESS_HEADER ?? "false") === "true",
    rateLimitPerMinute: positiveInt(env.RATE_LIMIT_PER_MINUTE, "RATE_LIMIT_PER_MINUTE") ?? 1200,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    httpTimeouts: {
      connectionMs: 1000 * (positiveInt(env.CONNECTION_TIMEOUT_SECONDS, "CONNECTION_TIMEOUT_SECONDS") ?? 60),
      requestMs: 1000 * (positiveInt(env.REQUEST_TIMEOUT_SECONDS, "REQUEST_TIMEOUT_SECONDS") ?? 120),
      keepAliveMs: 1000 * (positiveInt(env.KEEP_ALIVE_TIMEOUT_SECONDS, "KEEP_ALIVE_TIMEOUT_SECONDS") ?? 72),
    },
    logLevel: env.LOG_LEVEL ?? "info",
    law: commencement ? { commencement001: commencement } : DEFAULT_LAW_CONFIG,
    bodyLimitBytes: 1024 * 1024,
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID
        ? {
            issuer: env.OIDC_ISSUER,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET ?? "",
            redirectUri: env.OIDC_REDIRECT_URI ?? "http://127.0.0.1:3000/api/v1/auth/oidc/callback",
          }
        : null,
    citizenReports: parseCitizenReports(env),
    version: env.npm_package_version ?? "0.1.0",
  };
}

export interface CitizenReportsConfig {
  /** PUBLIC_REPORTS_PER_HOUR: reports one address may file on the public page in an hour (default 5). */
  readonly publicReportsPerHour: number;
  /** TELEGRAM_WEBHOOK_SECRET: the secret_token given to Telegram's setWebhook; unset, the webhook is off (404). */
  readonly telegramWebhookSecret: string | undefined;
  /** TELEGRAM_REGION: the region code whose triage gets bot reports sent without a location (unset: the Republic's). */
  readonly telegramRegion: string | undefined;
}

/**
 * The citizen reports' settings. Telegram allows 1-256 characters A-Z, a-z, 0-9, _ and - in a webhook's
 * secret token; fewer than 16 would be guessable, so they are refused at start.
 */
export function parseCitizenReports(env: NodeJS.ProcessEnv): CitizenReportsConfig {
  const secret = env.TELEGRAM_WEBHOOK_SECRET || undefined;
  if (secret !== undefined && !/^[A-Za-z0-9_-]{16,256}$/.test(secret))
    throw new Error("TELEGRAM_WEBHOOK_SECRET must be 16-256 characters: letters, digits, _ and -");
  const region = env.TELEGRAM_REGION?.trim() || undefined;
  if (region !== undefined && !/^[A-Z]{2,5}$/.test(region))
    throw new Error("TELEGRAM_REGION must be a region code such as ABA");
  return {
    publicReportsPerHour: positiveInt(env.PUBLIC_REPORTS_PER_HOUR, "PUBLIC_REPORTS_PER_HOUR") ?? 5,
    telegramWebhookSecret: secret,
    telegramRegion: region,
  };
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  return n;
}

/**
 * SERVER_PROCESSES: a whole number, or `auto` for one process per core the machine offers
 * (os.availableParallelism(), which honours a container's CPU affinity). Default `auto` in production,
 * 1 otherwise: `npm start` on a laptop and the test suite start faster and in one process.
 */
export function parseServerProcesses(
  value: string | undefined,
  production: boolean,
  cores: () => number = availableParallelism,
): number {
  const v = value?.trim() || (production ? "auto" : "1");
  if (v === "auto") return Math.max(1, cores());
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1) throw new Error("SERVER_PROCESSES must be a positive whole number or auto");
  return n;
}

/**
 * Connections of one HTTP worker's pool: the total (DATABASE_POOL_SIZE, 20 by default) divided between
 * the workers, but never fewer than 4, so a worker can still hold a request transaction (an idempotent
 * POST) while its reads and audit rows take others. 1 process: the whole total, as before.
 */
export function workerPoolSize(total: number, processes: number): number {
  return processes <= 1 ? total : Math.max(4, Math.ceil(total / processes));
}

const PROXY_PRESETS = new Set(["loopback", "linklocal", "uniquelocal"]);

/** One trusted proxy: an address, a CIDR (`10.0.0.0/8`), an address/netmask, or a preset name. */
function isProxyAddress(item: string): boolean {
  if (PROXY_PRESETS.has(item)) return true;
  const [addr = "", range, ...rest] = item.split("/");
  const family = isIP(addr);
  if (!family || rest.length > 0) return false;
  if (range === undefined) return true;
  if (/^\d+$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(range) === 4;
}

/**
 * TRUST_PROXY: unset or empty trusts no proxy. A whole number is a hop count (use it only when the
 * server is reachable through those proxies alone); anything else is a comma-separated list of
 * addresses or CIDRs. `true` is refused: trusting every peer lets any client forge its address.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = value?.trim() ?? "";
  if (v === "") return false;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops < 1)
      throw new Error("TRUST_PROXY must be a hop count of at least 1 or a list of proxy addresses");
    return { hops };
  }
  const items = v.split(",").map((x) => x.trim());
  const bad = items.filter((x) => !isProxyAddress(x));
  if (bad.length > 0)
    throw new Error(
      `TRUST_PROXY must list proxy addresses or CIDR ranges, or be a hop count; not: ${bad.join(", ")}`,
    );
  return items;
}
