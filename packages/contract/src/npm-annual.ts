import { z } from "zod";
import { LegalDate, Text, Version } from "./npm-common.ts";
import { line } from "./input.ts";

// The annual consolidated report of the NPM (000 Arts. 34, 36(2)), split from npm.ts.

// ---- annual figures (000 Art. 34), no personal data ----
export const NpmAnnualFigures = z
  .object({
    year: z.number().int(),
    visitsByKind: z.record(z.string(), z.number().int()),
    visitsByRegion: z.record(z.string(), z.number().int()),
    visitsByInstitutionKind: z.record(z.string(), z.number().int()),
    reportsSubmitted: z.number().int(),
    reportsLate: z.number().int(),
    tortureSignsRevealed: z.number().int(),
    complaints: z.object({ received: z.number().int(), transferred: z.number().int() }),
    recommendations: z.record(z.string(), z.number().int()),
  })
  .meta({ id: "NpmAnnualFigures" });

// ---- annual consolidated report (000 Arts. 34, 36(2)) and visit costs; counts only, no personal data ----
export const NpmDocLangQuery = z.object({ lang: z.enum(["kk", "ru"]).default("kk") });
export const NpmYearParams = z.object({ year: z.coerce.number().int().min(2000).max(2200) });
export const NpmVisitCostCreate = z.object({
  item: line().trim().min(1).max(200),
  amountKzt: z.number().nonnegative().max(1e12),
});
export const NpmVisitCost = z
  .object({ id: z.string(), visitId: z.string(), item: z.string(), amountKzt: z.number() })
  .meta({ id: "NpmVisitCost" });
export const NpmAnnualReportFigures = NpmAnnualFigures.extend({
  visitsTotal: z.number().int(),
  findingsCount: z.number().int(),
  complaints: z.object({
    received: z.number().int(),
    transferred: z.number().int(),
    includedInReports: z.number().int(),
  }),
  recommendationsTotal: z.number().int(),
  recommendationsByAddressee: z.record(z.string(), z.number().int()),
  costs: z.object({
    totalKzt: z.number(),
    visitsWithCost: z.number().int(),
    perVisit: z.array(
      z.object({ visitId: z.string(), kind: z.string(), startsOn: z.string(), amountKzt: z.number() }),
    ),
  }),
}).meta({ id: "NpmAnnualReportFigures" });
export const NpmAnnualReportCreate = z.object({
  year: z.number().int().min(2000).max(2200),
  legislationSuggestions: z.array(Text).max(100).default([]),
  /** The year's recommendations the report includes, text and all (000 Art. 34(2)). */
  recommendationIds: z.array(z.uuid()).max(2000).default([]),
});
/** The draft's text, replaced whole while it is not approved (000 Art. 34(1)-(2)); `version` guards it. */
export const NpmAnnualReportDraftUpdate = Version.extend({
  legislationSuggestions: z.array(Text).max(100),
  /** Replaces the included recommendations; absent leaves them as they are. */
  recommendationIds: z.array(z.uuid()).max(2000).optional(),
});
/** A recommendation of the year's visit reports, as the Council chooses those the report includes. */
export const NpmAnnualRecommendation = z.object({
  id: z.uuid(),
  addressee: z.string(),
  text: z.string(),
  status: z.string(),
  visitKind: z.string(),
  visitStartsOn: z.string(),
  included: z.boolean(),
});
export const NpmAnnualReportApprove = Version.extend({ approvedOn: LegalDate });
export const NpmAnnualReportPublication = Version.extend({
  sentToBodiesOn: LegalDate.optional(),
  postedOn: LegalDate.optional(),
});
export const NpmAnnualRecipientCreate = z.object({
  bodyName: line().trim().min(1).max(300),
  receivedOn: LegalDate,
});
export const NpmAnnualRecipientAnswer = Version.extend({ answeredOn: LegalDate });
export const NpmAnnualRecipient = z
  .object({
    id: z.string(),
    bodyName: z.string(),
    receivedOn: z.string(),
    answeredOn: z.string().nullable(),
    answerDueBy: z.string(),
    overdue: z.boolean(),
    late: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: "NpmAnnualRecipient" });
export const NpmAnnualReport = z
  .object({
    year: z.number().int(),
    status: z.enum(["draft", "approved"]),
    legislationSuggestions: z.array(z.string()),
    /** The year's recommendations; those `included` are printed with their text (000 Art. 34(2)). */
    recommendations: z.array(NpmAnnualRecommendation),
    approvedOn: z.string().nullable(),
    publication: z
      .object({
        dueBy: z.string(),
        sentToBodiesOn: z.string().nullable(),
        postedOn: z.string().nullable(),
        sendingOverdue: z.boolean(),
        publicationOverdue: z.boolean(),
      })
      .nullable(),
    recipients: z.array(NpmAnnualRecipient),
    answersOverdue: z.number().int(),
    figures: NpmAnnualReportFigures,
    version: z.number().int(),
  })
  .meta({ id: "NpmAnnualReport" });
