import {
  legalDateOf,
  validateReportSubmission,
  validateVisitDuration,
  type NpmVisitExtension,
  type NpmVisitForm,
  type NpmVisitFact,
} from "@aldyn/law";
import type { z } from "zod";
import type { NpmRecommendationAnswer, NpmReportSubmit, NpmVisitFactCreate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import {
  badInput,
  guard,
  isCommissionerOffice,
  may,
  myParticipantId,
  requireGroupOrOffice,
  staleVersion,
  type ActCtx,
  type NpmDeps,
} from "./npm-deps.ts";
import { listedComplaintsRefusals } from "./complaint-listing.ts";
import { lawFacts, lawVisit, loadFacts, loadVisitRow, type VisitRow } from "./visit-view.ts";

type FactBody = z.infer<typeof NpmVisitFactCreate>;
const SIGNER_FACTS = new Set(["report_signed", "dissent_declared", "dissenting_opinion_attached"]);

/** Bumps the visit's version (optimistic concurrency, 409 on a stale one) and appends a fact. */
async function appendFact(
  trx: Transaction<Database>,
  ctx: ActCtx,
  v: VisitRow,
  version: number,
  type: string,
  data: Record<string, unknown>,
): Promise<void> {
  const done = await trx
    .updateTable("npm_visit")
    .set({ version: version + 1 })
    .where("id", "=", v.id)
    .where("version", "=", version)
    .executeTakeFirst();
  if (done.numUpdatedRows === 0n) throw staleVersion();
  await trx
    .insertInto("npm_visit_fact")
    .values({ visit_id: v.id, type, data: JSON.stringify(data), recorded_by: ctx.userId })
    .execute();
  await recordAudit(trx, ctx.audit, { action: `npm_visit.${type}`, recordType: "npm_visit", recordId: v.id });
}

/** Adds a complaint received on the visit to its facts: the report must list it (003 p.13). */
export async function appendComplaintReceived(
  trx: Transaction<Database>,
  ctx: ActCtx,
  visitId: string,
  complaintId: string,
  at: Date,
) {
  const v = await trx.selectFrom("npm_visit").selectAll().where("id", "=", visitId).executeTakeFirst();
  if (!v) throw notFound("The visit");
  await appendFact(trx, ctx, v, v.version, "complaint_received", { at: at.toISOString(), complaintId });
}

/** The fact's data as stored, with the participant of a signature taken from the acting user. */
async function dataOf(
  deps: NpmDeps,
  ctx: ActCtx,
  v: VisitRow,
  b: FactBody,
): Promise<Record<string, unknown>> {
  const at = (b.at ? new Date(b.at) : deps.now()).toISOString();
  switch (b.type) {
    case "started":
    case "ended":
    case "travel_day":
      return { on: b.on ?? legalDateOf(deps.now()) };
    case "extended":
      return {
        at,
        workingDays: b.workingDays ?? 0,
        commissionerConsent: b.commissionerConsent ?? false,
        reason: b.reason ?? "",
      };
    case "cancelled":
      if (!b.reason) throw badInput("reason", "A cancellation states its reason.");
      return { at, reason: b.reason };
    case "torture_signs_reported":
      if (!b.to)
        throw badInput("to", "Report signs of torture to the prosecutor or the Commissioner (003 p.26).");
      return { at, to: b.to, ...(b.text ? { text: b.text } : {}) };
    case "expert_opinion_attached":
      if (!v.experts.some((e) => e.id === b.expertId))
        throw badInput("expertId", "Not an expert of this visit.");
      return { at, expertId: b.expertId, ...(b.text ? { text: b.text } : {}) };
    case "torture_signs_revealed":
      return { at, ...(b.text ? { text: b.text } : {}) };
    default: {
      // Signatures and dissents are the members' own acts (003 p.27).
      const me = await myParticipantId(deps.db, ctx);
      if (!me || !v.members.some((m) => m.participantId === me))
        throw new AppError(
          "access.role",
          "Only a member of the group signs its report or states a dissent (003 p.27).",
        );
      if (b.type === "dissenting_opinion_attached" && !b.text)
        throw badInput("text", "The dissenting opinion is attached in writing (003 p.27).");
      return { at, participantId: me, ...(b.text ? { text: b.text } : {}) };
    }
  }
}

/** Duration (003 pp.24-25) of the visit with the new fact, checked when it ends or is extended. */
function durationRefusals(deps: NpmDeps, v: VisitRow, facts: NpmVisitFact[]) {
  const started = facts.find((f) => f.type === "started");
  const ended = facts.findLast((f) => f.type === "ended");
  if (!started || !("on" in started)) return [];
  const ext = facts.findLast((f) => f.type === "extended") as NpmVisitExtension | undefined;
  const travelDays = facts.flatMap((f) => (f.type === "travel_day" ? [f.on] : []));
  const to = ended && "on" in ended ? ended.on : started.on;
  return validateVisitDuration(
    { form: v.form as NpmVisitForm, from: started.on, to, travelDays, extension: ext ?? null },
    deps.calendar,
  );
}

/**
 * Records a legal fact of a visit: start, end, day on the road, extension (with consent, 003 p.25),
 * cancellation, signs of torture revealed and reported (the tracked duty of 003 p.26), an expert's
 * opinion (p.15), signatures and dissents (p.27). The law refuses a duration beyond the limits.
 */
export async function recordVisitFact(deps: NpmDeps, ctx: ActCtx, id: string, b: FactBody): Promise<void> {
  guard(
    ctx,
    SIGNER_FACTS.has(b.type) ? "sign" : "update",
    SIGNER_FACTS.has(b.type) ? "npm_report" : "npm_visit",
  );
  const v = await loadVisitRow(deps.db, id);
  // Signatures and dissents are checked as the members' own acts in dataOf (003 p.27).
  if (!SIGNER_FACTS.has(b.type))
    await requireGroupOrOffice(deps.db, ctx, lawVisit(v).memberIds, "records the facts of the visit");
  // The extension is the Commissioner's consent (003 p.25): only the office records it as given.
  if (b.type === "extended" && b.commissionerConsent === true && !isCommissionerOffice(ctx))
    throw new AppError(
      "access.role",
      "Only the Commissioner's office records the Commissioner's consent to extend a visit (003 p.25).",
      { field: "commissionerConsent", article: "003 p.25" },
    );
  if (v.version !== b.version) throw staleVersion();
  const data = await dataOf(deps, ctx, v, b);
  if (b.type === "ended" || b.type === "extended") {
    const rows = (await loadFacts(deps.db, [id])).get(id) ?? [];
    const facts = lawFacts([...rows, { type: b.type, data, recorded_at: deps.now() }]);
    const refusals = durationRefusals(deps, v, facts);
    if (refusals.length) throw AppError.fromRefusals(refusals);
  }
  await deps.db.transaction().execute((trx) => appendFact(trx, ctx, v, b.version, b.type, data));
}

/**
 * Submits the group's report to the Council (003 pp.27-28): the law refuses it without every member's
 * signature, a declared dissent without its written opinion, an expert's missing opinion, or a
 * complaint received on the visit left unlisted (p.13). Recommendations go with it.
 */
export async function submitReport(
  deps: NpmDeps,
  ctx: ActCtx,
  id: string,
  b: z.infer<typeof NpmReportSubmit>,
) {
  guard(ctx, "create", "npm_report");
  const v = await loadVisitRow(deps.db, id);
  // The report is drawn up on behalf of the group (003 p.27; 000 Art. 33(4)).
  await requireGroupOrOffice(deps.db, ctx, lawVisit(v).memberIds, "submits its report");
  if (v.version !== b.version) throw staleVersion();
  const at = deps.now();
  const facts = lawFacts((await loadFacts(deps.db, [id])).get(id) ?? []);
  const refusals = [
    ...validateReportSubmission(lawVisit(v), facts, { at, listedComplaintIds: b.listedComplaintIds }),
    ...(await listedComplaintsRefusals(deps.db, v, b.listedComplaintIds)),
  ];
  if (refusals.length) throw AppError.fromRefusals(refusals);
  await deps.db.transaction().execute(async (trx) => {
    await appendFact(trx, ctx, v, b.version, "report_submitted", {
      at: at.toISOString(),
      listedComplaintIds: b.listedComplaintIds,
    });
    await trx
      .insertInto("npm_report")
      .values({
        visit_id: id,
        findings: b.findings,
        listed_complaint_ids: b.listedComplaintIds,
        submitted_at: at,
        submitted_by: ctx.userId,
      })
      .execute();
    if (b.recommendations.length)
      await trx
        .insertInto("npm_recommendation")
        .values(b.recommendations.map((r) => ({ visit_id: id, addressee: r.addressee, text: r.text })))
        .execute();
  });
}

/**
 * A state body's answer to a recommendation and its implementation status (000 Art. 36(2)). The
 * bodies inform the Commissioner of the measures they took, so the Commissioner's office records what
 * they answered — the same `update` on `npm_annual_report` that records their answers to the annual
 * report (access/policy.ts); not the participants who made the recommendation, nor the Council.
 * Others: 403 `access.role` citing 000 Art. 36(2).
 */
export async function answerRecommendation(
  deps: NpmDeps,
  ctx: ActCtx,
  id: string,
  b: z.infer<typeof NpmRecommendationAnswer>,
) {
  guard(ctx, "read", "npm_report");
  if (!may(ctx, "update", "npm_annual_report"))
    throw new AppError(
      "access.role",
      "State bodies inform the Commissioner of the measures taken on the recommendations: their answers are recorded by the Commissioner's office (000 Art. 36(2)).",
      { article: "000 Art. 36(2)" },
    );
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("npm_recommendation")
      .set({
        answer: b.answer ?? null,
        answered_on: b.answeredOn ?? null,
        status: b.status,
        version: b.version + 1,
      })
      .where("id", "=", id)
      .where("version", "=", b.version)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) {
      const exists = await trx
        .selectFrom("npm_recommendation")
        .select("id")
        .where("id", "=", id)
        .executeTakeFirst();
      throw exists ? staleVersion() : notFound("The recommendation");
    }
    await recordAudit(trx, ctx.audit, {
      action: "npm_recommendation.answer",
      recordType: "npm_report",
      recordId: id,
    });
  });
}
