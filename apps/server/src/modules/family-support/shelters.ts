import { sql } from "kysely";
import { legalDateOf } from "@aldyn/law";
import type { Shelter, ShelterCreate, ShelterList } from "@aldyn/contract";
import { can } from "../../access/can.ts";
import type { Resource } from "../../access/resources.ts";
import type { Actor } from "../../access/roles.ts";
import { CONFIDENTIALITY_ARTICLE } from "../../access/confidentiality.ts";
import { recordAudit, recordAuditMany } from "../../audit/record.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import { bodyRef, bodyRefs, requireCentre, type Q } from "./fs-common.ts";

/** Places of temporary residence of the centre (001 Arts. 10(2)(4), 72(2)). */
const ARTICLE = "001 Art. 10(2)(4)";

/** A shelter as the access rules see it: its address is its personal field (read_personal). */
export function shelterResource(s: { territory_path: string; centre_body_id: string }): Resource {
  return { type: "shelter", territoryPath: s.territory_path, bodyId: s.centre_body_id };
}

export function mayReadAddress(actor: Actor, s: { territory_path: string; centre_body_id: string }): boolean {
  return can(actor, "read_personal", shelterResource(s)).allowed;
}

/** Registers a shelter of the user's centre, with its audit row. */
export async function createShelter(deps: MeasureDeps, ctx: ActCtx, body: ShelterCreate): Promise<string> {
  const centre = await requireCentre(deps.db, ctx.actor, ARTICLE);
  authorizeOn(ctx.actor, "create", {
    type: "shelter",
    territoryPath: centre.territoryPath,
    bodyId: centre.id,
  });
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("shelter")
      .values({
        centre_body_id: centre.id,
        territory_path: centre.territoryPath,
        name: body.name,
        address: body.address,
        places: body.places,
        created_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: "shelter.create",
      recordType: "shelter",
      recordId: row.id,
      fields: ["name", "address", "places"],
    });
    return row.id;
  });
}

/** Places occupied today per shelter: stays admitted by today and not departed by it (the law's occupancyOn). */
export async function occupancy(
  db: Q,
  shelterIds: readonly string[],
  today: string,
): Promise<Map<string, number>> {
  if (shelterIds.length === 0) return new Map();
  const r = await sql<{ shelter_id: string; n: number }>`
    SELECT shelter_id, count(*)::integer AS n FROM shelter_stay
     WHERE shelter_id = ANY(${[...shelterIds]}::uuid[]) AND admitted_on <= ${today}::date
       AND (departed_on IS NULL OR departed_on > ${today}::date)
     GROUP BY shelter_id`.execute(db);
  return new Map(r.rows.map((x) => [x.shelter_id, x.n]));
}

/**
 * The shelters in the reader's territory with places and occupancy today. The address only for who
 * may read it — the centre for its own shelters, the DV inspector of the territory — and never in a
 * list for others (001 Art. 83(2)): `address` is null and `withheld` says why. A shown address is
 * audited as read.
 */
export async function listShelters(deps: MeasureDeps, ctx: ActCtx): Promise<ShelterList> {
  authorizeOn(ctx.actor, "read", {
    type: "shelter",
    territoryPath: ctx.actor.territoryPath,
    bodyId: ctx.actor.bodyId,
  });
  const rows = await deps.db
    .selectFrom("shelter")
    .selectAll()
    .where(inTerritory("territory_path", ctx.actor.territoryPath))
    .orderBy("name")
    .orderBy("id")
    .execute();
  // A rule limited to the actor's own body (the centre's shelters) leaves out the others' shelters.
  const visible = rows.filter((s) => can(ctx.actor, "read", shelterResource(s)).allowed);
  const today = legalDateOf(deps.now());
  const occ = await occupancy(
    deps.db,
    visible.map((s) => s.id),
    today,
  );
  const bodies = await bodyRefs(
    deps.db,
    visible.map((s) => s.centre_body_id),
  );
  const shown = visible.filter((s) => mayReadAddress(ctx.actor, s));
  await recordAuditMany(
    deps.db,
    ctx.audit,
    shown.map((s) => ({
      action: "shelter.read",
      recordType: "shelter",
      recordId: s.id,
      fields: ["address"],
    })),
  );
  const items: Shelter[] = visible.map((s) => ({
    id: s.id,
    centre: bodyRef(s.centre_body_id, bodies),
    name: s.name,
    address: shown.includes(s) ? s.address : null,
    places: s.places,
    occupied: occ.get(s.id) ?? 0,
    active: s.active,
  }));
  const hidden = visible.length - shown.length;
  return {
    items,
    asOf: today,
    withheld:
      hidden > 0
        ? [
            {
              field: "address",
              barrier: "victim",
              article: CONFIDENTIALITY_ARTICLE,
              reason: "A shelter's address is known to the centre and the domestic-violence inspector only.",
              count: hidden,
            },
          ]
        : [],
  };
}
