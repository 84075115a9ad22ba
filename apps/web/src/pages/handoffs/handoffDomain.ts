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
