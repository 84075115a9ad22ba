import { sql } from "kysely";
import {
  annualReportPublication,
  deriveVisit,
  legalDateOf,
  stateBodyAnswer,
  type LegalDate,
} from "@aldyn/law";
import type { TodayNpm } from "@aldyn/contract";
import { may, myParticipantId, type NpmDeps } from "../npm/npm-deps.ts";
import { lawFacts, lawVisit, loadFacts } from "../npm/visit-view.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";

function earliest(a: LegalDate | null, b: LegalDate | null): LegalDate | null {
  if (a === null) return b;
  return b === null || a <= b ? a : b;
}

/**
 * The NPM part of today's work: visits planned and under way, group reports awaited and overdue (003
 * pp.24-28), plans awaiting the Council's approval (003 p.6) and the annual report's stage (000 Arts.
 * 34, 36(2)). The state of a visit is the law's, derived from its facts (deriveVisit), for the visits
 * still open only: those with neither a submitted report nor a cancellation. NPM data is read by NPM
 * roles only (000 Art. 35; 003 p.29): null for anyone else.
 */
export async function todayNpm(deps: NpmDeps, ctx: ActCtx): Promise<TodayNpm | null> {
  if (!may(ctx, "read", "npm_visit")) return null;
  const now = deps.now();
  const today = legalDateOf(now);
  const year = Number(today.slice(0, 4));
  const [open, me, plans, reports] = await Promise.all([
    deps.db
      .selectFrom("npm_visit as v")
      .selectAll("v")
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("npm_visit_fact as f")
              .select(sql`1`.as("one"))
              .whereRef("f.visit_id", "=", "v.id")
              .where("f.type", "in", ["report_submitted", "cancelled"]),
          ),
        ),
      )
      .execute(),
    myParticipantId(deps.db, ctx),
    may(ctx, "read", "npm_plan")
      ? deps.db
          .selectFrom("npm_plan")
          .select(sql<number>`count(*)::int`.as("n"))
          .where("approved_on", "is", null)
          .where("period_until", ">=", today)
          .executeTakeFirstOrThrow()
      : { n: 0 },
    deps.db
      .selectFrom("npm_annual_report as r")
      .selectAll("r")
      .select(
        sql<LegalDate[]>`array(select x.received_on::text from npm_annual_report_recipient x
        where x.year = r.year and x.answered_on is null)`.as("unanswered"),
      )
      .where("r.year", ">=", year - 1)
      .orderBy("r.year", "desc")
      .limit(1)
      .execute(),
  ]);
  const facts = await loadFacts(
    deps.db,
    open.map((v) => v.id),
  );
  const out: TodayNpm = {
    visitsPlanned: 0,
    visitsPlannedMine: 0,
    nextVisitOn: null,
    visitsInProgress: 0,
    visitsInProgressMine: 0,
    reportsAwaited: 0,
    reportsAwaitedMine: 0,
    reportsOverdue: 0,
    nextReportDueOn: null,
    plansAwaitingApproval: plans.n,
    annual: annualStage(reports[0], year, today),
  };
  for (const v of open) {
    const law = lawVisit(v);
    const d = deriveVisit(law, lawFacts(facts.get(v.id) ?? []), now, { calendar: deps.calendar });
    const mine = me !== null && law.memberIds.includes(me) ? 1 : 0;
    if (d.status === "planned") {
      out.visitsPlanned += 1;
      out.visitsPlannedMine += mine;
      out.nextVisitOn = earliest(out.nextVisitOn, v.starts_on);
    } else if (d.status === "in_progress") {
      out.visitsInProgress += 1;
      out.visitsInProgressMine += mine;
    } else if (d.status === "awaiting_report") {
      out.reportsAwaited += 1;
      out.reportsAwaitedMine += mine;
      if (d.reportOverdue) out.reportsOverdue += 1;
      out.nextReportDueOn = earliest(out.nextReportDueOn, d.reportDueDate);
    }
  }
  return out;
}

type ReportRow = {
  year: number;
  approved_on: string | null;
  sent_to_bodies_on: string | null;
  posted_on: string | null;
  unanswered: LegalDate[];
};

/** The stage of the latest annual report: this year's if drafted, else last year's (000 Art. 34). */
function annualStage(row: ReportRow | undefined, year: number, today: LegalDate): TodayNpm["annual"] {
  if (!row) {
    return {
      year: year - 1,
      stage: "none",
      publicationDueBy: null,
      publicationOverdue: false,
      answersOverdue: 0,
    };
  }
  const answersOverdue = row.unanswered.filter(
    (receivedOn) => stateBodyAnswer({ receivedOn, answeredOn: null }, today).overdue,
  ).length;
  if (row.approved_on === null) {
    return {
      year: row.year,
      stage: "draft",
      publicationDueBy: null,
      publicationOverdue: false,
      answersOverdue,
    };
  }
  const pub = annualReportPublication(
    { approvedOn: row.approved_on, sentToBodiesOn: row.sent_to_bodies_on, postedOn: row.posted_on },
    today,
  );
  const published = row.sent_to_bodies_on !== null && row.posted_on !== null;
  return {
    year: row.year,
    stage: published ? "published" : "approved",
    publicationDueBy: pub.dueBy,
    publicationOverdue: !published && (pub.sendingOverdue || pub.publicationOverdue),
    answersOverdue,
  };
}
