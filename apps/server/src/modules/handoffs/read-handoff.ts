import { sql } from "kysely";
import { HANDOFF_GROUNDS, isHandoffGroundCode } from "@aldyn/law";
import type { HandoffBodyList, HandoffDetail, HandoffFactView } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizeRead } from "./handoff-access.ts";
import type { HandoffDeps } from "./handoff-deps.ts";
import { loadHandoff, readRow, toRow, type HandoffFactRow } from "./handoff.queries.ts";

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

function factView(f: HandoffFactRow): HandoffFactView {
  return {
    type: f.type,
    at: new Date(f.at).toISOString(),
    byName: f.by_name,
    byBody: f.by_body && f.by_body_id ? { id: f.by_body_id, name: f.by_body } : null,
    reason: f.data.reason ?? null,
    outcome: f.data.outcome ?? null,
    reroutedToId: f.data.reroutedToId ?? null,
  };
}

/**
 * A hand-off with its timeline, for its sender and its receiver only (authorizeRead). A decline's
 * reason and an answer's outcome are officials' free text and may name people: the read is audited.
 */
export async function readHandoff(deps: HandoffDeps, ctx: ActCtx, id: string): Promise<HandoffDetail> {
  const now = deps.now();
  const [loaded, row] = await Promise.all([loadHandoff(deps.db, id), readRow(deps.db, id, now)]);
  if (!loaded || !row) throw notFound("The hand-off");
  authorizeRead(ctx, loaded.row);
  await recordAudit(deps.db, ctx.audit, {
    action: "handoff.read",
    recordType: "handoff",
    recordId: id,
    fields: [],
  });
  const h = loaded.row;
  const declined = [...loaded.facts].reverse().find((f) => f.type === "declined");
  return {
    ...toRow(row),
    eventAt: iso(h.event_at)!,
    acceptedAt: iso(h.accepted_at),
    declinedAt: iso(h.declined_at),
    declineReason: h.decline_reason,
    outcome: h.outcome,
    reroutedToId: declined?.data.reroutedToId ?? null,
    receiverSide: ctx.actor.bodyId === h.receiver_body_id,
    facts: loaded.facts.map(factView),
  };
}

/**
 * The bodies a decline may re-route a hand-off of `ground` to (001 Art. 39(3)): bodies of the ground's
 * receiving types in the region of the hand-off (or of the user, when no hand-off is named) and the
 * national ones, the declining body itself left out, nearest first.
 */
export async function reroutableBodies(
  deps: HandoffDeps,
  ctx: ActCtx,
  ground: string,
  handoffId: string | undefined,
): Promise<HandoffBodyList> {
  if (!isHandoffGroundCode(ground))
    throw new AppError("validation.failed", `Unknown ground of a hand-off: ${ground}.`, { field: "ground" });
  let path = ctx.actor.territoryPath;
  if (handoffId) {
    const loaded = await loadHandoff(deps.db, handoffId);
    if (!loaded) throw notFound("The hand-off");
    authorizeRead(ctx, loaded.row);
    path = loaded.row.territory_path;
  }
  const region = path.split(".").slice(0, 2).join(".");
  const types = [...HANDOFF_GROUNDS[ground].receiverBodyTypes];
  const r = await sql<{
    id: string;
    type: string;
    name_kk: string;
    name_ru: string;
    name_en: string;
    t_kk: string;
    t_ru: string;
    t_en: string;
  }>`
    SELECT b.id, b.type, b.name_kk, b.name_ru, b.name_en, t.name_kk AS t_kk, t.name_ru AS t_ru, t.name_en AS t_en
      FROM body b JOIN territory t ON t.id = b.territory_id
     WHERE b.type = ANY (${types}::text[]) AND b.id <> ${ctx.actor.bodyId}::uuid
       AND (t.path = ${region} OR t.path LIKE ${region} || '.%' OR ${region} LIKE t.path || '.%')
     ORDER BY (${path} = t.path OR ${path} LIKE t.path || '.%') DESC, length(t.path) DESC, b.name_ru, b.id
     LIMIT 200`.execute(deps.db);
  return {
    items: r.rows.map((b) => ({
      id: b.id,
      type: b.type,
      name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en },
      territoryName: { kk: b.t_kk, ru: b.t_ru, en: b.t_en },
    })),
  };
}
