import { z } from "zod";

/**
 * The national preventive mechanism API (issue 5; REQUIREMENTS R10; 000 Arts. 26-36; Decree 003).
 * Identifiers of kinds, categories and grounds are the law package's (`@aldyn/law` npm/); the server
 * checks them against the law, the schemas here only shape the input.
 */
import { Code, Instant, LegalDate, Text, Version } from "./npm-common.ts";
import { INT32_MAX, line, text } from "./input.ts";

export const NpmRefusal = z.object({ code: z.string(), article: z.string(), message: z.string() });
export const NpmDutyView = z.object({
  kind: z.string(),
  article: z.string(),
  dueAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  late: z.boolean(),
});

// ---- participants (000 Arts. 26(3), 28, 31; 003 p.16) ----
export const NpmCandidateInput = z.object({
  citizenOfKazakhstan: z.boolean(),
  permanentResidenceAbroad: z.boolean().default(false),
  unexpungedCriminalRecord: z.boolean().default(false),
  suspectOrAccused: z.boolean().default(false),
  legalCapacity: z.enum(["full", "limited", "none"]).default("full"),
  offices: z.array(line().max(300)).max(50).default([]),
  psychiatricOrNarcologicalRegistration: z.boolean().default(false),
  releasesFromCriminalLiability: z
    .array(z.object({ ground: Code, intentionalCrime: z.boolean() }))
    .max(50)
    .default([]),
  dismissals: z
    .array(z.object({ from: line().max(300), onNegativeGrounds: z.boolean() }))
    .max(50)
    .default([]),
  advocacyLicenceRevoked: z.boolean().default(false),
});
export const NpmParticipantCreate = z.object({
  fullName: Text,
  userId: z.uuid().optional(),
  categories: z.array(Code).max(5),
  specialisations: z.array(line().trim().min(1).max(100)).max(20).default([]),
  regionCode: line().min(1).max(40),
  selectedOn: LegalDate,
  selectionBasis: text().max(1000).optional(),
  candidate: NpmCandidateInput,
  certificate: z.object({ number: line().trim().min(1).max(60), issuedOn: LegalDate }).optional(),
});
export const NpmCertificateIssue = Version.extend({
  number: line().trim().min(1).max(60),
  issuedOn: LegalDate,
});
export const NpmTerminationCreate = Version.extend({
  ground: Code,
  on: LegalDate,
  basis: text().max(1000).optional(),
});
export const NpmParticipant = z
  .object({
    id: z.uuid(),
    userId: z.uuid().nullable(),
    fullName: z.string(),
    categories: z.array(z.string()),
    specialisations: z.array(z.string()),
    regionCode: z.string(),
    selectedOn: z.string(),
    certificate: z.object({ number: z.string(), issuedOn: z.string(), validToday: z.boolean() }).nullable(),
    termination: z
      .object({ ground: z.string(), on: z.string(), basis: z.string().nullable(), article: z.string() })
      .nullable(),
    powersActive: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: "NpmParticipant" });
export const NpmParticipantList = z.object({ items: z.array(NpmParticipant), total: z.number().int() });

// ---- institutions and coverage (000 Art. 26(2); 003 pp.1, 3(1)) ----
export const NpmInstitutionCreate = z.object({
  name: Text,
  kind: Code,
  regionCode: line().min(1).max(40),
  address: Text,
  capacity: z.number().int().min(0).max(INT32_MAX).nullable().default(null),
  department: Text,
  subjectSince: LegalDate.optional(),
  lastPeriodicVisitBefore: LegalDate.optional(),
});
/**
 * A correction of the catalogue: the fields sent replace the stored ones; `null` clears the optional
 * dates. `version` is the one read (optimistic concurrency).
 */
export const NpmInstitutionUpdate = Version.extend({
  name: Text.optional(),
  kind: Code.optional(),
  regionCode: line().min(1).max(40).optional(),
  address: Text.optional(),
  capacity: z.number().int().min(0).max(INT32_MAX).nullable().optional(),
  department: Text.optional(),
  subjectSince: LegalDate.nullable().optional(),
  lastPeriodicVisitBefore: LegalDate.nullable().optional(),
});
export const NpmInstitutionQuery = z.object({
  region: Code.optional(),
  kind: Code.optional(),
});
export const NpmCoverageItem = z.object({
  institutionId: z.uuid(),
  name: z.string(),
  kind: z.string(),
  regionCode: z.string(),
  lastPeriodicVisitOn: z.string().nullable(),
  dueBy: z.string().nullable(),
  overdue: z.boolean(),
  /** Not overdue, and the four-year limit falls within the coming year (003 p.3(1)). */
  due: z.boolean(),
  neverVisited: z.boolean(),
  article: z.string(),
});
export const NpmInstitution = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.string(),
    regionCode: z.string(),
    address: z.string(),
    capacity: z.number().int().nullable(),
    department: z.string(),
    subjectSince: z.string().nullable(),
    lastPeriodicVisitBefore: z.string().nullable(),
    coverage: NpmCoverageItem,
    visits: z.array(
      z.object({
        id: z.uuid(),
        kind: z.string(),
        form: z.string(),
        startsOn: z.string(),
        status: z.string(),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: "NpmInstitution" });
export const NpmInstitutionList = z.object({ items: z.array(NpmInstitution), total: z.number().int() });
export const NpmCoverage = z
  .object({
    items: z.array(NpmCoverageItem),
    byRegion: z.array(
      z.object({
        regionCode: z.string(),
        total: z.number().int(),
        due: z.number().int(),
        overdue: z.number().int(),
      }),
    ),
    asOf: z.string(),
  })
  .meta({ id: "NpmCoverage" });

// ---- plans (003 p.6) ----
export const NpmPlannedVisitInput = z.object({
  kind: Code,
  form: Code,
  topic: text().max(500).optional(),
  from: LegalDate,
  to: LegalDate,
  institutionIds: z.array(z.uuid()).min(1).max(200),
  groupParticipantIds: z.array(z.uuid()).max(50),
  /** Thematic: members with special knowledge and experience on the topic (003 p.9(1)). */
  topicExpertIds: z.array(z.uuid()).max(50).default([]),
  /** Thematic: the Council included other participants for want of those meeting p.9 (003 p.9, last para). */
  councilDecisionOnComposition: z.boolean().default(false),
});
export const NpmPlanCreate = z.object({
  title: Text,
  periodFrom: LegalDate,
  periodUntil: LegalDate,
  visits: z.array(NpmPlannedVisitInput).max(500),
});
export const NpmPlanApprove = Version.extend({ approvedOn: LegalDate });
/** A planned visit as read: stored text is not checked again on the way out (a response never fails on it). */
const NpmPlannedVisitView = z.object({
  id: z.uuid(),
  kind: z.string(),
  form: z.string(),
  topic: z.string().optional(),
  from: z.string(),
  to: z.string(),
  institutionIds: z.array(z.uuid()),
  groupParticipantIds: z.array(z.uuid()),
  topicExpertIds: z.array(z.uuid()).default([]),
  councilDecisionOnComposition: z.boolean().default(false),
});
export const NpmPlan = z
  .object({
    id: z.uuid(),
    title: z.string(),
    periodFrom: z.string(),
    periodUntil: z.string(),
    approvedOn: z.string().nullable(),
    visitCount: z.number().int(),
    visits: z.array(NpmPlannedVisitView),
    periodicityFlags: z.array(NpmRefusal.extend({ institutionId: z.string() })),
    version: z.number().int(),
  })
  .meta({ id: "NpmPlan" });
export const NpmPlanList = z.object({ items: z.array(NpmPlan), total: z.number().int() });

// ---- visits (003 pp.3, 7-11, 14-15, 19, 24-26) ----
export const NpmMemberInput = z.object({
  participantId: z.uuid(),
  topicExpert: z.boolean().optional(),
  conflictOfInterest: z.boolean().optional(),
  conflictNote: text().max(1000).optional(),
});
/** A member as read (see NpmPlannedVisitView). */
const NpmMemberView = z.object({
  participantId: z.uuid(),
  topicExpert: z.boolean().optional(),
  conflictOfInterest: z.boolean().optional(),
  conflictNote: z.string().optional(),
});
export const NpmVisitCreate = z.object({
  planVisitId: z.uuid().optional(),
  kind: Code,
  form: Code,
  topic: text().max(500).optional(),
  institutionIds: z.array(z.uuid()).min(1).max(200),
  members: z.array(NpmMemberInput).max(50),
  experts: z
    .array(z.object({ name: Text }))
    .max(10)
    .default([]),
  representativeName: line().max(300).optional(),
  startsOn: LegalDate,
  endsOn: LegalDate,
  commissionerDecision: text().max(500).optional(),
  tortureComplaintIds: z.array(z.uuid()).max(200).default([]),
  followsUpRecommendationIds: z.array(z.uuid()).max(200).default([]),
  /** Intermediate: made to prevent the persecution of persons interviewed (003 p.3(2)). */
  followsUpInterviewees: z.boolean().default(false),
  announcedInAdvance: z.boolean().optional(),
  councilDecisionOnComposition: z.boolean().optional(),
});
export const NpmMemberAdd = Version.extend({ member: NpmMemberInput });
export const NpmVisitFactCreate = Version.extend({
  type: z.enum([
    "started",
    "ended",
    "travel_day",
    "extended",
    "cancelled",
    "torture_signs_revealed",
    "torture_signs_reported",
    "expert_opinion_attached",
    "report_signed",
    "dissent_declared",
    "dissenting_opinion_attached",
  ]),
  on: LegalDate.optional(),
  at: Instant.optional(),
  workingDays: z.number().int().min(-366).max(366).optional(),
  commissionerConsent: z.boolean().optional(),
  reason: text().max(2000).optional(),
  to: z.enum(["prosecutor", "commissioner"]).optional(),
  expertId: line().max(100).optional(),
  text: text().max(20000).optional(),
});
export const NpmReportSubmit = Version.extend({
  findings: Text,
  listedComplaintIds: z.array(z.uuid()).max(200).default([]),
  recommendations: z
    .array(z.object({ addressee: Text, text: Text }))
    .max(200)
    .default([]),
});
export const NpmRecommendation = z
  .object({
    id: z.uuid(),
    visitId: z.uuid(),
    addressee: z.string(),
    text: z.string(),
    answer: z.string().nullable(),
    answeredOn: z.string().nullable(),
    status: z.string(),
    version: z.number().int(),
  })
  .meta({ id: "NpmRecommendation" });
export const NpmRecommendationAnswer = Version.extend({
  answer: text().max(20000).optional(),
  answeredOn: LegalDate.optional(),
  status: z.enum(["open", "answered", "in_progress", "implemented", "rejected"]),
});
export const NpmVisit = z
  .object({
    id: z.uuid(),
    planVisitId: z.uuid().nullable(),
    kind: z.string(),
    form: z.string(),
    topic: z.string().nullable(),
    institutionIds: z.array(z.uuid()),
    members: z.array(NpmMemberView),
    experts: z.array(z.object({ id: z.string(), name: z.string() })),
    representativeName: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
    commissionerDecision: z.string().nullable(),
    tortureComplaintIds: z.array(z.uuid()),
    followsUpRecommendationIds: z.array(z.uuid()),
    followsUpInterviewees: z.boolean(),
    status: z.string(),
    reportDueDate: z.string().nullable(),
    reportSubmittedAt: z.string().nullable(),
    reportOverdue: z.boolean(),
    reportLate: z.boolean(),
    missingSignatures: z.array(z.string()),
    missingDissentingOpinions: z.array(z.string()),
    duties: z.array(NpmDutyView),
    durationRefusals: z.array(NpmRefusal),
    facts: z.array(
      z.object({
        type: z.string(),
        data: z.record(z.string(), z.unknown()),
        /** The day the fact happened, as entered (a start, an end, a day on the road). */
        on: z.string().nullable(),
        /** The instant the act was done, as entered (a signature, a report of torture signs). */
        at: z.string().nullable(),
        /** Who did the act: the member who signed or dissented, the expert who gave an opinion. */
        by: z.string().nullable(),
        /** When it was entered in the system (not when it happened). */
        recordedAt: z.string(),
      }),
    ),
    report: z
      .object({
        findings: z.string(),
        listedComplaintIds: z.array(z.uuid()),
        submittedAt: z.string(),
        /** Attached in writing by members with a dissenting opinion (003 p.27; 000 Art. 33(4)). */
        dissentingOpinions: z.array(
          z.object({ participantId: z.string(), text: z.string(), attachedAt: z.string() }),
        ),
        /** The opinions of the experts invited by the Commissioner (003 p.15). */
        expertOpinions: z.array(
          z.object({
            expertId: z.string(),
            expertName: z.string(),
            text: z.string(),
            attachedAt: z.string(),
          }),
        ),
      })
      .nullable(),
    recommendations: z.array(NpmRecommendation),
    version: z.number().int(),
  })
  .meta({ id: "NpmVisit" });
export const NpmVisitList = z.object({ items: z.array(NpmVisit), total: z.number().int() });

// ---- complaints (000 Art. 30(4); 003 pp.12-13) ----
export const NpmComplaintCreate = z.object({
  receivedAt: Instant,
  visitId: z.uuid().optional(),
  institutionId: z.uuid().optional(),
  complainantName: Text,
  complainantContact: text().max(500).optional(),
  summary: Text,
});
export const NpmComplaint = z
  .object({
    id: z.uuid(),
    registrationNumber: z.string(),
    receivedAt: z.string(),
    receivedByParticipantId: z.uuid(),
    visitId: z.uuid().nullable(),
    institutionId: z.uuid().nullable(),
    /** Null for readers outside the participants and the Commissioner's office. */
    complainantName: z.string().nullable(),
    complainantContact: z.string().nullable(),
    summary: z.string(),
    status: z.string(),
    transferredAt: z.string().nullable(),
    includedInReport: z.boolean(),
    duties: z.array(NpmDutyView),
    version: z.number().int(),
  })
  .meta({ id: "NpmComplaint" });
export const NpmComplaintList = z.object({ items: z.array(NpmComplaint), total: z.number().int() });
export const NpmComplaintTransfer = Version.extend({ at: Instant.optional() });
