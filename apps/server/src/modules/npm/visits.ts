import { randomUUID } from "node:crypto";
import {
  followUpRefusals,
  validateVisitDuration,
  validateVisitGroup,
  type NpmVisitForm,
  type NpmVisitKind,
  type NpmVisitProposal,
  type Refusal,
} from "@aldyn/law";
import type { z } from "zod";
import type { NpmMemberAdd, NpmVisitCreate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import type { NpmMemberRow } from "../../db/schema-npm.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { guard, staleVersion, type ActCtx, type NpmDeps } from "./npm-deps.ts";
import { lawInstitutions } from "./institutions.ts";
import { loadParticipants } from "./participants.ts";
import { loadVisitRow } from "./visit-view.ts";

interface Decision {
  kind: string;
  form: string;
  topic?: string | null;
  planVisitId: string | null;
  institutionIds: readonly string[];
  members: readonly NpmMemberRow[];
  startsOn: string;
  endsOn: string;
  commissionerDecision: string | null;
  tortureComplaintIds: readonly string[];
  followsUpRecommendationIds?: readonly string[];
  followsUpInterviewees?: boolean;
  announcedInAdvance?: boolean;
  councilDecisionOnComposition?: boolean;
  /** Set for a visit already decided: the decision was checked when it was made. */
  alreadyDecided?: boolean;
}

/** Only the Commissioner's office decides a special visit (003 p.10). */
function decidedByCommissioner(ctx: ActCtx, d: Decision): boolean {
  if (d.commissionerDecision === null) return false;
  return d.alreadyDecided === true || ctx.actor.roles.includes("commissioner_representative");
}

/** Is the plan visit in an approved plan and for these institutions? (003 p.6) */
async function inApprovedPlan(db: Db, d: Decision): Promise<boolean> {
  if (!d.planVisitId) return false;
  const pv = await db
    .selectFrom("npm_plan_visit as pv")
    .innerJoin("npm_plan as p", "p.id", "pv.plan_id")
    .select(["pv.institution_ids", "p.approved_on"])
    .where("pv.id", "=", d.planVisitId)
    .executeTakeFirst();
  if (!pv) throw notFound("The planned visit");
  return pv.approved_on !== null && d.institutionIds.every((id) => pv.institution_ids.includes(id));
}

/**
 * What the visit follows up (003 p.3(2)): the recommendations named, with the visit each was made on.
 * Checked when the visit is decided; a visit already decided keeps what it was decided with.
 */
async function followUpOf(db: Db, d: Decision): Promise<Refusal[]> {
  if (d.alreadyDecided) return [];
  const ids = [...new Set(d.followsUpRecommendationIds ?? [])];
  const rows = ids.length
    ? await db
        .selectFrom("npm_recommendation as r")
        .innerJoin("npm_visit as v", "v.id", "r.visit_id")
        .select(["r.id", "v.kind", "v.institution_ids", "v.starts_on"])
        .where("r.id", "in", ids)
        .execute()
    : [];
  return followUpRefusals({
    kind: d.kind as NpmVisitKind,
    institutionIds: d.institutionIds,
    startsOn: d.startsOn,
    recommendationIds: ids,
    followsUpInterviewees: d.followsUpInterviewees ?? false,
    recommendations: rows.map((r) => ({
      id: r.id,
      visitKind: r.kind as NpmVisitKind,
      institutionIds: r.institution_ids,
      visitStartsOn: r.starts_on,
    })),
  });
}

/** Every refusal of the law against the visit as decided: group (003 pp.3-11, 16, 19) and duration (p.24). */
async function refusalsOf(deps: NpmDeps, ctx: ActCtx, d: Decision): Promise<Refusal[]> {
  const participants = await loadParticipants(
    deps.db,
    d.members.map((m) => m.participantId),
  );
  const institutions = await lawInstitutions(deps.db, d.institutionIds);
  const unknown = d.members.find((m) => !participants.has(m.participantId));
  if (unknown) throw notFound(`Participant ${unknown.participantId}`);
  if (institutions.length !== new Set(d.institutionIds).size) throw notFound("An institution");
  if (d.tortureComplaintIds.length) {
    const found = await deps.db
      .selectFrom("npm_complaint")
      .select("id")
      .where("id", "in", [...d.tortureComplaintIds])
      .execute();
    if (found.length !== new Set(d.tortureComplaintIds).size)
      throw notFound("A registered report of torture");
  }
  const proposal: NpmVisitProposal = {
    kind: d.kind as NpmVisitKind,
    form: d.form as NpmVisitForm,
    ...(d.topic ? { topic: d.topic } : {}),
    institutions,
    members: d.members.map((m) => ({
      participant: participants.get(m.participantId)!,
      topicExpert: m.topicExpert ?? false,
      conflictOfInterest: m.conflictOfInterest ?? false,
    })),
    startsOn: d.startsOn,
    inApprovedPlan: await inApprovedPlan(deps.db, d),
    decidedByCommissioner: decidedByCommissioner(ctx, d),
    tortureReportIds: d.tortureComplaintIds,
    announcedInAdvance: d.announcedInAdvance ?? false,
    councilDecisionOnComposition: d.councilDecisionOnComposition ?? false,
  };
  return [
    ...validateVisitGroup(proposal),
    ...(await followUpOf(deps.db, d)),
    ...validateVisitDuration({ form: d.form as NpmVisitForm, from: d.startsOn, to: d.endsOn }, deps.calendar),
  ];
}

/**
 * Decides a visit (003 Chapter 2): periodic/intermediate from the approved plan, special on the
 * Commissioner's decision on registered reports of torture, without warning. The law refuses a group
 * too large (003 pp.8, 11), a member with a declared conflict of interest (p.19), and more.
 */
export async function createVisit(
  deps: NpmDeps,
  ctx: ActCtx,
  body: z.infer<typeof NpmVisitCreate>,
): Promise<string> {
  guard(ctx, "create", "npm_visit");
  const d: Decision = {
    ...body,
    planVisitId: body.planVisitId ?? null,
    commissionerDecision: body.commissionerDecision ?? null,
  };
  const refusals = await refusalsOf(deps, ctx, d);
  if (refusals.length) throw AppError.fromRefusals(refusals);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("npm_visit")
      .values({
        plan_visit_id: d.planVisitId,
        kind: body.kind,
        form: body.form,
        topic: body.topic ?? null,
        institution_ids: body.institutionIds,
        members: JSON.stringify(body.members),
        experts: JSON.stringify(body.experts.map((e) => ({ id: randomUUID(), name: e.name }))),
        representative_name: body.representativeName ?? null,
        starts_on: body.startsOn,
        ends_on: body.endsOn,
        commissioner_decision: d.commissionerDecision,
        torture_complaint_ids: body.tortureComplaintIds,
        follows_up_recommendation_ids: body.followsUpRecommendationIds,
        follows_up_interviewees: body.followsUpInterviewees,
        created_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: "npm_visit.create",
      recordType: "npm_visit",
      recordId: row.id,
    });
    return row.id;
  });
}

/** Adds a member to the group, judged with the whole group by the law (a fourth → 003 p.8). */
export async function addMember(deps: NpmDeps, ctx: ActCtx, id: string, body: z.infer<typeof NpmMemberAdd>) {
  guard(ctx, "update", "npm_visit");
  const v = await loadVisitRow(deps.db, id);
  if (v.version !== body.version) throw staleVersion();
  const members: NpmMemberRow[] = [...v.members, body.member];
  const refusals = await refusalsOf(deps, ctx, {
    kind: v.kind,
    form: v.form,
    topic: v.topic,
    planVisitId: v.plan_visit_id,
    institutionIds: v.institution_ids,
    members,
    startsOn: v.starts_on,
    endsOn: v.ends_on,
    commissionerDecision: v.commissioner_decision,
    tortureComplaintIds: v.torture_complaint_ids,
    alreadyDecided: true,
  });
  if (refusals.length) throw AppError.fromRefusals(refusals);
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("npm_visit")
      .set({ members: JSON.stringify(members), version: body.version + 1 })
      .where("id", "=", id)
      .where("version", "=", body.version)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) throw staleVersion();
    await recordAudit(trx, ctx.audit, {
      action: "npm_visit.add_member",
      recordType: "npm_visit",
      recordId: id,
    });
  });
}
