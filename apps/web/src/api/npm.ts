// The national preventive mechanism endpoints (issue 5) and their query keys. Types are inferred
// from the contract's zod schemas; type-only imports keep zod out of the bundle.
import type { z } from "zod";
import type {
  NpmAnnualReport as NpmAnnualReportSchema,
  NpmAnnualReportFigures as NpmAnnualReportFiguresSchema,
  NpmVisitCost as NpmVisitCostSchema,
  NpmComplaint as NpmComplaintSchema,
  NpmComplaintCreate as NpmComplaintCreateSchema,
  NpmComplaintList as NpmComplaintListSchema,
  NpmCoverage as NpmCoverageSchema,
  NpmInstitution as NpmInstitutionSchema,
  NpmInstitutionCreate as NpmInstitutionCreateSchema,
  NpmInstitutionList as NpmInstitutionListSchema,
  NpmInstitutionUpdate as NpmInstitutionUpdateSchema,
  NpmParticipant as NpmParticipantSchema,
  NpmParticipantCreate as NpmParticipantCreateSchema,
  NpmParticipantList as NpmParticipantListSchema,
  NpmPlan as NpmPlanSchema,
  NpmPlanCreate as NpmPlanCreateSchema,
  NpmPlanList as NpmPlanListSchema,
  NpmRecommendationAnswer as NpmRecommendationAnswerSchema,
  NpmReportSubmit as NpmReportSubmitSchema,
  NpmVisit as NpmVisitSchema,
  NpmVisitCreate as NpmVisitCreateSchema,
  NpmVisitFactCreate as NpmVisitFactCreateSchema,
  NpmVisitList as NpmVisitListSchema,
} from "@aldyn/contract";
import { api, apiRequest, withQuery } from "./client.ts";
import type { UserChoice } from "@aldyn/contract";

export type NpmCoverage = z.output<typeof NpmCoverageSchema>;
export type NpmCoverageItem = NpmCoverage["items"][number];
export type NpmInstitution = z.output<typeof NpmInstitutionSchema>;
export type NpmInstitutionCreate = z.input<typeof NpmInstitutionCreateSchema>;
export type NpmInstitutionList = z.output<typeof NpmInstitutionListSchema>;
export type NpmInstitutionUpdate = z.input<typeof NpmInstitutionUpdateSchema>;
export type NpmParticipant = z.output<typeof NpmParticipantSchema>;
export type NpmParticipantCreate = z.input<typeof NpmParticipantCreateSchema>;
export type NpmParticipantList = z.output<typeof NpmParticipantListSchema>;
export type NpmPlan = z.output<typeof NpmPlanSchema>;
export type NpmPlanCreate = z.input<typeof NpmPlanCreateSchema>;
export type NpmPlanList = z.output<typeof NpmPlanListSchema>;
export type NpmVisit = z.output<typeof NpmVisitSchema>;
export type NpmVisitCreate = z.input<typeof NpmVisitCreateSchema>;
export type NpmVisitList = z.output<typeof NpmVisitListSchema>;
export type NpmVisitFact = z.input<typeof NpmVisitFactCreateSchema>;
export type NpmRecommendationAnswer = z.input<typeof NpmRecommendationAnswerSchema>;
export type NpmReportSubmit = z.input<typeof NpmReportSubmitSchema>;
export type NpmComplaint = z.output<typeof NpmComplaintSchema>;
export type NpmComplaintCreate = z.input<typeof NpmComplaintCreateSchema>;
export type NpmComplaintList = z.output<typeof NpmComplaintListSchema>;
export type NpmAnnualReport = z.output<typeof NpmAnnualReportSchema>;
export type NpmAnnualFigures = z.output<typeof NpmAnnualReportFiguresSchema>;
export type NpmAnnualRecipient = NpmAnnualReport["recipients"][number];
export type NpmVisitCost = z.output<typeof NpmVisitCostSchema>;
/** The printed annual report exists in the state language and in Russian (NpmDocLangQuery). */
export type NpmDocLang = "kk" | "ru";

// Identifiers of the law package (packages/law/src/npm/kinds.ts); repeated here because the web
// bundle does not import the law package's code.
export const NPM_INSTITUTION_KINDS = [
  "minors_adaptation_centre",
  "special_educational_organisation",
  "special_regime_educational_organisation",
  "penal_institution",
  "healthcare_organisation",
  "temporary_isolation_facility",
  "child_care_organisation",
  "special_social_services_organisation",
  "other_organisation",
] as const;
export const NPM_VISIT_KINDS = ["periodic", "intermediate", "special"] as const;
export const NPM_VISIT_FORMS = ["one_time", "thematic"] as const;
export const NPM_PARTICIPANT_CATEGORIES = [
  "public_supervisory_commission_member",
  "public_association_member",
  "lawyer",
  "social_worker",
  "doctor",
] as const;

/** Grounds of termination of powers — 000 Art. 31(1)-(7), in the law package's order. */
export const NPM_TERMINATION_GROUNDS = [
  "violation_of_law",
  "resignation",
  "death",
  "permanent_residence_abroad",
  "loss_of_citizenship",
  "guilty_verdict",
  "other_statutory_case",
] as const;

const base = "/npm";

export const npmApi = {
  coverage: (q: { region?: string; kind?: string }) => api.get<NpmCoverage>(`${base}/coverage`, q),
  institutions: (q: { region?: string; kind?: string }) =>
    api.get<NpmInstitutionList>(`${base}/institutions`, q),
  institution: (id: string) => api.get<NpmInstitution>(`${base}/institutions/${id}`),
  /** The Commissioner's office corrects the catalogue, with the version read. */
  updateInstitution: (id: string, body: NpmInstitutionUpdate) =>
    api.patch<NpmInstitution>(`${base}/institutions/${id}`, body),
  createInstitution: (body: NpmInstitutionCreate) => api.post<{ id: string }>(`${base}/institutions`, body),
  participants: () => api.get<NpmParticipantList>(`${base}/participants`),
  /** Logins a new participant may be linked to (active, the participant's role, unlinked). */
  participantLogins: (q: string | undefined) =>
    api.get<{ items: UserChoice[] }>(`${base}/participants/logins`, { q }),
  createParticipant: (body: NpmParticipantCreate) => api.post<NpmParticipant>(`${base}/participants`, body),
  /** The Commissioner issues the certificate (003 p.16). */
  issueCertificate: (id: string, body: { version: number; number: string; issuedOn: string }) =>
    api.post<NpmParticipant>(`${base}/participants/${id}/certificate`, body),
  /** Termination of powers on a ground of 000 Art. 31. */
  terminateParticipant: (id: string, body: { version: number; ground: string; on: string; basis?: string }) =>
    api.post<NpmParticipant>(`${base}/participants/${id}/termination`, body),
  /** The printable certificate; a plain link, the session cookie authorises the GET. */
  certificatePdfUrl: (id: string, lang: NpmDocLang) =>
    withQuery(`/api/v1${base}/participants/${id}/certificate.pdf`, { lang }),
  plans: () => api.get<NpmPlanList>(`${base}/plans`),
  createPlan: (body: NpmPlanCreate) => api.post<NpmPlan>(`${base}/plans`, body),
  approvePlan: (id: string, version: number, approvedOn: string) =>
    api.post<NpmPlan>(`${base}/plans/${id}/approve`, { version, approvedOn }),
  visits: () => api.get<NpmVisitList>(`${base}/visits`),
  visit: (id: string) => api.get<NpmVisit>(`${base}/visits/${id}`),
  createVisit: (body: NpmVisitCreate) => api.post<NpmVisit>(`${base}/visits`, body),
  addMember: (id: string, version: number, participantId: string) =>
    api.post<NpmVisit>(`${base}/visits/${id}/members`, { version, member: { participantId } }),
  fact: (id: string, body: NpmVisitFact) => api.post<NpmVisit>(`${base}/visits/${id}/facts`, body),
  report: (id: string, body: NpmReportSubmit) => api.post<NpmVisit>(`${base}/visits/${id}/report`, body),
  /** The group's report printed for the Council, marked confidential (003 pp.27, 29); a plain link. */
  reportPdfUrl: (id: string, lang: NpmDocLang) =>
    withQuery(`/api/v1${base}/visits/${id}/report.pdf`, { lang }),
  answerRecommendation: (id: string, body: NpmRecommendationAnswer) =>
    api.post<undefined>(`${base}/recommendations/${id}/answer`, body),
  complaints: () => api.get<NpmComplaintList>(`${base}/complaints`),
  createComplaint: (body: NpmComplaintCreate) => api.post<NpmComplaint>(`${base}/complaints`, body),
  transferComplaint: (id: string, version: number) =>
    api.post<NpmComplaint>(`${base}/complaints/${id}/transfer`, { version }),
  addVisitCost: (visitId: string, body: { item: string; amountKzt: number }) =>
    api.post<NpmVisitCost>(`${base}/visits/${visitId}/costs`, body),
};

// The annual consolidated report (000 Arts. 34, 36(2)): counts only, no personal data.
const annual = (year: number) => `${base}/annual-reports/${year}`;
export const npmAnnualApi = {
  report: (year: number) => api.get<NpmAnnualReport>(annual(year)),
  figures: (year: number) => api.get<NpmAnnualFigures>(`${annual(year)}/figures`),
  create: (year: number, legislationSuggestions: string[]) =>
    api.post<NpmAnnualReport>(`${base}/annual-reports`, { year, legislationSuggestions }),
  /** Replaces the draft's suggestions whole; refused once the Council approved it (000 Art. 34(3)). */
  updateDraft: (
    year: number,
    version: number,
    legislationSuggestions: string[],
    recommendationIds?: string[],
  ) =>
    apiRequest<NpmAnnualReport>("PUT", `${annual(year)}/draft`, {
      version,
      legislationSuggestions,
      ...(recommendationIds ? { recommendationIds } : {}),
    }),
  approve: (year: number, version: number, approvedOn: string) =>
    api.post<NpmAnnualReport>(`${annual(year)}/approve`, { version, approvedOn }),
  publication: (year: number, body: { version: number; sentToBodiesOn?: string; postedOn?: string }) =>
    api.post<NpmAnnualReport>(`${annual(year)}/publication`, body),
  addRecipient: (year: number, bodyName: string, receivedOn: string) =>
    api.post<NpmAnnualReport>(`${annual(year)}/recipients`, { bodyName, receivedOn }),
  answer: (year: number, id: string, version: number, answeredOn: string) =>
    api.post<NpmAnnualReport>(`${annual(year)}/recipients/${id}/answer`, { version, answeredOn }),
  /** Plain links: the session cookie authorises a GET download, no CSRF token needed. */
  pdfUrl: (year: number, lang: NpmDocLang) => withQuery(`/api/v1${annual(year)}/report.pdf`, { lang }),
  htmlUrl: (year: number, lang: NpmDocLang) => withQuery(`/api/v1${annual(year)}/report.html`, { lang }),
};

export const npmKeys = {
  all: ["npm"] as const,
  coverage: (region: string, kind: string) => ["npm", "coverage", region, kind] as const,
  institutions: (region: string, kind: string) => ["npm", "institutions", region, kind] as const,
  institution: (id: string) => ["npm", "institution", id] as const,
  participants: ["npm", "participants"] as const,
  plans: ["npm", "plans"] as const,
  visits: ["npm", "visits"] as const,
  visit: (id: string) => ["npm", "visits", id] as const,
  complaints: ["npm", "complaints"] as const,
  annual: (year: number) => ["npm", "annual", year] as const,
  annualFigures: (year: number) => ["npm", "annual", year, "figures"] as const,
};

/** Today as a legal date in the user's clock (dates of plans, approvals). */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
