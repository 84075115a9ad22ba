// Request and response shapes of the API, inferred from the contract's zod schemas. Type-only
// imports: the web bundle carries no zod and no schema code.
import type { z } from "zod";
import type {
  AuditPage as AuditPageSchema,
  AuditQuery as AuditQuerySchema,
  AuditRow as AuditRowSchema,
  AuditVerifyResult as AuditVerifyResultSchema,
  BodyCreate as BodyCreateSchema,
  BodyPage as BodyPageSchema,
  BodyUpdate as BodyUpdateSchema,
  BODY_TYPES,
  DueChecksPage as DueChecksPageSchema,
  DueDutiesPage as DueDutiesPageSchema,
  MeasureCreate as MeasureCreateSchema,
  MeasureFactCreate as MeasureFactCreateSchema,
  RegisterFactCreate as RegisterFactCreateSchema,
  RegisterPlacementCreate as RegisterPlacementCreateSchema,
  LikelihoodAssessment as LikelihoodAssessmentSchema,
  LikelihoodDecision as LikelihoodDecisionSchema,
  NotificationList as NotificationListSchema,
  PersonLinkCreate as PersonLinkCreateSchema,
  PersonCreate as PersonCreateSchema,
  PersonDuplicates as PersonDuplicatesSchema,
  PersonLinkList as PersonLinkListSchema,
  PersonSearchPage as PersonSearchPageSchema,
  PersonUpdate as PersonUpdateSchema,
  ChangePasswordRequest as ChangePasswordRequestSchema,
  LoginRequest as LoginRequestSchema,
  ROLE_IDS,
  ServiceTokenCreated as ServiceTokenCreatedSchema,
  UserCreate as UserCreateSchema,
  UserPage as UserPageSchema,
  UserUpdate as UserUpdateSchema,
} from "@aldyn/contract";

export type {
  Body,
  ManualMeasureFactType,
  MeasureFactField,
  I18nName,
  Me,
  Measure,
  MeasureList,
  RegisterEntry,
  RegisterEntryList,
  RecordedFact,
  Person,
  PersonLink,
  PersonPersonal,
  PersonSummary,
  Session,
  Territory,
  User,
} from "@aldyn/contract";

export type RoleId = (typeof ROLE_IDS)[number];
export type BodyType = (typeof BODY_TYPES)[number];

export type LoginRequest = z.input<typeof LoginRequestSchema>;
export type ChangePasswordRequest = z.input<typeof ChangePasswordRequestSchema>;
export type BodyCreate = z.input<typeof BodyCreateSchema>;
export type BodyUpdate = z.input<typeof BodyUpdateSchema>;
export type BodyPage = z.output<typeof BodyPageSchema>;
export type UserCreate = z.input<typeof UserCreateSchema>;
export type UserUpdate = z.input<typeof UserUpdateSchema>;
export type UserPage = z.output<typeof UserPageSchema>;
export type ServiceTokenCreated = z.output<typeof ServiceTokenCreatedSchema>;
export type AuditRow = z.output<typeof AuditRowSchema>;
export type AuditQuery = Partial<z.output<typeof AuditQuerySchema>>;
export type AuditPage = z.output<typeof AuditPageSchema>;
export type AuditVerifyResult = z.output<typeof AuditVerifyResultSchema>;

// Persons (issue 4 item 1).
export type PersonCreate = z.input<typeof PersonCreateSchema>;
export type PersonUpdate = z.input<typeof PersonUpdateSchema>;
export type PersonSearchPage = z.output<typeof PersonSearchPageSchema>;
export type PersonSearchHit = PersonSearchPage["items"][number];
export type PersonDuplicates = z.output<typeof PersonDuplicatesSchema>;
export type PersonLinkList = z.output<typeof PersonLinkListSchema>;

// Measures, register, worklists (issue 4 items 2-4).
export type MeasureCreate = z.input<typeof MeasureCreateSchema>;
export type MeasureFactCreate = z.input<typeof MeasureFactCreateSchema>;
export type RegisterFactCreate = z.input<typeof RegisterFactCreateSchema>;
export type DueChecksPage = z.output<typeof DueChecksPageSchema>;
export type DueDutiesPage = z.output<typeof DueDutiesPageSchema>;
export type DueCheck = DueChecksPage["items"][number];
export type DueDuty = DueDutiesPage["items"][number];
export type WorklistScope = "mine" | "district" | "region";

// Register placement, likelihood (issue 4 items 3, 5), reminders and attachments.
export type RegisterPlacementCreate = z.input<typeof RegisterPlacementCreateSchema>;
export type LikelihoodAssessment = z.output<typeof LikelihoodAssessmentSchema>;
export type LikelihoodDecision = z.input<typeof LikelihoodDecisionSchema>;
export type LikelihoodLevel = LikelihoodAssessment["proposedLevel"];
export type ControlFrequency = LikelihoodAssessment["proposedFrequency"];
export type NotificationList = z.output<typeof NotificationListSchema>;
export type NotificationItem = NotificationList["items"][number];
export type PersonLinkCreate = z.input<typeof PersonLinkCreateSchema>;
export type PersonLinkKind = PersonLinkCreate["kind"];

/** An attachment as the server lists it (apps/server/.../attachments/attachment-json.ts; not in the contract). */
export interface Attachment {
  id: string;
  recordType: AttachmentRecordType;
  recordId: string;
  fileName: string;
  mediaType: "application/pdf" | "image/jpeg" | "image/png" | "video/mp4";
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}
export type AttachmentRecordType = "person" | "measure" | "register_entry";
