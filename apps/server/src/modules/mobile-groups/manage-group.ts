import { sql } from "kysely";
import { checkMobileGroupMember, legalDateOf } from "@aldyn/law";
import type { MobileGroupCreate, MobileGroupMemberCreate, MobileGroupMemberEnd } from "@aldyn/contract";
import { MobileGroupCreate as CreateSchema } from "@aldyn/contract";
import { pathWithin } from "../../access/territory.ts";
import { recordAudit } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizeFamilyCase, ORGANISER_ARTICLE } from "./group-access.ts";
import { loadGroup, type GroupRow } from "./groups.queries.ts";
import type { MobileGroupDeps } from "./mobile-groups-deps.ts";

type Executor = Db;
type Body = { id: string; type: string; path: string };

async function actorBody(db: Executor, bodyId: string): Promise<Body> {
  const r = await sql<Body>`SELECT b.id, b.type, t.path FROM body b JOIN territory t ON t.id = b.territory_id
    WHERE b.id = ${bodyId}::uuid`.execute(db);
  if (!r.rows[0]) throw notFound("The body");
  return r.rows[0];
}

/**
 * The family support centre organises mobile groups (001 Art. 10(2)(8)): only a centre's official
 * creates one or changes its members, and only its own body's groups.
 */
function refuseNotOrganiser(body: Body, organiserBodyId?: string): void {
  if (body.type !== "family_support_centre" || (organiserBodyId && organiserBodyId !== body.id))
    throw new AppError(
      "mobile_group.organiser_not_centre",
      "Mobile groups are organised by the family support centre; only its officials change them.",
      { field: "organiserBodyId", article: ORGANISER_ARTICLE },
    );
}

/**
 * Checks one member: the body exists, is of a type the law lets take part (mobileGroupMember, 001 Art.
 * 10(2)(8)) and works where the group works (its territory covers the group's or lies within it); a
 * named account belongs to that body. Returns the member's name (the account's when not given).
 */
async function checkMember(
  db: Executor,
  group: { territory_path: string },
  m: MobileGroupMemberCreate,
  field: string,
): Promise<string> {
  const r = await sql<{ type: string; path: string }>`SELECT b.type, t.path FROM body b
    JOIN territory t ON t.id = b.territory_id WHERE b.id = ${m.bodyId}::uuid`.execute(db);
  const body = r.rows[0];
  if (!body)
    throw new AppError("validation.failed", "The member's body does not exist.", {
      field: `${field}.bodyId`,
    });
  const v = checkMobileGroupMember(body.type);
  if (!v.ok) throw AppError.fromRefusals([{ ...v, field: `${field}.bodyId` }]);
  if (!pathWithin(body.path, group.territory_path) && !pathWithin(group.territory_path, body.path))
    throw new AppError(
      "mobile_group.member_outside_territory",
      "The member's body does not work in the group's territory.",
      { field: `${field}.bodyId`, article: ORGANISER_ARTICLE },
    );
  if (m.userId) {
    const u = await sql<{ full_name: string; body_id: string }>`SELECT full_name, body_id FROM app_user
      WHERE id = ${m.userId}::uuid AND active`.execute(db);
    if (u.rows[0]?.body_id !== m.bodyId)
      throw new AppError("validation.failed", "The account is not an official of the member's body.", {
        field: `${field}.userId`,
      });
    return m.fullName ?? u.rows[0].full_name;
  }
  if (!m.fullName)
    throw new AppError("validation.failed", "Name the member or choose the member's account.", {
      field: `${field}.fullName`,
    });
  return m.fullName;
}

async function insertMember(
  db: Executor,
  ctx: ActCtx,
  groupId: string,
  m: MobileGroupMemberCreate,
  fullName: string,
): Promise<string> {
  const r = await db
    .insertInto("mobile_group_member")
    .values({
      group_id: groupId,
      user_id: m.userId ?? null,
      body_id: m.bodyId,
      full_name: fullName,
      since: m.since,
      until: null,
      created_by: ctx.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

/**
 * A centre's specialist establishes a mobile group of the centre, in the centre's territory or a part
 * of it, with its first members (001 Arts. 10(2)(8), 72(2)). One transaction with its audit row.
 */
export async function createGroup(
  deps: MobileGroupDeps,
  ctx: ActCtx,
  input: MobileGroupCreate,
): Promise<{ id: string }> {
  const body = CreateSchema.parse(input);
  return deps.db.transaction().execute(async (trx) => {
    const organiser = await actorBody(trx, ctx.actor.bodyId);
    let territory = { id: "", path: organiser.path };
    const t = await sql<{ id: string; path: string }>`SELECT id, path FROM territory
      WHERE ${body.territoryId ? sql`id = ${body.territoryId}::uuid` : sql`path = ${organiser.path}`}`.execute(
      trx,
    );
    if (!t.rows[0]) throw new AppError("validation.failed", "No such territory.", { field: "territoryId" });
    territory = t.rows[0];
    if (!pathWithin(organiser.path, territory.path))
      throw new AppError("access.territory", "The territory lies outside the centre's.", {
        field: "territoryId",
      });
    authorizeFamilyCase(ctx.actor, "create", territory.path);
    refuseNotOrganiser(organiser);
    if (body.formedOn > legalDateOf(deps.now()))
      throw new AppError("validation.failed", "A group is recorded once it has been established.", {
        field: "formedOn",
      });
    const names: string[] = [];
    for (const [i, m] of body.members.entries())
      names.push(await checkMember(trx, { territory_path: territory.path }, m, `members.${i}`));
    const g = await trx
      .insertInto("mobile_group")
      .values({
        organiser_body_id: organiser.id,
        territory_id: territory.id,
        territory_path: territory.path,
        name: body.name,
        formed_on: body.formedOn,
        created_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const [i, m] of body.members.entries()) await insertMember(trx, ctx, g.id, m, names[i]!);
    await recordAudit(trx, ctx.audit, {
      action: "mobile_group.create",
      recordType: "mobile_group",
      recordId: g.id,
    });
    return { id: g.id };
  });
}

async function groupForWrite(db: Executor, ctx: ActCtx, id: string): Promise<GroupRow> {
  const g = await loadGroup(db, id, true);
  authorizeFamilyCase(ctx.actor, "update", g.territory_path);
  refuseNotOrganiser(await actorBody(db, ctx.actor.bodyId), g.organiser_body_id);
  if (g.dissolved_on !== null)
    throw new AppError("mobile_group.dissolved", "The group no longer works.", { field: "dissolvedOn" });
  return g;
}

/** The organiser adds a participant (001 Art. 10(2)(8)); its body's type decides the composition. */
export async function addMember(
  deps: MobileGroupDeps,
  ctx: ActCtx,
  groupId: string,
  m: MobileGroupMemberCreate,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const g = await groupForWrite(trx, ctx, groupId);
    if (m.since < g.formed_on)
      throw new AppError("validation.failed", "A member takes part from the group's formation on.", {
        field: "since",
      });
    const name = await checkMember(trx, g, m, "member");
    const id = await insertMember(trx, ctx, groupId, m, name);
    await sql`UPDATE mobile_group SET version = version + 1 WHERE id = ${groupId}::uuid`.execute(trx);
    await recordAudit(trx, ctx.audit, {
      action: "mobile_group.member_add",
      recordType: "mobile_group_member",
      recordId: id,
    });
  });
}

/** The organiser ends a participation on its last day (the member's history is kept). */
export async function endMember(
  deps: MobileGroupDeps,
  ctx: ActCtx,
  groupId: string,
  memberId: string,
  body: MobileGroupMemberEnd,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await groupForWrite(trx, ctx, groupId);
    const r = await sql<{
      since: string;
      until: string | null;
    }>`SELECT since::text AS since, until::text AS until
      FROM mobile_group_member WHERE id = ${memberId}::uuid AND group_id = ${groupId}::uuid FOR UPDATE`.execute(
      trx,
    );
    const m = r.rows[0];
    if (!m) throw notFound("The member");
    if (m.until !== null)
      throw new AppError("mobile_group.member_already_ended", "The member's participation has ended.", {
        field: "until",
      });
    if (body.until < m.since)
      throw new AppError("validation.failed", "The last day is before the first.", { field: "until" });
    await sql`UPDATE mobile_group_member SET until = ${body.until}::date WHERE id = ${memberId}::uuid`.execute(
      trx,
    );
    await sql`UPDATE mobile_group SET version = version + 1 WHERE id = ${groupId}::uuid`.execute(trx);
    await recordAudit(trx, ctx.audit, {
      action: "mobile_group.member_end",
      recordType: "mobile_group_member",
      recordId: memberId,
    });
  });
}
