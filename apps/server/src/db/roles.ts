import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";
import pg from "pg";

/**
 * The application's database role (migration 0020; ARCHITECTURE.md "Database roles"): no superuser,
 * owns no table, may only insert and read audit rows (R11.2). Migrations run as the owner role.
 */
export const APP_ROLE = "aldyn_app";

/** What a connection's role may do, as far as the choice of connections cares. */
export interface RoleFacts {
  readonly role: string;
  readonly superuser: boolean;
  /** Owns (directly or through a role it belongs to) at least one relation of schema public. */
  readonly ownsTables: boolean;
  /** Is aldyn_app or inherits its rights. */
  readonly isApp: boolean;
}

export async function roleFacts(url: string): Promise<RoleFacts> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<RoleFacts>(
      `SELECT current_user AS role, r.rolsuper AS superuser,
              EXISTS (SELECT 1 FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
                       WHERE n.nspname = 'public' AND pg_has_role(current_user, k.relowner, 'USAGE')) AS "ownsTables",
              (current_user = $1 OR (to_regrole($1) IS NOT NULL AND pg_has_role(current_user, $1, 'USAGE'))) AS "isApp"
         FROM pg_roles r WHERE r.rolname = current_user`,
      [APP_ROLE],
    );
    return rows[0]!;
  } finally {
    await c.end();
  }
}

/** Whether the application may run on this connection: the reason it may not, or null. */
export function privilegeProblem(f: RoleFacts): string | null {
  if (f.superuser) return `it connects as ${f.role}, a superuser`;
  if (f.ownsTables) return `it connects as ${f.role}, which owns the tables`;
  return null;
}

/** The same server and database as `url`, logged in as aldyn_app with this password. */
export function appUrlOf(url: string, password: string): string {
  const u = new URL(url);
  u.username = APP_ROLE;
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** The password of aldyn_app kept in `file` (made 0600 on first use, like the cluster's pg-secret). */
export function appPassword(file: string): string {
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802, RFC 7677), so that ALTER
 * ROLE sends the verifier and never the password itself: a server that logs DDL logs no secret.
 */
export function scramVerifier(password: string, salt = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(password.normalize("NFKC"), salt, iterations, 32, "sha256");
  const clientKey = createHmac("sha256", salted).update("Client Key").digest();
  const storedKey = createHash("sha256").update(clientKey).digest("base64");
  const serverKey = createHmac("sha256", salted).update("Server Key").digest("base64");
  return `SCRAM-SHA-256$${iterations}:${salt.toString("base64")}$${storedKey}:${serverKey}`;
}

/**
 * Gives aldyn_app LOGIN with `password`, run with the owner's (or the cluster superuser's) rights.
 * Roles are cluster-wide: a parallel caller changing the same role makes PostgreSQL answer "tuple
 * concurrently updated", so it is retried; the password is the same for every caller of a run.
 */
export async function enableAppLogin(ownerUrl: string, password: string): Promise<void> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    // The verifier is base64 and '$', ':' only: no quoting can go wrong.
    const verifier = scramVerifier(password);
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${verifier}'`);
        return;
      } catch (e) {
        if (attempt >= 20 || !/concurrently/.test((e as Error).message)) throw e;
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
      }
    }
  } finally {
    await c.end();
  }
}
