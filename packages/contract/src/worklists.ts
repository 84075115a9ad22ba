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

export const WorklistExportQuery = z.object({
  scope: z.enum(WORKLIST_SCOPES).default("mine"),
  /** Include items due within this many days from today (0: due today or overdue). */
  withinDays: z.coerce.number().int().min(0).max(90).default(0),
  /** Narrow to one territory (a district) inside the user's own; outside it: 403 access.territory. */
  territoryId: Uuid.optional(),
});
export type WorklistExportQuery = z.infer<typeof WorklistExportQuery>;

export const WorklistQuery = PageQuery.extend(WorklistExportQuery.shape);
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

export const DueCheck = z.object({
  source: z.enum(["measure", "register_entry"]),
  id: Uuid,
  personId: Uuid.nullable(),
  /** Null for a reader who may not see personal fields (001 Art. 59(6)). */
  personName: z.string().nullable(),
  what: z.string(),
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
  status: WorkItemStatus,
});
export type DueDuty = z.infer<typeof DueDuty>;
export const DueDutiesPage = pageOf(DueDuty).extend(worklistCounts).meta({ id: "DueDutiesPage" });
export type DueDutiesPage = z.infer<typeof DueDutiesPage>;
