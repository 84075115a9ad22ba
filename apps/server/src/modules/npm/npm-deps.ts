import {
  DEFAULT_DAY_TRANSFERS,
  kazakhstanWorkCalendar,
  legalDateOf,
  type LegalDate,
  type WorkCalendar,
} from "@aldyn/law";
import { can } from "../../access/can.ts";
import type { Action } from "../../access/actions.ts";
import type { ResourceType } from "../../access/resources.ts";
import type { Db } from "../../db/pool.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";

export { actCtx, type ActCtx } from "../preventive-measures/measure-deps.ts";

/** What the NPM use cases need, passed explicitly: database, work calendar (003 pp.24-25), clock. */
export interface NpmDeps {
  readonly db: Db;
  readonly calendar: WorkCalendar;
  readonly now: () => Date;
}

export function npmDeps(deps: { db: Db; now?: () => Date }): NpmDeps {
  return {
    db: deps.db,
    calendar: kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS),
    now: deps.now ?? (() => new Date()),
  };
}

export function todayOf(deps: NpmDeps): LegalDate {
  return legalDateOf(deps.now());
}

/**
 * NPM records are national (NPM work is national, territory null) and confidential by type: `can`
 * refuses every role outside the NPM whatever its grants (000 Art. 35; 003 p.29).
 */
export function npmResource(type: ResourceType) {
  return { type, territoryPath: null } as const;
}

/** Throws the 403 `can` decides for the action on the NPM type. */
export function guard(ctx: ActCtx, action: Action, type: ResourceType): void {
  const d = can(ctx.actor, action, npmResource(type));
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

export function may(ctx: ActCtx, action: Action, type: ResourceType): boolean {
  return can(ctx.actor, action, npmResource(type)).allowed;
}

/** The participant record of the acting user, or null (the Commissioner's office, the Council). */
export async function myParticipantId(db: Db, ctx: ActCtx): Promise<string | null> {
  const row = await db
    .selectFrom("npm_participant")
    .select("id")
    .where("user_id", "=", ctx.userId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The Commissioner's office: the representative who accompanies and coordinates visits (003 p.14). */
export function isCommissionerOffice(ctx: ActCtx): boolean {
  return ctx.actor.roles.includes("commissioner_representative");
}

/**
 * A visit is conducted by its group (003 p.5; 000 Art. 33(1)), accompanied by the Commissioner's
 * representative (003 p.14): what happens on it is recorded by them, not by other participants.
 * Refused with 403 `access.role` citing 003 p.5.
 */
export async function requireGroupOrOffice(
  db: Db,
  ctx: ActCtx,
  memberIds: readonly string[],
  what: string,
): Promise<void> {
  if (isCommissionerOffice(ctx)) return;
  const me = await myParticipantId(db, ctx);
  if (me !== null && memberIds.includes(me)) return;
  throw new AppError(
    "access.role",
    `Only a member of the visit's group or the Commissioner's office ${what} (003 pp.5, 14; 000 Art. 33(1)).`,
    { article: "003 p.5" },
  );
}

export function staleVersion(): AppError {
  return new AppError("conflict.stale_version", "The record was changed by someone else; reload it.");
}

export function badInput(field: string, message: string): AppError {
  return new AppError("validation.failed", message, { field });
}
