import { sql } from "kysely";
import { protocolState } from "@aldyn/law";
import type { MeetingListQuery, MeetingPage, MeetingSummary } from "@aldyn/contract";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { bodyRefs } from "./read-meeting.ts";
import { reachableBodies } from "../../access/scope.ts";
import { commissionLinks, label, type Q } from "./meeting-common.ts";

/**
 * The commissions whose meetings the user sees: those it sits on (a member row linked to it), its
 * own body's and — as the access rules reach — the lower commissions its commission coordinates and
 * monitors (001 Art. 79(6)(4)), or, for a reader limited by territory alone (the prosecutor), every
 * commission of its territory.
 */
async function visibleCommissions(db: Q, ctx: ActCtx): Promise<string[]> {
  const own = await db
    .selectFrom("commission_member")
    .select("commission_body_id")
    .where("user_id", "=", ctx.userId)
    .where("ended_on", "is", null)
    .execute();
  const ids = new Set([ctx.actor.bodyId, ...own.map((o) => o.commission_body_id)]);
  const reach = reachableBodies(ctx.actor, "minors_case", await commissionLinks(db), "read_personal");
  if (reach !== null) {
    for (const b of reach) ids.add(b);
    return [...ids];
  }
  const path = ctx.actor.territoryPath;
  const rows = await db
    .selectFrom("minors_commission as c")
    .innerJoin("body as b", "b.id", "c.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select("c.body_id")
    .where((eb) => eb.or([eb("t.path", "=", path), eb("t.path", "like", `${path}.%`)]))
    .execute();
  for (const r of rows) ids.add(r.body_id);
  return [...ids];
}

interface ListRow {
  id: string;
  commission_body_id: string;
  number: number;
  year: number;
  scheduled_at: Date;
  place: string;
  state: "planned" | "held" | "cancelled";
  chair_signed_at: Date | null;
  secretary_signed_at: Date | null;
  items: number;
  decided: number;
  undelivered: number;
  total: number;
}

async function rowsOf(
  db: Q,
  commissions: readonly string[],
  q: Partial<MeetingListQuery>,
  limit: number,
  offset: number,
) {
  const from = q.from
    ? sql`AND m.scheduled_at >= (${q.from}::date::timestamp AT TIME ZONE 'Asia/Almaty')`
    : sql``;
  const until = q.until
    ? sql`AND m.scheduled_at < ((${q.until}::date + 1)::timestamp AT TIME ZONE 'Asia/Almaty')`
    : sql``;
  const state = q.state ? sql`AND m.state = ${q.state}` : sql``;
  const r = await sql<ListRow>`
    SELECT m.id, m.commission_body_id, m.number, m.year, m.scheduled_at, m.place, m.state, m.chair_signed_at,
           m.secretary_signed_at,
           (SELECT count(*)::int FROM meeting_item i WHERE i.meeting_id = m.id) AS items,
           (SELECT count(*)::int FROM meeting_item i WHERE i.meeting_id = m.id AND i.decision IS NOT NULL) AS decided,
           (SELECT count(*)::int FROM meeting_invitation v WHERE v.meeting_id = m.id AND v.delivered_on IS NULL)
             AS undelivered,
           count(*) OVER ()::int AS total
      FROM commission_meeting m
     WHERE m.commission_body_id = ANY (${[...commissions]}::uuid[]) ${from} ${until} ${state}
     ORDER BY m.scheduled_at DESC, m.id
     LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return r.rows;
}

/** The meetings of the commissions the user sees, newest first, by period and state. */
export async function listMeetings(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: MeetingListQuery,
): Promise<MeetingPage> {
  const commissions = await visibleCommissions(deps.db, ctx);
  const rows = await rowsOf(deps.db, commissions, q, q.pageSize, (q.page - 1) * q.pageSize);
  const bodies = await bodyRefs(
    deps.db,
    rows.map((r) => r.commission_body_id),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      commission: bodies.get(r.commission_body_id)!,
      label: label(r),
      scheduledAt: new Date(r.scheduled_at).toISOString(),
      place: r.place,
      state: r.state,
      protocol: protocolState({ chairSignedAt: r.chair_signed_at, secretarySignedAt: r.secretary_signed_at }),
      items: r.items,
      decided: r.decided,
      invitationsUndelivered: r.undelivered,
    })),
    total: rows[0]?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * Today's work of a commission's home page: the next planned meeting, held meetings whose protocol
 * awaits a signature, and invitations of planned meetings not yet known to be delivered.
 */
export async function meetingSummary(deps: MeasureDeps, ctx: ActCtx): Promise<MeetingSummary> {
  const db = deps.db;
  const own = await db
    .selectFrom("commission_member")
    .select("commission_body_id")
    .where("user_id", "=", ctx.userId)
    .where("ended_on", "is", null)
    .execute();
  const commissions = [...new Set([ctx.actor.bodyId, ...own.map((o) => o.commission_body_id)])];
  const next = await sql<{
    id: string;
    number: number;
    year: number;
    scheduled_at: Date;
    place: string;
    items: number;
  }>`
    SELECT m.id, m.number, m.year, m.scheduled_at, m.place,
           (SELECT count(*)::int FROM meeting_item i WHERE i.meeting_id = m.id) AS items
      FROM commission_meeting m
     WHERE m.commission_body_id = ANY (${commissions}::uuid[]) AND m.state = 'planned'
       AND m.scheduled_at >= ${deps.now()}::timestamptz - interval '12 hours'
     ORDER BY m.scheduled_at LIMIT 1`.execute(db);
  const toSign = await sql<{
    id: string;
    number: number;
    year: number;
    scheduled_at: Date;
    c: Date | null;
    s: Date | null;
  }>`
    SELECT m.id, m.number, m.year, m.scheduled_at, m.chair_signed_at AS c, m.secretary_signed_at AS s
      FROM commission_meeting m
     WHERE m.commission_body_id = ANY (${commissions}::uuid[]) AND m.state = 'held' AND m.closed_at IS NULL
     ORDER BY m.scheduled_at LIMIT 20`.execute(db);
  const und = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM meeting_invitation v JOIN commission_meeting m ON m.id = v.meeting_id
     WHERE m.commission_body_id = ANY (${commissions}::uuid[]) AND m.state = 'planned'
       AND v.delivered_on IS NULL`.execute(db);
  const n = next.rows[0];
  return {
    nextMeeting: n
      ? {
          id: n.id,
          label: label(n),
          scheduledAt: new Date(n.scheduled_at).toISOString(),
          place: n.place,
          items: n.items,
        }
      : null,
    toSign: toSign.rows.map((r) => ({
      id: r.id,
      label: label(r),
      scheduledAt: new Date(r.scheduled_at).toISOString(),
      awaiting: [...(r.c ? [] : (["chair"] as const)), ...(r.s ? [] : (["secretary"] as const))],
    })),
    invitationsUndelivered: und.rows[0]!.n,
  };
}
