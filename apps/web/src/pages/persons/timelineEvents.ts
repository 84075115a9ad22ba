import type { Measure, MeasureList, RegisterEntry } from "../../api/types.ts";

export interface TimelineEvent {
  key: string;
  kind: "measure" | "fact" | "entry" | "entryFact";
  /** Measure or entry id. */
  id: string;
  at: string;
  dateOnly: boolean;
  /** A measure kind, fact type or register ground. */
  label: string;
  parent?: string;
  status?: string;
  nextDue?: string | null;
  overdue?: boolean;
  note?: string;
  testId: string;
}

const text = (v: unknown) => (typeof v === "string" && v ? v : undefined);

/**
 * Whether a fact is the copy of a control check recorded on another record shown on the timeline: one
 * visit is the check of a register entry and of the measures it carries (001 Art. 59(10)), so the
 * server writes it on both — the copy names the record it came from (`entryId` on the measure's,
 * `measureId` on the entry's). The visit is shown once, where it was recorded.
 */
function carriedCopy(type: string, from: unknown, shown: ReadonlySet<string>): boolean {
  return type === "control_check" && typeof from === "string" && shown.has(from);
}

/**
 * Measures, their facts (the "issued" fact is the measure itself), register entries and their facts,
 * newest first; a check carried between an entry and its measure once.
 */
export function timelineEvents(
  measures: MeasureList["items"],
  details: readonly Measure[],
  entries: readonly RegisterEntry[],
): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const shownMeasures = new Set(details.map((m) => m.id));
  const shownEntries = new Set(entries.map((e) => e.id));
  for (const m of measures) {
    out.push({
      key: `m:${m.id}`,
      kind: "measure",
      id: m.id,
      at: m.issuedAt,
      dateOnly: false,
      label: m.kind,
      status: m.status,
      testId: "timeline-measure",
    });
  }
  for (const m of details) {
    for (const f of m.facts) {
      if (f.type === "issued" || carriedCopy(f.type, f.data.entryId, shownEntries)) continue;
      const note = text(f.data.note) ?? text(f.data.place);
      out.push({
        key: `mf:${m.id}:${f.seq}`,
        kind: "fact",
        id: m.id,
        at: f.at,
        dateOnly: false,
        label: f.type,
        parent: m.kind,
        ...(note ? { note } : {}),
        testId: f.type === "control_check" ? "timeline-check" : "timeline-fact",
      });
    }
  }
  for (const e of entries) {
    out.push({
      key: `e:${e.id}`,
      kind: "entry",
      id: e.id,
      at: e.placedOn,
      dateOnly: true,
      label: e.ground,
      status: e.status,
      nextDue: e.control?.nextDue ?? null,
      overdue: e.control?.overdue ?? false,
      testId: "register-entry",
    });
    for (const f of e.facts) {
      if (carriedCopy(f.type, f.data.measureId, shownMeasures)) continue;
      const note = text(f.data.place) ?? text(f.data.violation) ?? text(f.data.note);
      out.push({
        key: `ef:${e.id}:${f.seq}`,
        kind: "entryFact",
        id: e.id,
        at: f.on,
        dateOnly: true,
        label: f.type,
        ...(note ? { note } : {}),
        testId: f.type === "control_check" ? "timeline-check" : "timeline-fact",
      });
    }
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.key.localeCompare(b.key)));
}
