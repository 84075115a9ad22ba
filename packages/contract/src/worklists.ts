import { z } from "zod";
import { PageQuery, pageOf, Uuid } from "./common.ts";

const LegalDate = z.iso.date();

// Control worklists (issue 4 items 4 and 9; 001 Arts. 51(6), 59(10), 60(5)): due checks and due
// duties, their scopes, counts and exports. Split from measures.ts, whose measures they list.

/**
 * Whose work a worklist shows (issue 4 item 4): `mine` — what the user issued or placed (the data
 * has no assignee, so the issuer is the one who owes the follow-up); `body` — what the user's body
 * issued or placed; `district` — everything in one district (a region-level user names it with
 * `territoryId`); `region` — everything in the user's territory, optionally narrowed to one of its
 * districts with `territoryId`. Every scope stays within the user's territory (R11.1).
 */
export const WORKLIST_SCOPES = ["mine", "body", "district", "region"] as const;
export type WorklistScope = (typeof WORKLIST_SCOPES)[number];

/** Rows one export may hold; past it the file carries the most urgent rows and says it was cut. */
export const WORKLIST_EXPORT_MAX_ROWS = 10_000;

const worklistFilters = {
  scope: z.enum(WORKLIST_SCOPES).default("mine"),
  /** Include items due within this many days from today (0: due today or overdue). */
  withinDays: z.coerce.number().int().min(0).max(90).default(0),
  /** Narrow to one territory (a district) inside the user's own; outside it: 403 access.territory. */
  territoryId: Uuid.optional(),
};

/** Languages an export is written in: its column headers, the names of kinds and statuses, dates. */
export const EXPORT_LANGUAGES = ["kk", "ru", "en"] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

export const WorklistExportQuery = z.object({
  ...worklistFilters,
  /** The language of the file (the user's language on screen); Kazakh when not given, as the PDFs. */
  lang: z.enum(EXPORT_LANGUAGES).default("kk"),
});
export type WorklistExportQuery = z.infer<typeof WorklistExportQuery>;
/** What a worklist shows, the same for the screen and for its files. */
export type WorklistFilters = Omit<WorklistExportQuery, "lang">;

export const WorklistQuery = PageQuery.extend(worklistFilters);
export type WorklistQuery = z.infer<typeof WorklistQuery>;

export const WorkItemStatus = z.enum(["overdue", "due", "upcoming"]);

export const WorkCounts = z.object({
  overdue: z.number().int(),
  due: z.number().int(),
  upcoming: z.number().int(),
});

/**
 * Counts of one territory one level below the one shown (a district of a region). A row whose
 * `path` is the shown territory itself holds items recorded at that level, in no district.
 */
export const WorkTerritoryCounts = WorkCounts.extend({
  territoryId: Uuid.nullable(),
  path: z.string(),
}).meta({ id: "WorkTerritoryCounts" });

/** The counts above a worklist: by status, and by district when a region (or wider) is shown. */
const worklistCounts = {
  counts: WorkCounts,
  /** Empty when the list shows one district. */
  byTerritory: z.array(WorkTerritoryCounts),
};

/** A measure or register entry whose control check falls due: its kind or register ground in `what`. */
export const DueCheckRecord = z.object({
  source: z.enum(["measure", "register_entry"]),
  id: Uuid,
  what: z.string(),
});
export type DueCheckRecord = z.infer<typeof DueCheckRecord>;

/**
 * One person's control due on one day (001 Art. 59(10)): every measure and register entry of theirs
 * whose check falls due that day, register entries first — one visit is the check of all of them (a
 * check recorded on an entry is carried to the measures it carries, and back). A measure on an
 * organisation (no person) is a row of its own.
 */
export const DueCheck = z.object({
  records: z.array(DueCheckRecord).min(1),
  personId: Uuid.nullable(),
  /** Null for a reader who may not see personal fields (001 Art. 59(6)). */
  personName: z.string().nullable(),
  territoryPath: z.string(),
  dueOn: LegalDate,
  status: WorkItemStatus,
});
export type DueCheck = z.infer<typeof DueCheck>;
export const DueChecksPage = pageOf(DueCheck).extend(worklistCounts).meta({ id: "DueChecksPage" });
export type DueChecksPage = z.infer<typeof DueChecksPage>;

export const DueDuty = z.object({
  measureId: Uuid,
  kind: z.string(),
  personId: Uuid.nullable(),
  personName: z.string().nullable(),
  code: z.string(),
  article: z.string(),
  territoryPath: z.string(),
  dueAt: z.string(),
  liability: z.boolean(),
  /**
   * The measure's fact that records the duty as done (the law derives the duty's completion from it):
   * `prosecutor_notified` for the prosecutor's copy (001 Art. 51(3)), `notice_sent` to `to`,
   * `answer_received`, `submitted_to_commission`. Null when no fact of the measure completes it.
   */
  completedBy: z.object({ type: z.string(), to: z.string().optional() }).nullable(),
  status: WorkItemStatus,
});
export type DueDuty = z.infer<typeof DueDuty>;
export const DueDutiesPage = pageOf(DueDuty).extend(worklistCounts).meta({ id: "DueDutiesPage" });
export type DueDutiesPage = z.infer<typeof DueDutiesPage>;
