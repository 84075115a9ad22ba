// The pure part of the hand-off screens (no React, unit-tested in node): which acts the receiving
// body has on a hand-off in each state, and how long is left or past its statutory clock.
import type { HandoffRow } from "./handoffsApi.ts";

export type HandoffAct = "receive" | "accept" | "decline" | "answer";

/**
 * The receiving body's acts by state (the law's mayAddHandoffFact decides; this only offers them):
 * sent → acknowledge receipt; received → accept or decline with a reason (and re-route); accepted →
 * answer with the outcome. Declined and answered hand-offs are closed. The sender only reads.
 */
export function actsFor(state: string, isReceiver: boolean): HandoffAct[] {
  if (!isReceiver) return [];
  switch (state) {
    case "sent":
      return ["receive"];
    case "received":
      return ["accept", "decline"];
    case "accepted":
      return ["answer"];
    default:
      return [];
  }
}

/** A span of time in whole days, hours and minutes (the largest two shown). */
export interface Span {
  days: number;
  hours: number;
  minutes: number;
}

export function spanBetween(fromIso: string, toIso: string): Span {
  const ms = Math.max(0, Date.parse(toIso) - Date.parse(fromIso));
  const minutes = Math.floor(ms / 60_000);
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
}

/**
 * Where a hand-off stands against its clock now: overdue (not acknowledged by the due instant),
 * acknowledged (the clock no longer runs for the receipt), or the time left.
 */
export type ClockStanding =
  { kind: "overdue"; by: Span } | { kind: "left"; left: Span } | { kind: "acknowledged"; late: boolean };

export function clockStanding(
  row: Pick<HandoffRow, "dueAt" | "receivedAt" | "overdue">,
  now: Date,
): ClockStanding {
  if (row.receivedAt)
    return { kind: "acknowledged", late: Date.parse(row.receivedAt) > Date.parse(row.dueAt) };
  const nowIso = now.toISOString();
  if (row.overdue || Date.parse(row.dueAt) <= now.getTime()) {
    return { kind: "overdue", by: spanBetween(row.dueAt, nowIso) };
  }
  return { kind: "left", left: spanBetween(nowIso, row.dueAt) };
}

/** The two largest parts of a span as catalog parts: [["d", 2], ["h", 3]]; at least minutes. */
export function spanParts(span: Span): ["d" | "h" | "min", number][] {
  const parts: ["d" | "h" | "min", number][] = [];
  if (span.days > 0) parts.push(["d", span.days]);
  if (span.hours > 0) parts.push(["h", span.hours]);
  if (span.days === 0 && (span.minutes > 0 || parts.length === 0)) parts.push(["min", span.minutes]);
  return parts.slice(0, 2);
}

/** The tabs above a hand-off list: everything, the overdue, then each state. */
export const LIST_TABS = ["all", "overdue", "sent", "received", "accepted", "declined", "answered"] as const;
export type ListTab = (typeof LIST_TABS)[number];

/** What a hand-off list shows; kept in the page's address so Back returns to the same tab and page. */
export interface ListChoice {
  tab: ListTab;
  ground: string;
  recordType: string;
  page: number;
}

/**
 * The list's choices from the address. The default tab is what awaits receipt (the overdue at its
 * top): "All" lists by due instant from the oldest, where years of acknowledged copies would push
 * today's work pages down.
 */
export function choiceFromSearch(search: Record<string, unknown>): ListChoice {
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const tab = LIST_TABS.find((x) => x === search.tab) ?? "sent";
  const page = Number(search.page);
  return {
    tab,
    ground: str(search.ground),
    recordType: str(search.recordType),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of the list's choices: only what differs from the defaults. */
export function searchFromChoice(c: ListChoice): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (c.tab !== "sent") out.tab = c.tab;
  if (c.ground) out.ground = c.ground;
  if (c.recordType) out.recordType = c.recordType;
  if (c.page > 1) out.page = c.page;
  return out;
}
