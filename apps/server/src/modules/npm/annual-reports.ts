import {
  annualReportPublication,
  art,
  refuse,
  stateBodyAnswer,
  validateAnnualReport,
  type LegalDate,
} from "@aldyn/law";
import type { z } from "zod";
import type {
  NpmAnnualReport,
  NpmAnnualReportApprove,
  NpmAnnualReportCreate,
  NpmAnnualReportDraftUpdate,
  NpmVisitCostCreate,
} from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { annualFigures, annualRecommendations, type AnnualFigures } from "./annual-figures.ts";
import { badInput, guard, staleVersion, todayOf, type ActCtx, type NpmDeps } from "./npm-deps.ts";
import { loadVisitRow } from "./visit-view.ts";

export type AnnualReportView = z.infer<typeof NpmAnnualReport>;

/**
 * The annual consolidated report (000 Art. 34): the Coordinating Council prepares it from the
 * participants' visit reports (34(1)) — the Council or a participant drafts it and edits its
 * suggestions on the legislation until approval — the Council approves it (the law checks its
 * contents, 34(2)); sending, posting and answers are in annual-publication.ts (34(3), 36(2)).
 * Access is its own resource `npm_annual_report` (access/policy.ts): every NPM role reads, `create`
 * is drafting, `approve` the Council's, `update` the Commissioner's office's after approval.
 */
export async function figuresOf(deps: NpmDeps, ctx: ActCtx, year: number): Promise<AnnualFigures> {
  guard(ctx, "read", "npm_annual_report");
  return annualFigures(deps, year);
}

/** The included recommendations must be of the year's held visits (000 Art. 34(2)). */
async function checkRecommendationIds(
  deps: NpmDeps,
  year: number,
  ids: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return unique;
  const ofYear = new Set((await annualRecommendations(deps, year, "primary")).map((r) => r.id));
  if (unique.some((id) => !ofYear.has(id)))
    throw badInput(
      "recommendationIds",
      `The annual report for ${year} includes recommendations of that year's visits that took place (000 Art. 34(2)).`,
    );
  return unique;
}

export async function createAnnualReport(
  deps: NpmDeps,
  ctx: ActCtx,
  body: z.infer<typeof NpmAnnualReportCreate>,
): Promise<void> {
  guard(ctx, "create", "npm_annual_report");
  const recommendationIds = await checkRecommendationIds(deps, body.year, body.recommendationIds);
  await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("npm_annual_report")
      .values({
        year: body.year,
        legislation_suggestions: body.legislationSuggestions,
        recommendation_ids: recommendationIds,
        created_by: ctx.userId,
      })
      .onConflict((oc) => oc.column("year").doNothing())
      .returning("year")
      .executeTakeFirst();
    if (!row) throw new AppError("conflict.duplicate", `The annual report for ${body.year} already exists.`);
    await recordAudit(trx, ctx.audit, {
      action: "npm_annual_report.create",
      recordType: "npm_annual_report",
      recordId: String(body.year),
    });
  });
}

export async function loadReport(deps: NpmDeps, year: number) {
  const row = await deps.db
    .selectFrom("npm_annual_report")
    .selectAll()
    .where("year", "=", year)
    .executeTakeFirst();
  if (!row) throw notFound("The annual report");
  return row;
}

export async function readAnnualReport(deps: NpmDeps, ctx: ActCtx, year: number): Promise<AnnualReportView> {
  guard(ctx, "read", "npm_annual_report");
  const row = await loadReport(deps, year);
  const today = todayOf(deps);
  const recipients = (
    await deps.db
      .selectFrom("npm_annual_report_recipient")
      .selectAll()
      .where("year", "=", year)
      .orderBy("received_on")
      .orderBy("body_name")
      .execute()
  ).map((r) => {
    const a = stateBodyAnswer({ receivedOn: r.received_on, answeredOn: r.answered_on }, today);
    return {
      id: r.id,
      bodyName: r.body_name,
      receivedOn: r.received_on,
      answeredOn: r.answered_on,
      answerDueBy: a.dueBy,
      overdue: a.overdue,
      late: a.late,
      version: r.version,
    };
  });
  const pub = row.approved_on
    ? annualReportPublication(
        { approvedOn: row.approved_on, sentToBodiesOn: row.sent_to_bodies_on, postedOn: row.posted_on },
        today,
      )
    : null;
  return {
    year: row.year,
    status: row.approved_on ? "approved" : "draft",
    legislationSuggestions: row.legislation_suggestions,
    recommendations: (await annualRecommendations(deps, year)).map((r) => ({
      id: r.id,
      addressee: r.addressee,
      text: r.text,
      status: r.status,
      visitKind: r.visitKind,
      visitStartsOn: r.visitStartsOn,
      included: row.recommendation_ids.includes(r.id),
    })),
    approvedOn: row.approved_on,
    publication: pub && {
      ...pub,
      sentToBodiesOn: row.sent_to_bodies_on,
      postedOn: row.posted_on,
    },
    recipients,
    answersOverdue: recipients.filter((r) => r.overdue).length,
    figures: await annualFigures(deps, year),
    version: row.version,
  };
}

/**
 * The draft's text changed by those who prepare it (000 Art. 34(1)). Once the Council approves the
 * report, that text is what is sent and posted (34(3)), so it no longer changes: 422 with the article.
 * A concurrent approval bumps the version, so an edit racing it is refused as stale.
 */
export async function updateAnnualDraft(
  deps: NpmDeps,
  ctx: ActCtx,
  year: number,
  body: z.infer<typeof NpmAnnualReportDraftUpdate>,
): Promise<void> {
  guard(ctx, "create", "npm_annual_report");
  const row = await loadReport(deps, year);
  if (row.approved_on)
    throw AppError.fromRefusals([
      refuse(
        "npm_annual_report.already_approved",
        art("000", "34(3)"),
        `The annual report for ${year} is approved by the Coordinating Council; the approved text is what is sent and posted, so it is not edited.`,
        { field: "year" },
      ),
    ]);
  if (row.version !== body.version) throw staleVersion();
  await updateReport(deps, ctx, year, body.version, "draft", {
    legislation_suggestions: body.legislationSuggestions,
    ...(body.recommendationIds
      ? { recommendation_ids: await checkRecommendationIds(deps, year, body.recommendationIds) }
      : {}),
  });
}

/**
 * Approval by the Coordinating Council (000 Art. 34(3)) after the law's content check (34(2)): at least
 * one of the year's recommendations included in the draft, and the financial report.
 */
export async function approveAnnualReport(
  deps: NpmDeps,
  ctx: ActCtx,
  year: number,
  body: z.infer<typeof NpmAnnualReportApprove>,
): Promise<void> {
  guard(ctx, "approve", "npm_annual_report");
  const row = await loadReport(deps, year);
  if (row.version !== body.version) throw staleVersion();
  if (row.approved_on)
    throw new AppError(
      "conflict.duplicate",
      `The annual report for ${year} is already approved by the Coordinating Council (000 Art. 34(3)).`,
      { article: "000 Art. 34(3)" },
    );
  const f = await annualFigures(deps, year, "primary");
  // What the report contains is what the Council included (0016), checked against the year's
  // recommendations as they are now (000 Art. 34(2)).
  const ofYear = new Set((await annualRecommendations(deps, year, "primary")).map((r) => r.id));
  const refusals = validateAnnualReport({
    recommendationsOfYear: f.recommendationsTotal,
    recommendationsIncluded: row.recommendation_ids.filter((id) => ofYear.has(id)).length,
    // The financial report is made from the recorded costs: none recorded means none to attach.
    financialReportAttached: f.costs.visitsWithCost > 0,
  });
  if (refusals.length) throw AppError.fromRefusals(refusals);
  await updateReport(deps, ctx, year, body.version, "approve", {
    approved_on: body.approvedOn,
    approved_by: ctx.userId,
  });
}

/** One versioned change of the report and its audit row, in one transaction; stale → 409. */
export async function updateReport(
  deps: NpmDeps,
  ctx: ActCtx,
  year: number,
  version: number,
  what: string,
  set: {
    legislation_suggestions?: string[];
    recommendation_ids?: string[];
    approved_on?: LegalDate;
    approved_by?: string;
    sent_to_bodies_on?: LegalDate;
    posted_on?: LegalDate;
  },
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("npm_annual_report")
      .set({ ...set, version: version + 1 })
      .where("year", "=", year)
      .where("version", "=", version)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) throw staleVersion();
    await recordAudit(trx, ctx.audit, {
      action: `npm_annual_report.${what}`,
      recordType: "npm_annual_report",
      recordId: String(year),
    });
  });
}

/** A cost of a visit for the financial report (000 Art. 34(2)); recorded by those who run visits. */
export async function addVisitCost(
  deps: NpmDeps,
  ctx: ActCtx,
  visitId: string,
  body: z.infer<typeof NpmVisitCostCreate>,
) {
  guard(ctx, "update", "npm_visit");
  await loadVisitRow(deps.db, visitId);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("npm_visit_cost")
      .values({ visit_id: visitId, item: body.item, amount_kzt: body.amountKzt, recorded_by: ctx.userId })
      .returning(["id", "visit_id", "item", "amount_kzt"])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: "npm_visit.cost",
      recordType: "npm_visit",
      recordId: visitId,
    });
    return { id: row.id, visitId: row.visit_id, item: row.item, amountKzt: Number(row.amount_kzt) };
  });
}
