import {
  deriveVisit,
  type NpmVisit,
  type NpmVisitFact,
  type NpmVisitForm,
  type NpmVisitKind,
} from "@aldyn/law";
import type { z } from "zod";
import type { NpmVisit as NpmVisitView } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import type { NpmMemberRow } from "../../db/schema-npm.ts";
import { notFound } from "../../errors/app-error.ts";
import { guard, type ActCtx, type NpmDeps } from "./npm-deps.ts";

export type VisitRow = Awaited<ReturnType<typeof loadVisitRow>>;
export type FactRow = { type: string; data: Record<string, unknown>; recorded_at: Date };

export async function loadVisitRow(db: Db, id: string) {
  const row = await db.selectFrom("npm_visit").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("The visit");
  return row;
}

export async function loadFacts(db: Db, visitIds: readonly string[]): Promise<Map<string, FactRow[]>> {
  const out = new Map<string, FactRow[]>();
  if (!visitIds.length) return out;
  const rows = await db
    .selectFrom("npm_visit_fact")
    .select(["visit_id", "type", "data", "recorded_at"])
    .where("visit_id", "in", [...visitIds])
    .orderBy("id")
    .execute();
  for (const r of rows) out.set(r.visit_id, [...(out.get(r.visit_id) ?? []), r]);
  return out;
}

/** The law's visit: the members sign, the experts give opinions (003 pp.15, 27). */
export function lawVisit(v: VisitRow): NpmVisit {
  return {
    id: v.id,
    kind: v.kind as NpmVisitKind,
    form: v.form as NpmVisitForm,
    memberIds: (v.members as NpmMemberRow[]).map((m) => m.participantId),
    expertIds: v.experts.map((e) => e.id),
  };
}

/** Stored facts as the law's facts: `on` is a legal date, `at` an ISO instant. */
export function lawFacts(rows: readonly FactRow[]): NpmVisitFact[] {
  return rows.map((r) => {
    const d = r.data;
    const at = new Date(String(d.at ?? r.recorded_at.toISOString()));
    const on = String(d.on ?? "");
    switch (r.type) {
      case "started":
      case "ended":
      case "travel_day":
        return { type: r.type, on };
      case "extended":
        return {
          type: r.type,
          at,
          workingDays: Number(d.workingDays),
          commissionerConsent: d.commissionerConsent === true,
          reason: String(d.reason ?? ""),
        };
      case "cancelled":
        return { type: r.type, at, reason: String(d.reason ?? "") };
      case "torture_signs_reported":
        return { type: r.type, at, to: d.to === "prosecutor" ? "prosecutor" : "commissioner" };
      case "complaint_received":
        return { type: r.type, at, complaintId: String(d.complaintId) };
      case "expert_opinion_attached":
        return { type: r.type, at, expertId: String(d.expertId) };
      case "report_signed":
      case "dissent_declared":
      case "dissenting_opinion_attached":
        return { type: r.type, at, participantId: String(d.participantId) };
      case "report_submitted":
        return { type: r.type, at, listedComplaintIds: (d.listedComplaintIds as string[] | undefined) ?? [] };
      default:
        return { type: "torture_signs_revealed", at };
    }
  });
}

/**
 * The opinions attached to the report from the facts: each member's dissenting opinion (003 p.27) and
 * each expert's opinion (003 p.15), the latest attached standing (a correction is a new fact).
 */
function opinionsOf(v: VisitRow, rows: readonly FactRow[]) {
  const latest = (type: string, key: "participantId" | "expertId") => {
    const out = new Map<string, { text: string; attachedAt: string }>();
    for (const r of rows)
      if (r.type === type)
        out.set(String(r.data[key]), {
          text: typeof r.data.text === "string" ? r.data.text : "",
          attachedAt: String(r.data.at ?? r.recorded_at.toISOString()),
        });
    return [...out];
  };
  return {
    dissentingOpinions: latest("dissenting_opinion_attached", "participantId").map(([participantId, o]) => ({
      participantId,
      ...o,
    })),
    expertOpinions: latest("expert_opinion_attached", "expertId").map(([expertId, o]) => ({
      expertId,
      expertName: v.experts.find((e) => e.id === expertId)?.name ?? "",
      ...o,
    })),
  };
}

/** The participants' names by id, for the members who signed or dissented (003 p.27). */
async function participantNames(deps: NpmDeps, facts: Map<string, FactRow[]>): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const rows of facts.values())
    for (const r of rows) if (typeof r.data.participantId === "string") ids.add(r.data.participantId);
  if (ids.size === 0) return new Map();
  const rows = await deps.db
    .selectFrom("npm_participant")
    .select(["id", "full_name"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

/**
 * A fact as the visit's page lists it: the day or instant it happened as entered (not when it was
 * typed in), and who did it — the member who signed the report or dissented (003 p.27), the expert
 * who gave an opinion (003 p.15).
 */
function factView(v: VisitRow, x: FactRow, names: Map<string, string>) {
  const d = x.data;
  const by =
    typeof d.participantId === "string"
      ? (names.get(d.participantId) ?? null)
      : typeof d.expertId === "string"
        ? (v.experts.find((e) => e.id === d.expertId)?.name ?? null)
        : null;
  return {
    type: x.type,
    data: x.data,
    on: typeof d.on === "string" ? d.on : null,
    at: typeof d.at === "string" ? d.at : null,
    by,
    recordedAt: x.recorded_at.toISOString(),
  };
}

async function visitViews(deps: NpmDeps, rows: readonly VisitRow[]): Promise<z.infer<typeof NpmVisitView>[]> {
  const ids = rows.map((r) => r.id);
  const facts = await loadFacts(deps.db, ids);
  const names = await participantNames(deps, facts);
  const reports = ids.length
    ? await deps.db.selectFrom("npm_report").selectAll().where("visit_id", "in", ids).execute()
    : [];
  const recs = ids.length
    ? await deps.db
        .selectFrom("npm_recommendation")
        .selectAll()
        .where("visit_id", "in", ids)
        .orderBy("created_at")
        .execute()
    : [];
  const now = deps.now();
  return rows.map((v) => {
    const f = facts.get(v.id) ?? [];
    const d = deriveVisit(lawVisit(v), lawFacts(f), now, { calendar: deps.calendar });
    const report = reports.find((r) => r.visit_id === v.id);
    return {
      id: v.id,
      planVisitId: v.plan_visit_id,
      kind: v.kind,
      form: v.form,
      topic: v.topic,
      institutionIds: v.institution_ids,
      members: v.members,
      experts: v.experts,
      representativeName: v.representative_name,
      startsOn: v.starts_on,
      endsOn: v.ends_on,
      commissionerDecision: v.commissioner_decision,
      tortureComplaintIds: v.torture_complaint_ids,
      followsUpRecommendationIds: v.follows_up_recommendation_ids,
      followsUpInterviewees: v.follows_up_interviewees,
      status: d.status,
      reportDueDate: d.reportDueDate,
      reportSubmittedAt: d.reportSubmittedAt?.toISOString() ?? null,
      reportOverdue: d.reportOverdue,
      reportLate: d.reportLate,
      missingSignatures: d.missingSignatures,
      missingDissentingOpinions: d.missingDissentingOpinions,
      duties: d.duties.map((u) => ({
        kind: u.kind,
        article: u.article,
        dueAt: u.dueAt?.toISOString() ?? null,
        doneAt: u.doneAt?.toISOString() ?? null,
        overdue: u.overdue,
        late: u.late,
      })),
      durationRefusals: d.durationRefusals.map((r) => ({
        code: r.code,
        article: r.article,
        message: r.message,
      })),
      facts: f.map((x) => factView(v, x, names)),
      report: report
        ? {
            findings: report.findings,
            listedComplaintIds: report.listed_complaint_ids,
            submittedAt: report.submitted_at.toISOString(),
            ...opinionsOf(v, f),
          }
        : null,
      recommendations: recs
        .filter((r) => r.visit_id === v.id)
        .map((r) => ({
          id: r.id,
          visitId: r.visit_id,
          addressee: r.addressee,
          text: r.text,
          answer: r.answer,
          answeredOn: r.answered_on,
          status: r.status,
          version: r.version,
        })),
      version: v.version,
    };
  });
}

/** A visit derived as of now (status, report due/overdue, duties, duration) — 003 pp.24-29. */
export async function readVisit(deps: NpmDeps, ctx: ActCtx, id: string) {
  guard(ctx, "read", "npm_visit");
  const [view] = await visitViews(deps, [await loadVisitRow(deps.db, id)]);
  return view!;
}

export async function listVisits(deps: NpmDeps, ctx: ActCtx) {
  guard(ctx, "read", "npm_visit");
  const rows = await deps.db
    .selectFrom("npm_visit")
    .selectAll()
    .orderBy("starts_on", "desc")
    .limit(500)
    .execute();
  const items = await visitViews(deps, rows);
  return { items, total: items.length };
}
