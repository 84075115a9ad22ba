import { sql } from "kysely";
import { HANDOFF_GROUNDS, legalDateOf } from "@aldyn/law";
import type { OutreachVisitInform, OutreachVisitRefer } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { findCompetentBody } from "../handoffs/competent-body.ts";
import { sendToCompetentBodies } from "../handoffs/send-handoff.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizeFamilyCase, mayFamilyCase, VISIT_ARTICLE } from "./group-access.ts";
import { loadGroup, membersOf } from "./groups.queries.ts";
import type { MobileGroupDeps } from "./mobile-groups-deps.ts";
import { isMemberOn } from "./read-groups.ts";
import { INFORM_ARTICLE } from "./record-visit.ts";

/** Information on persons (families) in difficult life situations goes to the centre (001 Art. 72(2)). */
export const REFER_ARTICLE = "001 Art. 72(2)";

/**
 * The bodies a group informs (001 Arts. 10(2)(9), 11(2)), as a user chooses them: a district's police
 * unit is reached through "police_department" (the competent internal affairs body, 001 Art. 13).
 */
export const INFORMABLE_TYPES: readonly string[] = HANDOFF_GROUNDS[
  "mobile_group.inform"
].receiverBodyTypes.filter((t) => t !== "police_unit");

/** The body types already told of the visit (a hand-off not declined), per ground. */
export async function toldTypes(
  db: Db | Transaction<Database>,
  visitId: string,
): Promise<Map<string, Set<string>>> {
  const r = await sql<{ ground: string; type: string }>`SELECT h.ground, b.type FROM handoff h
    JOIN body b ON b.id = h.receiver_body_id
    WHERE h.record_type = 'outreach_visit' AND h.record_id = ${visitId}::uuid AND h.state <> 'declined'`.execute(
    db,
  );
  const out = new Map<string, Set<string>>();
  for (const x of r.rows) {
    const t = x.type === "police_unit" ? "police_department" : x.type;
    out.set(x.ground, (out.get(x.ground) ?? new Set()).add(t));
  }
  return out;
}

interface VisitForWrite {
  readonly id: string;
  readonly group_id: string;
  readonly territory_path: string;
  readonly recorded_body_id: string;
}

/** The visit under lock, and the actor may act for its group today (a participant or the organiser). */
async function visitForWrite(
  trx: Transaction<Database>,
  deps: MobileGroupDeps,
  ctx: ActCtx,
  id: string,
): Promise<VisitForWrite> {
  const r = await sql<VisitForWrite>`SELECT id, group_id, territory_path, recorded_body_id FROM outreach_visit
    WHERE id = ${id}::uuid FOR UPDATE`.execute(trx);
  const v = r.rows[0];
  if (!v) throw new AppError("not_found", "The outreach visit was not found.");
  authorizeFamilyCase(ctx.actor, "create", v.territory_path);
  if (!(await mayActForGroup(trx, deps, ctx, v.group_id)))
    throw new AppError(
      "mobile_group.not_member",
      "Only the group's participants (and the organising centre) act on its visits.",
      { field: "groupId", article: VISIT_ARTICLE },
    );
  return v;
}

/** A participant of the group today, or an official of the organising centre. */
export async function mayActForGroup(
  db: Db | Transaction<Database>,
  deps: MobileGroupDeps,
  ctx: ActCtx,
  groupId: string,
): Promise<boolean> {
  const g = await loadGroup(db, groupId);
  if (!mayFamilyCase(ctx.actor, "create", g.territory_path)) return false;
  if (ctx.actor.bodyId === g.organiser_body_id) return true;
  const today = legalDateOf(deps.now());
  return isMemberOn((await membersOf(db, [groupId], today)).get(groupId)!, ctx.userId, today);
}

/**
 * Informs a body of the facts the visit found (001 Arts. 10(2)(9), 11(2)): a hand-off
 * `mobile_group.inform` to the competent body of the type for the group's territory. A type the law
 * does not name is a 422 with the article; a body already told (not declined) a 409.
 */
export async function informFromVisit(
  deps: MobileGroupDeps,
  ctx: ActCtx,
  id: string,
  body: OutreachVisitInform,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const v = await visitForWrite(trx, deps, ctx, id);
    if (!INFORMABLE_TYPES.includes(body.bodyType))
      throw new AppError(
        "handoff.receiver_not_competent",
        `A mobile group does not inform a body of the type ${body.bodyType} (${INFORM_ARTICLE}).`,
        { field: "bodyType", article: INFORM_ARTICLE },
      );
    if ((await toldTypes(trx, id)).get("mobile_group.inform")?.has(body.bodyType))
      throw new AppError(
        "conflict.duplicate",
        "A body of this type has already been informed of the visit.",
        {
          field: "bodyType",
        },
      );
    // The user's own body is the one a hand-off would reach: it knows what its official found.
    if ((await findCompetentBody(trx, body.bodyType, v.territory_path))?.id === ctx.actor.bodyId)
      throw new AppError("conflict.duplicate", "The user's own body is that body: it knows the visit.", {
        field: "bodyType",
      });
    await sendToCompetentBodies(
      trx,
      ctx,
      [
        {
          ground: "mobile_group.inform",
          receiverBodyType: body.bodyType,
          record: { type: "outreach_visit", id },
          territoryPath: v.territory_path,
          eventAt: deps.now(),
        },
      ],
      deps,
    );
    await recordAudit(trx, ctx.audit, {
      action: "outreach_visit.inform",
      recordType: "outreach_visit",
      recordId: id,
    });
  });
}

/**
 * Refers the family the visit identified to the family support centre, which registers persons
 * (families) in difficult life situations (001 Arts. 54(1), 72(2)): a hand-off
 * `difficult_life_situation.inform_centre` to the centre of the group's territory. The centre's own
 * official registers the family instead (422 outreach_visit.refer_by_centre); once per visit (409).
 */
export async function referFromVisit(
  deps: MobileGroupDeps,
  ctx: ActCtx,
  id: string,
  _body: OutreachVisitRefer,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const v = await visitForWrite(trx, deps, ctx, id);
    const me = await sql<{
      type: string;
    }>`SELECT type FROM body WHERE id = ${ctx.actor.bodyId}::uuid`.execute(trx);
    if (me.rows[0]?.type === "family_support_centre")
      throw new AppError(
        "outreach_visit.refer_by_centre",
        "The family support centre registers the family itself (001 Art. 54(1)).",
        { field: "bodyType", article: "001 Art. 54(1)" },
      );
    if ((await toldTypes(trx, id)).has("difficult_life_situation.inform_centre"))
      throw new AppError("conflict.duplicate", "The family has already been referred to the centre.", {
        field: "visitId",
      });
    await sendToCompetentBodies(
      trx,
      ctx,
      [
        {
          ground: "difficult_life_situation.inform_centre",
          receiverBodyType: "family_support_centre",
          record: { type: "outreach_visit", id },
          territoryPath: v.territory_path,
          eventAt: deps.now(),
        },
      ],
      deps,
    );
    await recordAudit(trx, ctx.audit, {
      action: "outreach_visit.refer",
      recordType: "outreach_visit",
      recordId: id,
    });
  });
}
