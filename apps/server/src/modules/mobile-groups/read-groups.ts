import { sql } from "kysely";
import { legalDateOf } from "@aldyn/law";
import type { MobileGroupDetail, MobileGroupListQuery, MobileGroupPage } from "@aldyn/contract";
import { territoryFilter } from "../../access/scope.ts";
import { containsPattern } from "../../db/paging.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizeFamilyCase, mayFamilyCase } from "./group-access.ts";
import {
  GROUP_FROM,
  groupRow,
  groupSelect,
  loadGroup,
  membersOf,
  visitCounts,
  type GroupRow,
} from "./groups.queries.ts";
import type { MobileGroupDeps } from "./mobile-groups-deps.ts";

/**
 * The groups of the reader's territory (family_case read, 001 Arts. 11, 72(2)), newest first; the
 * composition of each (001 Art. 10(2)(8)). A group holds no personal data of the persons it visits.
 */
export async function listGroups(
  deps: MobileGroupDeps,
  ctx: ActCtx,
  q: MobileGroupListQuery,
): Promise<MobileGroupPage> {
  authorizeFamilyCase(ctx.actor, "read", ctx.actor.territoryPath);
  const f = territoryFilter(ctx.actor, "family_case");
  const where = sql`${f.kind === "all" ? sql`true` : sql`(g.territory_path = ${f.equals} OR g.territory_path LIKE ${f.like})`}
    ${q.q ? sql`AND g.name ILIKE ${containsPattern(q.q)}` : sql``}`;
  const [rows, total] = await Promise.all([
    sql<GroupRow>`SELECT ${groupSelect()} FROM ${GROUP_FROM} WHERE ${where}
      ORDER BY g.dissolved_on IS NOT NULL, g.formed_on DESC, g.id
      LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`.execute(deps.db),
    sql<{ n: number }>`SELECT count(*)::int AS n FROM mobile_group g WHERE ${where}`.execute(deps.db),
  ]);
  const ids = rows.rows.map((g) => g.id);
  const today = legalDateOf(deps.now());
  const [members, visits] = await Promise.all([membersOf(deps.db, ids, today), visitCounts(deps.db, ids)]);
  return {
    items: rows.rows.map((g) => groupRow(g, members.get(g.id)!, visits.get(g.id)!)),
    total: total.rows[0]!.n,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Whether the actor takes part in the group on `day` (an account named as an active member). */
export function isMemberOn(
  members: readonly { userId: string | null; since: string; until: string | null }[],
  userId: string,
  day: string,
): boolean {
  return members.some((m) => m.userId === userId && m.since <= day && (m.until === null || m.until >= day));
}

/** A group with its members and composition; what the reader may do with it. */
export async function readGroup(deps: MobileGroupDeps, ctx: ActCtx, id: string): Promise<MobileGroupDetail> {
  const g = await loadGroup(deps.db, id);
  authorizeFamilyCase(ctx.actor, "read", g.territory_path);
  const today = legalDateOf(deps.now());
  const [members, visits] = await Promise.all([membersOf(deps.db, [id], today), visitCounts(deps.db, [id])]);
  const ms = members.get(id)!;
  const organiser = ctx.actor.bodyId === g.organiser_body_id;
  const open = g.dissolved_on === null;
  return {
    ...groupRow(g, ms, visits.get(id)!),
    members: ms,
    mayManage: open && organiser && mayFamilyCase(ctx.actor, "update", g.territory_path),
    mayRecordVisits:
      open &&
      (organiser || isMemberOn(ms, ctx.userId, today)) &&
      mayFamilyCase(ctx.actor, "create", g.territory_path),
  };
}
