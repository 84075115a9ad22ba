import { z } from "zod";
import { WorkCounts } from "./worklists.ts";

/**
 * Today's work of the user, for the home page (R11.1: counts only of what the user's role may read
 * there; no person, no name). Each part is null when the role may not read what it counts.
 */

const LegalDate = z.iso.date();
const Count = z.number().int();

/** How far ahead "upcoming" reaches on the home page: the coming week. */
export const TODAY_UPCOMING_DAYS = 7;

/**
 * One worklist's counts in the three scopes of the worklist page (worklists.ts WORKLIST_SCOPES): what
 * the user issued or placed, what the user's body did, and the user's whole territory (for a district
 * official the district, for a region-level one the region). The same rows and statuses as the page.
 */
export const TodayWorkCounts = z.object({
  mine: WorkCounts,
  body: WorkCounts,
  territory: WorkCounts,
});
export type TodayWorkCounts = z.infer<typeof TodayWorkCounts>;

/** Visits, plans and the annual report of the national preventive mechanism (000 Arts. 33-34; 003). */
export const TodayNpm = z.object({
  /** Visits not begun (003 pp.24-25); `mine`: of them, those whose group the user is in. */
  visitsPlanned: Count,
  visitsPlannedMine: Count,
  /** The first day of the next planned visit. */
  nextVisitOn: LegalDate.nullable(),
  visitsInProgress: Count,
  visitsInProgressMine: Count,
  /** Visits ended whose group report is not yet submitted (003 p.28), and of those past its term. */
  reportsAwaited: Count,
  reportsAwaitedMine: Count,
  reportsOverdue: Count,
  /** The nearest term of an awaited report. */
  nextReportDueOn: LegalDate.nullable(),
  /** Plans of visits not yet approved by the Coordinating Council whose period has not ended (003 p.6). */
  plansAwaitingApproval: Count,
  /** The annual consolidated report (000 Art. 34) of the latest year: last year's unless this year's exists. */
  annual: z.object({
    year: z.number().int(),
    /** none: no draft yet; draft; approved: not yet both sent and posted (34(3)); published. */
    stage: z.enum(["none", "draft", "approved", "published"]),
    /** Last day to send and post it (one month from approval, 34(3)); null before approval. */
    publicationDueBy: LegalDate.nullable(),
    publicationOverdue: z.boolean(),
    /** State bodies past their three months to answer (000 Art. 36(2)). */
    answersOverdue: Count,
  }),
});
export type TodayNpm = z.infer<typeof TodayNpm>;

/** Accounts and bodies of the administrator's territory that need attention (R11). */
export const TodayAccounts = z.object({
  /** Active people's accounts whose temporary password was not yet changed. */
  mustChangePassword: Count,
  /** Deactivated accounts. */
  inactive: Count,
  /** Failed log-ins to the territory's accounts in the last 24 hours, and the accounts they hit. */
  failedLogins: Count,
  accountsWithFailures: Count,
  /** Accounts now slowed down by the log-in throttle (5 failures since their last log-in, 24 hours). */
  accountsThrottled: Count,
  /** Bodies of the territory without any active account. */
  bodiesWithoutUsers: Count,
});
export type TodayAccounts = z.infer<typeof TodayAccounts>;

/** The audit log today (R11.2): each count is exact up to `cap`; `cap + 1` means more than `cap`. */
export const TodayAudit = z.object({
  cap: Count,
  /** Rows written since the start of today (Asia/Almaty). */
  rowsToday: Count,
  /** Refusals of access today (`*.read_refused`, `*.write_refused`). */
  refusalsToday: Count,
  /** Exports of lists today (`*.export`). */
  exportsToday: Count,
  /** Rows not yet chained by the sealer (normally sealed within seconds). */
  unsealed: Count,
});
export type TodayAudit = z.infer<typeof TodayAudit>;

export const Today = z
  .object({
    /** Today in Asia/Almaty. */
    asOf: LegalDate,
    upcomingDays: z.number().int(),
    /** Due checks of preventive control (001 Arts. 51(6), 59(10), 60(5)). */
    checks: TodayWorkCounts.nullable(),
    /** Due duties of measures (e.g. the prosecutor's copy within 24 hours, 001 Art. 51(3)). */
    duties: TodayWorkCounts.nullable(),
    /** The user's own unread reminders. */
    inbox: z.object({ unread: Count }),
    npm: TodayNpm.nullable(),
    accounts: TodayAccounts.nullable(),
    audit: TodayAudit.nullable(),
  })
  .meta({ id: "Today" });
export type Today = z.infer<typeof Today>;
