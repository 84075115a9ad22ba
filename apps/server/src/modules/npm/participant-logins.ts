import { sql } from "kysely";
import type { UserChoice } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { hasRole, userChoices } from "../../audit/user-choices.ts";
import type { Db } from "../../db/pool.ts";
import { AppError } from "../../errors/app-error.ts";
import { guard, type ActCtx, type NpmDeps } from "./npm-deps.ts";

/**
 * The logins a participant selected by the Commissioner's office (000 Art. 26(3)) may be linked to:
 * active personal accounts with the NPM participant's role, not yet linked to another participant —
 * found by name or login, so the office picks a person instead of pasting an id.
 */
export async function listParticipantLogins(
  deps: NpmDeps,
  ctx: ActCtx,
  q: string | undefined,
): Promise<{ items: UserChoice[] }> {
  guard(ctx, "create", "npm_participant");
  const items = await userChoices(
    deps.db,
    q,
    () =>
      sql`${hasRole("npm_participant")} AND u.active AND NOT u.service
        AND NOT EXISTS (SELECT 1 FROM npm_participant p WHERE p.user_id = u.id)`,
  );
  await recordAudit(deps.db, ctx.audit, { action: "user.list", recordType: "user", fields: ["full_name"] });
  return { items };
}

/**
 * A login given for a new participant: an active personal account with the participant's role
 * (400 `validation.failed` on `userId` otherwise), and not another participant's (409
 * `conflict.duplicate`) — the database's unique link would otherwise answer a bare error.
 */
export async function checkParticipantLogin(db: Db, userId: string): Promise<void> {
  const u = await db
    .selectFrom("app_user as u")
    .leftJoin("npm_participant as p", "p.user_id", "u.id")
    .select(["u.roles", "u.active", "u.service", "p.id as participant_id"])
    .where("u.id", "=", userId)
    .executeTakeFirst();
  if (!u || !u.active || u.service || !u.roles.includes("npm_participant"))
    throw new AppError(
      "validation.failed",
      "Link the login of an active user with the NPM participant's role.",
      { field: "userId" },
    );
  if (u.participant_id !== null)
    throw new AppError("conflict.duplicate", "This login is already linked to another participant.", {
      field: "userId",
    });
}
