// Pure helpers of the annual consolidated report screens (000 Arts. 34, 36(2)); tested in annual.test.ts.

/** The years a report can be drafted or read for: this year and the `back` years before it. */
export function yearOptions(currentYear: number, back = 5): number[] {
  return Array.from({ length: back + 1 }, (_, i) => currentYear - i);
}

/**
 * What the user's roles let them do with the annual report, as the server's policy has it
 * (access/policy.ts, `npm_annual_report`): the Council prepares and approves (000 Art. 34(1), (3)),
 * a participant may draft, the Commissioner's office records sending, posting and answers (34(3),
 * 36(2)). The server decides anyway; this only hides buttons that would be refused.
 */
export interface AnnualRights {
  readonly draft: boolean;
  readonly approve: boolean;
  readonly record: boolean;
}

export function annualRights(roles: readonly string[]): AnnualRights {
  const council = roles.includes("coordinating_council_member");
  return {
    draft: council || roles.includes("npm_participant"),
    approve: council,
    record: roles.includes("commissioner_representative"),
  };
}

/** The suggestions as the edit box shows them: one per line, the inverse of `parseSuggestions`. */
export function suggestionsText(suggestions: readonly string[]): string {
  return suggestions.join("\n");
}

/** A time-limited step shown as one badge: done in time, done late, still open, or overdue. */
export type DeadlineState = "done" | "late" | "pending" | "overdue";

/**
 * The state of a step with a due date, from the server's verdict. The server computes `overdue`
 * with the law package (late when done after the due date, or not done and past it), so the web
 * never recomputes the legal deadline; it only tells the four cases apart.
 */
export function deadlineState(doneOn: string | null, overdue: boolean): DeadlineState {
  if (doneOn) return overdue ? "late" : "done";
  return overdue ? "overdue" : "pending";
}

/** A state body's answer to the approved report (000 Art. 36(2): three months from receipt). */
export function answerState(r: {
  answeredOn: string | null;
  overdue: boolean;
  late: boolean;
}): DeadlineState {
  return deadlineState(r.answeredOn, r.answeredOn ? r.late : r.overdue);
}

export const DEADLINE_COLOR: Record<DeadlineState, string> = {
  done: "green",
  late: "orange",
  pending: "blue",
  overdue: "red",
};

/** Counts of a figure, largest first, ties by key, so tables read the same on every load. */
export function sortedCounts(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb));
}

/** The legislation suggestions typed one per line; blank lines are dropped. */
export function parseSuggestions(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** An amount in tenge in the user's locale (two decimals at most, as the financial report has). */
export function formatKzt(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
}
