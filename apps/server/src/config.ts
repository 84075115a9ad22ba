import { DEFAULT_LAW_CONFIG, isLegalDate, type LawConfig } from "@aldyn/law";

/** Process configuration, read once from the environment at start (documented in README). */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  /** A read-only replica for reports and national aggregates (db/replica.ts); unset: the primary. */
  readonly databaseReplicaUrl: string | undefined;
  /** Reads' audit rows wait for the WAL flush too (db/pool.ts CommitMode); off by default. */
  readonly auditReadsSynchronous: boolean;
  readonly dataDir: string;
  /** Demo mode: demo data on first start, demo logins printed. On by default for `npm start`. */
  readonly demo: boolean;
  readonly production: boolean;
  readonly cookieSecure: boolean;
  readonly sessionTtlHours: number;
  /** Requests per client address per minute before 429 (a whole office may share one address). */
  readonly rateLimitPerMinute: number;
  readonly logLevel: string;
  readonly law: LawConfig;
  readonly bodyLimitBytes: number;
  readonly oidc: { issuer: string; clientId: string; clientSecret: string; redirectUri: string } | null;
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
    databaseReplicaUrl: env.DATABASE_REPLICA_URL || undefined,
    auditReadsSynchronous: (env.AUDIT_READS_SYNCHRONOUS ?? "false") === "true",
    dataDir: env.DATA_DIR ?? "data",
    demo: (env.DEMO ?? (production ? "false" : "true")) === "true",
    production,
    cookieSecure: (env.COOKIE_SECURE ?? (production ? "true" : "false")) === "true",
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    rateLimitPerMinute: positiveInt(env.RATE_LIMIT_PER_MINUTE, "RATE_LIMIT_PER_MINUTE") ?? 1200,
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
    version: env.npm_package_version ?? "0.1.0",
  };
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  return n;
}
