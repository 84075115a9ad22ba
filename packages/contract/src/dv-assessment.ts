import { z } from "zod";
import { I18nName, PageQuery, Uuid } from "./common.ts";
import { legalDate, text, version } from "./input.ts";

/**
 * The six-monthly assessment pack (001 Art. 72(4),(7)): for each regional interdepartmental commission,
 * the figures of a half-year counted from the region's records (identified, registered, supported,
 * plans opened and completed, incidents and repeat incidents, protective orders, notifications and
 * the share on time, shelter stays, outreach visits) and the commission's conclusions. A draft's
 * figures are recomputed on each read; approval freezes them. Figure codes, articles and methodology
 * are the law package's ASSESSMENT_FIGURES. Counts only: no personal data.
 */

export const DV_ASSESSMENT_STATUSES = ["draft", "approved"] as const;
export const DvAssessmentStatus = z.enum(DV_ASSESSMENT_STATUSES);

export const DvAssessmentFigure = z.object({
  /** The law package's figure code (`identified`, `plans_completed`, `notifications_on_time` …). */
  code: z.string(),
  value: z.number().int(),
  /** The provision the figure serves (shown through lawCitation). */
  article: z.string(),
});
export type DvAssessmentFigure = z.infer<typeof DvAssessmentFigure>;

export const DvAssessmentPeriod = z.object({
  year: z.number().int(),
  half: z.union([z.literal(1), z.literal(2)]),
  from: z.string(),
  until: z.string(),
});

export const DvAssessmentUser = z.object({ id: Uuid, fullName: z.string() });

export const DvAssessmentRow = z
  .object({
    id: Uuid,
    region: z.object({ id: Uuid, name: I18nName }),
    period: DvAssessmentPeriod,
    status: DvAssessmentStatus,
    meetingOn: z.string().nullable(),
    approvedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "DvAssessmentRow" });
export type DvAssessmentRow = z.infer<typeof DvAssessmentRow>;

export const DvAssessmentDetail = DvAssessmentRow.extend({
  figures: z.array(DvAssessmentFigure),
  /** notifications_on_time / notifications_total, 0..1; null when there were none. */
  onTimeShare: z.number().nullable(),
  /** When the figures were counted: now for a draft, the approval for an approved pack. */
  figuresAt: z.string(),
  conclusions: z.string(),
  preparedBy: DvAssessmentUser,
  approvedBy: DvAssessmentUser.nullable(),
  /** The reader may edit and approve it (the region's local executive body, 001 Art. 72(4)). */
  mayEdit: z.boolean(),
  article: z.string(),
}).meta({ id: "DvAssessmentDetail" });
export type DvAssessmentDetail = z.infer<typeof DvAssessmentDetail>;

export const DvAssessmentListQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  regionId: Uuid.optional(),
});
export type DvAssessmentListQuery = z.infer<typeof DvAssessmentListQuery>;

export const DvAssessmentPage = z
  .object({
    items: z.array(DvAssessmentRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "DvAssessmentPage" });
export type DvAssessmentPage = z.infer<typeof DvAssessmentPage>;

/** Open the pack of a half-year for the user's region; the current half-year when left out. */
export const DvAssessmentCreate = z.strictObject({
  year: z.number().int().min(2000).max(2199).optional(),
  half: z.union([z.literal(1), z.literal(2)]).optional(),
});
export type DvAssessmentCreate = z.infer<typeof DvAssessmentCreate>;

export const DvAssessmentUpdate = z.strictObject({
  version: version(),
  conclusions: text().trim().max(20000).optional(),
  meetingOn: legalDate().nullable().optional(),
});
export type DvAssessmentUpdate = z.infer<typeof DvAssessmentUpdate>;

export const DvAssessmentApprove = z.strictObject({ version: version() });
export type DvAssessmentApprove = z.infer<typeof DvAssessmentApprove>;

export const DvAssessmentScheduleQuery = z.object({ regionId: Uuid.optional() });

/** The half-years since the law's commencement and whether each was assessed (001 Art. 72(4)). */
export const DvAssessmentSchedule = z
  .object({
    region: z.object({ id: Uuid, name: I18nName }),
    article: z.string(),
    periods: z.array(
      DvAssessmentPeriod.extend({
        state: z.enum(["done", "open", "missed"]),
        assessedOn: z.string().nullable(),
        packId: Uuid.nullable(),
      }),
    ),
    nextDue: z.string(),
    missed: z.number().int(),
  })
  .meta({ id: "DvAssessmentSchedule" });
export type DvAssessmentSchedule = z.infer<typeof DvAssessmentSchedule>;

export const DvAssessmentPdfQuery = z.object({ lang: z.enum(["kk", "ru"]) });
