import { sql, type RawBuilder } from "kysely";
import { can } from "../../access/can.ts";
import type {
  OutreachVisitDetail,
  OutreachVisitFamilyQuery,
  OutreachVisitPage,
  OutreachVisitRow,
} from "@aldyn/contract";
import { territoryFilter } from "../../access/scope.ts";
import { recordAudit } from "../../audit/record.ts";
import { CONFIDENTIALITY_ARTICLE, type WithheldPart } from "../../access/confidentiality.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizeFamilyCase, familyCase } from "./group-access.ts";
import { loadGroup, visitHandoffs } from "./groups.queries.ts";
import type { MobileGroupDeps } from "./mobile-groups-deps.ts";
import { VISIT_FIELDS } from "./record-visit.ts";
import { INFORMABLE_TYPES, mayActForGroup, toldTypes } from "./visit-outputs.ts";

interface VisitListRow {
  id: string;
  group_id: string;
  visited_on: string;
  family_id: string | null;
  signs_of_violence: boolean;
  persons: number;
  handoffs: number;
}

/** One page of visits matching `where`, newest first: dates, flags and counts, no personal field. */
async function visitPage(
  deps: MobileGroupDeps,
  where: RawBuilder<unknown>,
  q: { page: number; pageSize: number },
): Promise<OutreachVisitPage> {
  const [rows, total] = await Promise.all([
    sql<VisitListRow>`SELECT v.id, v.group_id, v.visited_on::text AS visited_on, v.family_id, v.signs_of_violence,
        (SELECT count(*)::int FROM outreach_visit_person p WHERE p.visit_id = v.id) AS persons,
        (SELECT count(*)::int FROM handoff h WHERE h.record_type = 'outreach_visit' AND h.record_id = v.id) AS handoffs
      FROM outreach_visit v WHERE ${where}
      ORDER BY v.visited_on DESC, v.created_at DESC, v.id
      LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`.execute(deps.db),
    sql<{ n: number }>`SELECT count(*)::int AS n FROM outreach_visit v WHERE ${where}`.execute(deps.db),
  ]);
  const items: OutreachVisitRow[] = rows.rows.map((v) => ({
    id: v.id,
    groupId: v.group_id,
    visitedOn: v.visited_on,
    familyId: v.family_id,
    signsOfViolence: v.signs_of_violence,
    persons: v.persons,
    handoffs: v.handoffs,
  }));
  return { items, total: total.rows[0]!.n, page: q.page, pageSize: q.pageSize };
}

/** A group's visits (family_case read in the group's territory). */
export async function listVisits(
  deps: MobileGroupDeps,
  ctx: ActCtx,
  groupId: string,
  q: { page: number; pageSize: number },
): Promise<OutreachVisitPage> {
  const g = await loadGroup(deps.db, groupId);
  authorizeFamilyCase(ctx.actor, "read", g.territory_path);
  return visitPage(deps, sql`v.group_id = ${groupId}::uuid`, q);
}

/** A family's visits across groups, those in the reader's territory (the family page's timeline). */
export async function listFamilyVisits(
  deps: MobileGroupDeps,
  ctx: ActCtx,
  q: OutreachVisitFamilyQuery,
): Promise<OutreachVisitPage> {
  authorizeFamilyCase(ctx.actor, "read", ctx.actor.territoryPath);
  const f = territoryFilter(ctx.actor, "family_case");
  const scope =
    f.kind === "all" ? sql`true` : sql`(v.territory_path = ${f.equals} OR v.territory_path LIKE ${f.like})`;
  return visitPage(deps, sql`v.family_id = ${q.familyId}::uuid AND ${scope}`, q);
}

interface VisitRow {
  id: string;
  group_id: string;
  group_name: string;
  territory_path: string;
  visited_on: string;
  place: string;
  family_id: string | null;
  family_label: string | null;
  findings: string;
  signs_of_violence: boolean;
  recorded_by: string;
  recorder_name: string;
  recorded_body_id: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  body_type: string;
  created_at: Date;
}

/**
 * An outreach visit (a family case, 001 Arts. 11, 72(2)). The place, the findings and the persons'
 * names are personal data behind the victim barrier (001 Art. 83(2)): a reader without read_personal
 * gets the visit without them and a withheld marker; the official who recorded it always sees them.
 * The read of personal fields is audited with the fields shown (R11.2).
 */
export async function readVisit(
  deps: MobileGroupDeps,
  ctx: ActCtx,
  id: string,
): Promise<OutreachVisitDetail> {
  const r = await sql<VisitRow>`SELECT v.id, v.group_id, g.name AS group_name, v.territory_path,
      v.visited_on::text AS visited_on, v.place, v.family_id, f.label AS family_label, v.findings,
      v.signs_of_violence, v.recorded_by, u.full_name AS recorder_name, v.recorded_body_id, b.name_kk, b.name_ru,
      b.name_en, b.type AS body_type, v.created_at
    FROM outreach_visit v JOIN mobile_group g ON g.id = v.group_id
      JOIN app_user u ON u.id = v.recorded_by JOIN body b ON b.id = v.recorded_body_id
      LEFT JOIN family f ON f.id = v.family_id
    WHERE v.id = ${id}::uuid`.execute(deps.db);
  const v = r.rows[0];
  if (!v) throw new AppError("not_found", "The outreach visit was not found.");
  authorizeFamilyCase(ctx.actor, "read", v.territory_path);
  // The official who recorded the visit sees what they wrote; the exception lifts no role or territory.
  const personal =
    v.recorded_by === ctx.userId || can(ctx.actor, "read_personal", familyCase(v.territory_path)).allowed;
  const withheld: WithheldPart[] = personal
    ? []
    : VISIT_FIELDS.map((field) => ({
        field,
        barrier: "victim" as const,
        article: CONFIDENTIALITY_ARTICLE,
        reason: "Victim's data: seen by the roles whose task it is or with a grant to victims' data.",
      }));
  const persons = await sql<{ id: string; role: "identified" | "victim" | "child"; full_name: string }>`
    SELECT p.id, vp.role, concat_ws(' ', p.last_name_cyr, p.first_name_cyr, p.middle_name_cyr) AS full_name
      FROM outreach_visit_person vp JOIN person p ON p.id = vp.person_id
     WHERE vp.visit_id = ${id}::uuid ORDER BY vp.role, p.last_name_cyr, p.id`.execute(deps.db);
  const [handoffs, told, mayAct, ownType] = await Promise.all([
    visitHandoffs(deps.db, id, deps.now()),
    toldTypes(deps.db, id),
    mayActForGroup(deps.db, deps, ctx, v.group_id),
    bodyTypeOf(deps, ctx.actor.bodyId),
  ]);
  const informed = told.get("mobile_group.inform") ?? new Set<string>();
  await recordAudit(deps.db, ctx.audit, {
    action: "outreach_visit.read",
    recordType: "outreach_visit",
    recordId: id,
    fields: personal ? VISIT_FIELDS : [],
  });
  const ownCentre = ctx.actor.bodyId === v.recorded_body_id && v.body_type === "family_support_centre";
  return {
    id: v.id,
    group: { id: v.group_id, name: v.group_name },
    territoryPath: v.territory_path,
    visitedOn: v.visited_on,
    place: personal ? v.place : null,
    family: v.family_id ? { id: v.family_id, label: personal ? v.family_label : null } : null,
    findings: personal ? v.findings : null,
    signsOfViolence: v.signs_of_violence,
    persons: persons.rows.map((p) => ({ id: p.id, role: p.role, fullName: personal ? p.full_name : null })),
    recordedBy: {
      fullName: v.recorder_name,
      body: { id: v.recorded_body_id, name: { kk: v.name_kk, ru: v.name_ru, en: v.name_en } },
    },
    createdAt: new Date(v.created_at).toISOString(),
    handoffs,
    // Not the reader's own kind of body: it knows what its official found (a police unit is the police).
    mayInform: mayAct
      ? INFORMABLE_TYPES.filter(
          (t) => !informed.has(t) && t !== (ownType === "police_unit" ? "police_department" : ownType),
        )
      : [],
    mayRefer:
      mayAct &&
      !ownCentre &&
      !told.has("difficult_life_situation.inform_centre") &&
      ownType !== "family_support_centre",
    withheld,
  };
}

async function bodyTypeOf(deps: MobileGroupDeps, bodyId: string): Promise<string | null> {
  const r = await sql<{ type: string }>`SELECT type FROM body WHERE id = ${bodyId}::uuid`.execute(deps.db);
  return r.rows[0]?.type ?? null;
}
