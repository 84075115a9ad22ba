import { z } from "zod";
import { I18nName, Uuid } from "./common.ts";
import { legalDate } from "./input.ts";
import { TerritoryRef } from "./figures.ts";
import { EXPORT_LANGUAGES } from "./worklists.ts";

/**
 * Figures of hand-offs between bodies and of reports from citizens (R6, R8): how fast the receiving
 * bodies acknowledge and answer what they are told (001 Art. 39(3): inform the competent body
 * immediately), and what citizens report through which channel (001 Art. 6(4), (5); 71(8)). Counts,
 * medians and shares only — no report's text, no reporter, no person — so analysts and heads read them
 * as aggregate reports; every published cell passes disclosure control (small cells and what could be
 * derived from them are suppressed, {@link FIGURE_MIN_CELL}).
 */

/** Whether a figure counts what happened over the period (flow) or what stands at a day (stock). */
export const FIGURE_KINDS = ["flow", "stock"] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** What a figure's number is: a count of records, a median duration in hours, a share of 0..1. */
export const FIGURE_UNITS = ["count", "hours", "share"] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** The parts a figure is published by. */
export const FIGURE_BREAKDOWNS = ["territory", "receiver_body", "ground", "category", "channel"] as const;
export type FigureBreakdown = (typeof FIGURE_BREAKDOWNS)[number];

/**
 * A published figure, declared once: what it counts, the article that makes it someone's duty, flow or
 * stock, its unit, the breakdowns it is published by, how it is computed, and what its disclosure
 * control rests on (`base`: the count a median or share is taken over — when that count is small, the
 * median or share would tell about single records, so it is suppressed with it). The methodology is
 * written here in English for the API's documentation; the web shows it in kk/ru/en
 * (`handoffFigures.figure.<id>.method`).
 */
export interface FigureDeclaration {
  readonly id: string;
  readonly counts: string;
  readonly article: string;
  readonly kind: FigureKind;
  readonly unit: FigureUnit;
  readonly breakdowns: readonly FigureBreakdown[];
  readonly methodology: string;
  /** For a median or a share: the count figure it is taken over. */
  readonly base?: string;
}

/**
 * Cells with a count from 1 to `FIGURE_MIN_CELL - 1` are not published (primary suppression), nor a
 * median or share over fewer records; a second cell of the same sum is suppressed with a lone one, so
 * that no suppressed cell can be recomputed from a total (secondary suppression). Five is the threshold
 * the figures use everywhere (the statistics of the register summary count persons in thousands; a
 * district's hand-offs on one ground may be two families).
 */
export const FIGURE_MIN_CELL = 5;

const H = ["territory", "receiver_body", "ground"] as const;

/** The figures of hand-offs (period: the hand-offs sent in it; territory: the record's). */
export const HANDOFF_FIGURES = {
  handoffs_sent: {
    id: "handoffs_sent",
    counts: "Hand-offs sent by a body to another in the period",
    article: "001 Art. 39(3)",
    kind: "flow",
    unit: "count",
    breakdowns: H,
    methodology:
      "Hand-offs whose sending time lies in the period (Asia/Almaty dates, both ends included) and whose record lies in the territory; a re-routed hand-off counts again for the body it was re-routed to.",
  },
  handoffs_acknowledged: {
    id: "handoffs_acknowledged",
    counts: "Of those, hand-offs a user of the receiving body has acknowledged (received) by today",
    article: "001 Art. 39(3)",
    kind: "flow",
    unit: "count",
    breakdowns: H,
    methodology: "Hand-offs sent in the period with a 'received' fact recorded by today.",
  },
  handoffs_overdue: {
    id: "handoffs_overdue",
    counts: "Of those, hand-offs not acknowledged by the end of their statutory clock",
    article: "001 Art. 39(3)",
    kind: "flow",
    unit: "count",
    breakdowns: H,
    methodology:
      "Hand-offs sent in the period that were acknowledged after their due time, or are still unacknowledged and past it today. The due time is the law package's clock (immediately, 12 or 24 hours, working days, a month) from the event.",
  },
  handoffs_overdue_share: {
    id: "handoffs_overdue_share",
    counts: "Share of the hand-offs sent that were overdue",
    article: "001 Art. 39(3)",
    kind: "flow",
    unit: "share",
    breakdowns: H,
    base: "handoffs_sent",
    methodology: "Overdue hand-offs divided by hand-offs sent, of the same cell.",
  },
  handoffs_ack_median_hours: {
    id: "handoffs_ack_median_hours",
    counts: "Median time from sending to acknowledgement, in hours",
    article: "001 Art. 39(3)",
    kind: "flow",
    unit: "hours",
    breakdowns: H,
    base: "handoffs_acknowledged",
    methodology:
      "The median (the mean of the two middle values when their number is even) of the hours between sending and the 'received' fact, over the hand-offs acknowledged; those still unacknowledged are not in it (they are in the overdue share).",
  },
  handoffs_answered: {
    id: "handoffs_answered",
    counts: "Of those, hand-offs the receiving body has answered with its outcome by today",
    article: "001 Art. 39(3)",
    kind: "flow",
    unit: "count",
    breakdowns: H,
    methodology: "Hand-offs sent in the period with an 'answered' fact recorded by today.",
  },
  handoffs_answer_median_hours: {
    id: "handoffs_answer_median_hours",
    counts: "Median time from sending to the answer, in hours",
    article: "001 Art. 39(3)",
    kind: "flow",
    unit: "hours",
    breakdowns: H,
    base: "handoffs_answered",
    methodology:
      "The median of the hours between sending and the 'answered' fact, over the hand-offs answered.",
  },
  handoffs_declined: {
    id: "handoffs_declined",
    counts: "Of those, hand-offs the receiving body declined as outside its competence",
    article: "001 Art. 39(3)",
    kind: "flow",
    unit: "count",
    breakdowns: H,
    methodology: "Hand-offs sent in the period with a 'declined' fact (each with its reason) by today.",
  },
} as const satisfies Record<string, FigureDeclaration>;

const R = ["territory", "category", "channel"] as const;

/** The figures of reports from citizens (period: the reports received in it; territory: the report's). */
export const REPORT_FIGURES = {
  reports_received: {
    id: "reports_received",
    counts: "Reports from citizens and organisations received in the period",
    article: "001 Art. 6(4)",
    kind: "flow",
    unit: "count",
    breakdowns: R,
    methodology:
      "Reports whose receiving time lies in the period (Asia/Almaty dates), by the territory the report was placed in (the region's until triage names a district: counted under 'district not yet known'), by category (untriaged ones under 'not yet triaged') and by intake channel; a report marked a duplicate of another still counts.",
  },
  reports_answered: {
    id: "reports_answered",
    counts: "Of those, reports answered to the reporter by today",
    article: "001 Art. 6(4)",
    kind: "flow",
    unit: "count",
    breakdowns: ["territory"],
    methodology: "Reports received in the period with an answer recorded by today.",
  },
  reports_answer_overdue: {
    id: "reports_answer_overdue",
    counts: "Of those, reports answered after their answer deadline or unanswered past it today",
    article: "001 Art. 6(4)",
    kind: "flow",
    unit: "count",
    breakdowns: ["territory"],
    methodology: "The answer deadline is the law package's term for answering a report, from its receipt.",
  },
} as const satisfies Record<string, FigureDeclaration>;

export type HandoffFigureId = keyof typeof HANDOFF_FIGURES;
export type ReportFigureId = keyof typeof REPORT_FIGURES;

/**
 * A published number: the number, `"suppressed"` when disclosure control withholds it, or null when
 * there is nothing to take a median or share of (no record in the cell).
 */
export const FigureCell = z.union([z.number(), z.literal("suppressed"), z.null()]);
export type FigureCell = z.infer<typeof FigureCell>;

const TerritoryCode = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, "a territory code");

export const HandoffFiguresQuery = z.strictObject({
  /** The territory (code); by default the user's own. */
  territory: TerritoryCode.optional(),
  /** The period, inclusive; by default from 1 January of this year to today. */
  from: legalDate().optional(),
  to: legalDate().optional(),
});
export type HandoffFiguresQuery = z.infer<typeof HandoffFiguresQuery>;

export const HandoffFiguresExportQuery = HandoffFiguresQuery.extend({
  /** The language of the file; Kazakh when not given, as the other exports. */
  lang: z.enum(EXPORT_LANGUAGES).default("kk"),
});
export type HandoffFiguresExportQuery = z.infer<typeof HandoffFiguresExportQuery>;

/** The report figures are asked for the same way: a territory and a period. */
export const ReportFiguresQuery = HandoffFiguresQuery;
export type ReportFiguresQuery = HandoffFiguresQuery;
export const ReportFiguresExportQuery = HandoffFiguresExportQuery;
export type ReportFiguresExportQuery = HandoffFiguresExportQuery;

/** The hand-off figures of one cell (a part, a receiving body, a ground, the whole). */
export const HandoffFigureValues = z.object({
  sent: FigureCell,
  acknowledged: FigureCell,
  overdue: FigureCell,
  overdueShare: FigureCell,
  ackMedianHours: FigureCell,
  answered: FigureCell,
  answerMedianHours: FigureCell,
  declined: FigureCell,
});
export type HandoffFigureValues = z.infer<typeof HandoffFigureValues>;

export const HandoffFigures = z
  .object({
    territory: TerritoryRef,
    /** The day the figures are for (Asia/Almaty): what is acknowledged, answered or overdue by it. */
    asOf: z.iso.date(),
    period: z.object({ from: z.iso.date(), to: z.iso.date() }),
    minCell: z.number().int(),
    total: HandoffFigureValues,
    /** The parts one level down (districts of a region, regions of the country), by the record's territory. */
    parts: z.array(HandoffFigureValues.extend({ territory: TerritoryRef })),
    /** Hand-offs about records placed at the territory's own level (no district yet). */
    unassigned: HandoffFigureValues,
    /** By receiving body, the most sent first. */
    receivers: z.array(
      HandoffFigureValues.extend({ body: z.object({ id: Uuid, type: z.string(), name: I18nName }) }),
    ),
    /** By legal ground of the hand-off (law package's codes) with its article. */
    grounds: z.array(HandoffFigureValues.extend({ ground: z.string(), article: z.string() })),
  })
  .meta({ id: "HandoffFigures" });
export type HandoffFigures = z.infer<typeof HandoffFigures>;

/** The report figures of one cell: received in all, by category and channel, answered and late. */
export const ReportFigureValues = z.object({
  received: FigureCell,
  /** Keyed by the law package's category code; `untriaged` for reports not yet given one. */
  byCategory: z.record(z.string(), FigureCell),
  /** Keyed by intake channel (web, hotline, messenger, in_person). */
  byChannel: z.record(z.string(), FigureCell),
  answered: FigureCell,
  answerOverdue: FigureCell,
});
export type ReportFigureValues = z.infer<typeof ReportFigureValues>;

export const ReportFigures = z
  .object({
    territory: TerritoryRef,
    asOf: z.iso.date(),
    period: z.object({ from: z.iso.date(), to: z.iso.date() }),
    minCell: z.number().int(),
    /** The categories and channels present (so every row has the same columns, in this order). */
    categories: z.array(z.string()),
    channels: z.array(z.string()),
    total: ReportFigureValues,
    parts: z.array(ReportFigureValues.extend({ territory: TerritoryRef })),
    /** Reports placed at the territory's own level: the district is not known yet. */
    unassigned: ReportFigureValues,
  })
  .meta({ id: "ReportFigures" });
export type ReportFigures = z.infer<typeof ReportFigures>;
