// The pure part of the family page (no React, unit-tested in node): one timeline of everything
// recorded about a family — its incidents (001 Art. 72), measures (a registration, 54; an assistance
// plan, 55; a protective order…), shelter stays (10(2)(4)), services (10(2)(3)), outreach visits
// (11) and members joining or leaving — newest first.
import type { Family } from "@aldyn/contract";

export type TimelineEntry =
  | { kind: "incident"; at: string; id: string; forms: string[]; repeatNumber: number; notifyState: string }
  | { kind: "measure"; at: string; id: string; measureKind: string; state: string }
  | {
      kind: "stay";
      at: string;
      id: string;
      shelter: string;
      until: string;
      departedOn: string | null;
      state: string;
    }
  | { kind: "service"; at: string; id: string; area: string; note: string | null }
  | { kind: "visit"; at: string; id: string; signsOfViolence: boolean }
  | { kind: "member"; at: string; personId: string; relation: string; event: "joined" | "left" };

/** The parts of other records the timeline shows (the centre's stays and services, the groups' visits). */
export interface TimelineExtras {
  stays?: readonly {
    id: string;
    shelter: { name: string };
    admittedOn: string;
    plannedUntil: string;
    departedOn: string | null;
    state: string;
  }[];
  services?: readonly { id: string; deliveredOn: string; area: string; note: string | null }[];
  visits?: readonly { id: string; visitedOn: string; signsOfViolence: boolean }[];
}

/**
 * A sortable instant of an entry: an instant as it is, a legal date (YYYY-MM-DD) as noon of that day
 * in Almaty, so a day's service sorts among that day's incidents rather than before all of them; a
 * member's joining or leaving (`dayStart`) as the start of the day, before anything else of that day.
 */
export function sortKey(at: string, dayStart = false): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(at)) return Date.parse(at);
  return Date.parse(`${at}T${dayStart ? "00:00" : "12:00"}:00+05:00`);
}

type FamilyParts = Pick<Family, "incidents" | "measures" | "members">;

/** Every entry of the family, newest first; entries of the same instant keep the order above. */
export function familyTimeline(family: FamilyParts, extras: TimelineExtras = {}): TimelineEntry[] {
  const out: TimelineEntry[] = [
    ...family.incidents.map((i) => ({
      kind: "incident" as const,
      at: i.occurredAt,
      id: i.id,
      forms: i.forms,
      repeatNumber: i.repeatNumber,
      notifyState: i.notifyState,
    })),
    ...family.measures.map((m) => ({
      kind: "measure" as const,
      at: m.issuedAt,
      id: m.id,
      measureKind: m.kind,
      state: m.state,
    })),
    ...(extras.stays ?? []).map((s) => ({
      kind: "stay" as const,
      at: s.admittedOn,
      id: s.id,
      shelter: s.shelter.name,
      until: s.plannedUntil,
      departedOn: s.departedOn,
      state: s.state,
    })),
    ...(extras.services ?? []).map((s) => ({
      kind: "service" as const,
      at: s.deliveredOn,
      id: s.id,
      area: s.area,
      note: s.note,
    })),
    ...(extras.visits ?? []).map((v) => ({
      kind: "visit" as const,
      at: v.visitedOn,
      id: v.id,
      signsOfViolence: v.signsOfViolence,
    })),
    ...family.members.flatMap((m) => [
      {
        kind: "member" as const,
        at: m.since,
        personId: m.person.id,
        relation: m.relation,
        event: "joined" as const,
      },
      ...(m.until
        ? [
            {
              kind: "member" as const,
              at: m.until,
              personId: m.person.id,
              relation: m.relation,
              event: "left" as const,
            },
          ]
        : []),
    ]),
  ];
  return out
    .map((entry, index) => ({ entry, index, key: sortKey(entry.at, entry.kind === "member") }))
    .sort((a, b) => b.key - a.key || a.index - b.index)
    .map((x) => x.entry);
}

/** The members now in the family (no end date), then those who left; each group in the order given. */
export function currentFirst<M extends { until: string | null }>(members: readonly M[]): M[] {
  return [...members.filter((m) => m.until === null), ...members.filter((m) => m.until !== null)];
}
