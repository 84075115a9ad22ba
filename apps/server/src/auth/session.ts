import type { FastifyReply } from "fastify";
import type { Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Config } from "../config.ts";
import { SESSION_COOKIE } from "./auth-hook.ts";
import { newToken, tokenHash } from "./tokens.ts";

/** Opens a server-side session; only the hash of the cookie value is stored. Returns the CSRF token. */
export async function openSession(
  trx: Transaction<Database>,
  reply: FastifyReply,
  config: Config,
  userId: string,
  ip: string,
): Promise<string> {
  const token = newToken();
  const csrfToken = newToken();
  await trx
    .insertInto("user_session")
    .values({
      token_hash: tokenHash(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + config.sessionTtlHours * 3600_000),
      ip,
    })
    .execute();
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: config.cookieSecure,
    path: "/",
    maxAge: config.sessionTtlHours * 3600,
  });
  return csrfToken;
}
