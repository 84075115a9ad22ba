import { sql, type Kysely } from "kysely";
import { mobileGroupComposition } from "@aldyn/law";
import type {
  MobileGroupComposition,
  MobileGroupMember,
  MobileGroupRow,
  OutreachVisitHandoff,
} from "@aldyn/contract";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors/app-error.ts";
import { ORGANISER_ARTICLE } from "./group-access.ts";

type Q = Kysely<Database>;

/** A group as the use cases read it: its organiser, territory and term. */
export interface GroupRow {
  readonly id: string;
  readonly name: string;
  readonly organiser_body_id: string;
  readonly organiser_name_kk: string;
  readonly organiser_name_ru: string;
  readonly organiser_name_en: string;
  readonly organiser_type: string;
  readonly territory_id: string;
  readonly territory_path: string;
  readonly territory_name_kk: string;
  readonly territory_name_ru: string;
  readonly territory_name_en: string;
  readonly formed_on: string;
  readonly dissolved_on: string | null;
  readonly version: number;
}

const GROUP_SELECT = sql`g.id, g.name, g.organiser_body_id, ob.name_kk AS organiser_name_kk,
  ob.name_ru AS organiser_name_ru, ob.name_en AS organiser_name_en, ob.type AS organiser_type,
  g.territory_id, g.territory_path, t.name_kk AS territory_name_kk, t.name_ru AS territory_name_ru,
  t.name_en AS territory_name_en, g.formed_on::text AS formed_on, g.dissolved_on::text AS dissolved_on, g.version`;

export const GROUP_FROM = sql`mobile_group g JOIN body ob ON ob.id = g.organiser_body_id
  JOIN territory t ON t.id = g.territory_id`;

export function groupSelect() {
  return GROUP_SELECT;
}

/** The group or 404; `forUpdate` locks it (members and visits are written under the group's lock). */
export async function loadGroup(db: Q, id: string, forUpdate = false): Promise<GroupRow> {
  const r = await sql<GroupRow>`SELECT ${GROUP_SELECT} FROM ${GROUP_FROM} WHERE g.id = ${id}::uuid
    ${forUpdate ? sql`FOR UPDATE OF g` : sql``}`.execute(db);
  const g = r.rows[0];
  if (!g) throw notFound("The mobile group");
  return g;
}

interface MemberRow {
  id: string;
  user_id: string | null;
  full_name: string;
  body_id: string;
  body_type: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  since: string;
  until: string | null;
}

/** The members of groups, oldest first; `active` on `today` (since ≤ today ≤ until). */
export async function membersOf(
  db: Q,
  groupIds: readonly string[],
  today: string,
): Promise<Map<string, MobileGroupMember[]>> {
  const out = new Map<string, MobileGroupMember[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return out;
  const r = await sql<MemberRow & { group_id: string }>`
    SELECT m.id, m.group_id, m.user_id, m.full_name, m.body_id, b.type AS body_type, b.name_kk, b.name_ru,
      b.name_en, m.since::text AS since, m.until::text AS until
      FROM mobile_group_member m JOIN body b ON b.id = m.body_id
     WHERE m.group_id = ANY (${groupIds as string[]}::uuid[])
     ORDER BY m.since, m.created_at, m.id`.execute(db);
  for (const m of r.rows)
    out.get(m.group_id)!.push({
      id: m.id,
      userId: m.user_id,
      fullName: m.full_name,
      body: { id: m.body_id, type: m.body_type, name: { kk: m.name_kk, ru: m.name_ru, en: m.name_en } },
      since: m.since,
      until: m.until,
      active: m.since <= today && (m.until === null || m.until >= today),
    });
  return out;
}

/** Whether the members taking part today make up the group the law describes (001 Art. 10(2)(8)). */
export function compositionOf(members: readonly MobileGroupMember[]): MobileGroupComposition {
  const c = mobileGroupComposition(members.filter((m) => m.active).map((m) => m.body.type));
  return { complete: c.complete, missing: [...c.missing], article: ORGANISER_ARTICLE };
}

/** A group's list row from its row, members and visit counts. */
export function groupRow(
  g: GroupRow,
  members: readonly MobileGroupMember[],
  visits: { n: number; last: string | null },
): MobileGroupRow {
  return {
    id: g.id,
    name: g.name,
    organiserBody: {
      id: g.organiser_body_id,
      type: g.organiser_type,
      name: { kk: g.organiser_name_kk, ru: g.organiser_name_ru, en: g.organiser_name_en },
    },
    territory: {
      id: g.territory_id,
      name: { kk: g.territory_name_kk, ru: g.territory_name_ru, en: g.territory_name_en },
    },
    formedOn: g.formed_on,
    dissolvedOn: g.dissolved_on,
    activeMembers: members.filter((m) => m.active).length,
    composition: compositionOf(members),
    visits: visits.n,
    lastVisitOn: visits.last,
    version: g.version,
  };
}

/** Visits per group: how many and the latest day. */
export async function visitCounts(
  db: Q,
  groupIds: readonly string[],
): Promise<Map<string, { n: number; last: string | null }>> {
  const out = new Map<string, { n: number; last: string | null }>(
    groupIds.map((id) => [id, { n: 0, last: null }]),
  );
  if (groupIds.length === 0) return out;
  const r = await sql<{ group_id: string; n: number; last: string | null }>`
    SELECT group_id, count(*)::int AS n, max(visited_on)::text AS last FROM outreach_visit
     WHERE group_id = ANY (${groupIds as string[]}::uuid[]) GROUP BY group_id`.execute(db);
  for (const v of r.rows) out.set(v.group_id, { n: v.n, last: v.last });
  return out;
}

/** The hand-offs a visit sent, oldest first; overdue while not received after the clock ran out. */
export async function visitHandoffs(db: Q, visitId: string, now: Date): Promise<OutreachVisitHandoff[]> {
  const r = await sql<{
    id: string;
    ground: string;
    article: string;
    receiver_body_id: string;
    name_kk: string;
    name_ru: string;
    name_en: string;
    state: string;
    sent_at: Date;
    due_at: Date;
    received_at: Date | null;
  }>`SELECT h.id, h.ground, h.article, h.receiver_body_id, b.name_kk, b.name_ru, b.name_en, h.state,
      h.sent_at, h.due_at, h.received_at
    FROM handoff h JOIN body b ON b.id = h.receiver_body_id
    WHERE h.record_type = 'outreach_visit' AND h.record_id = ${visitId}::uuid
    ORDER BY h.sent_at, h.id`.execute(db);
  return r.rows.map((h) => ({
    id: h.id,
    ground: h.ground,
    article: h.article,
    receiverBody: { id: h.receiver_body_id, name: { kk: h.name_kk, ru: h.name_ru, en: h.name_en } },
    state: h.state,
    sentAt: new Date(h.sent_at).toISOString(),
    dueAt: new Date(h.due_at).toISOString(),
    overdue: h.received_at === null && h.state === "sent" && new Date(h.due_at).getTime() < now.getTime(),
  }));
}
