import { z } from "zod";
import { I18nName, I18nNameInput, PageQuery, pageOf, Uuid } from "./common.ts";
import { instant, line, text, version } from "./input.ts";
import { MeasureKindId } from "./measures.ts";

export const ROLE_IDS = [
  "police_inspector_local",
  "police_inspector_juvenile",
  "police_inspector_dv",
  "police_head",
  "school_council_member",
  "minors_commission_secretary",
  "minors_commission_member",
  "family_centre_specialist",
  "akimat_officer",
  "prosecutor",
  "analyst",
  "npm_participant",
  "commissioner_representative",
  "coordinating_council_member",
  "system_admin",
  "auditor",
  "hotline_operator",
  "guardianship_officer",
  "health_officer",
  "education_officer",
  "body_head",
  "mobile_group_member",
] as const;
export const RoleId = z.enum(ROLE_IDS);

/** Kinds of bodies and organisations (REQUIREMENTS R1.3). */
export const BODY_TYPES = [
  "ministry",
  "police_department",
  "police_unit",
  "prosecutor_office",
  "court",
  "akimat",
  "education_department",
  "school",
  "special_education_org",
  "special_regime_org",
  "adaptation_centre",
  "family_support_centre",
  "healthcare_org",
  "place_of_detention",
  "minors_commission",
  "commissioner_office",
  "coordinating_council",
  "economic_investigation",
  "system_operator",
  "guardianship_body",
  "healthcare_department",
  "contact_centre",
] as const;
export const BodyType = z.enum(BODY_TYPES);

export const TerritoryLevel = z.enum(["country", "region", "district"]);

export const Territory = z
  .object({
    id: Uuid,
    code: z.string(),
    path: z.string(),
    level: TerritoryLevel,
    parentId: Uuid.nullable(),
    name: I18nName,
  })
  .meta({ id: "Territory" });
export type Territory = z.infer<typeof Territory>;

export const Body = z
  .object({
    id: Uuid,
    name: I18nName,
    type: BodyType,
    territoryId: Uuid,
    territoryName: I18nName,
    parentId: Uuid.nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Body" });
export type Body = z.infer<typeof Body>;

export const BodyCreate = z
  .strictObject({
    name: I18nNameInput,
    type: BodyType,
    territoryId: Uuid,
    parentId: Uuid.nullable().optional(),
  })
  .meta({ id: "BodyCreate" });
export const BodyUpdate = z
  .strictObject({
    name: I18nNameInput.optional(),
    type: BodyType.optional(),
    parentId: Uuid.nullable().optional(),
    version: version(),
  })
  .meta({ id: "BodyUpdate" });
export const BodyListQuery = PageQuery.extend({
  q: line().max(200).optional(),
  territoryId: Uuid.optional(),
});
export const BodyPage = pageOf(Body);

export const Me = z
  .object({
    id: Uuid,
    username: z.string(),
    fullName: z.string(),
    roles: z.array(RoleId),
    mustChangePassword: z.boolean(),
    body: z.object({ id: Uuid, name: I18nName, type: BodyType }),
    territory: z.object({ id: Uuid, path: z.string(), level: TerritoryLevel, name: I18nName }),
    /**
     * The measure kinds the user may issue and, for each, whose decision may be recorded: the user's
     * own office (`own`) or a court's act (`court`). The server's own rule (can() and the law's
     * competent issuers, 001 Art. 48(2)), so the issue form offers only what the server accepts.
     */
    measureKinds: z.array(
      z.object({ kind: MeasureKindId, issuers: z.array(z.enum(["own", "court"])).min(1) }),
    ),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof Me>;

export const Session = z.object({ user: Me, csrfToken: z.string() }).meta({ id: "Session" });
export type Session = z.infer<typeof Session>;

export const LoginRequest = z
  .strictObject({ username: line().min(1).max(100), password: text().min(1).max(200) })
  .meta({ id: "LoginRequest" });
export const ChangePasswordRequest = z
  .strictObject({ currentPassword: text().min(1).max(200), newPassword: text().min(1).max(200) })
  .meta({ id: "ChangePasswordRequest" });

export const User = z
  .object({
    id: Uuid,
    username: z.string(),
    fullName: z.string(),
    roles: z.array(RoleId),
    bodyId: Uuid,
    bodyName: I18nName,
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    service: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof User>;

export const Username = z
  .string()
  .regex(/^[a-z0-9._-]{3,50}$/, "3-50 characters: lowercase Latin letters, digits, dot, dash, underscore");
export const UserCreate = z
  .strictObject({
    username: Username,
    fullName: line().min(1).max(200),
    bodyId: Uuid,
    roles: z.array(RoleId).min(1).max(ROLE_IDS.length),
    /** Required for people; a service account (another agency's system) has none and gets a bearer token. */
    password: text().min(1).max(200).optional(),
    service: z.boolean().optional(),
  })
  .meta({ id: "UserCreate" });
export const UserUpdate = z
  .strictObject({
    fullName: line().min(1).max(200).optional(),
    roles: z.array(RoleId).min(1).max(ROLE_IDS.length).optional(),
    bodyId: Uuid.optional(),
    active: z.boolean().optional(),
    version: version(),
  })
  .meta({ id: "UserUpdate" });
export const PasswordReset = z.strictObject({ password: text().min(1).max(200) });
export const UserListQuery = PageQuery.extend({ q: line().max(200).optional(), bodyId: Uuid.optional() });
export const UserPage = pageOf(User);

/**
 * A user to pick by name or login where a screen links a record to a login or filters by one (the
 * audit's actor, an NPM participant's login): who, their login and body, never their roles or state.
 */
export const UserChoice = z
  .object({ id: Uuid, username: z.string(), fullName: z.string(), bodyName: I18nName })
  .meta({ id: "UserChoice" });
export type UserChoice = z.infer<typeof UserChoice>;
export const UserChoiceList = z.object({ items: z.array(UserChoice) }).meta({ id: "UserChoiceList" });
/** Letters of the name or login (none: the first by login); at most 20 are listed. */
export const UserChoiceQuery = z.object({ q: line().max(100).optional() });
export const USER_CHOICE_LIMIT = 20;

/** A service account token for another agency's system: shown once at creation. */
export const ServiceTokenCreated = z.object({ token: z.string(), userId: Uuid }).meta({ id: "ServiceToken" });

export const AuditRow = z
  .object({
    id: z.string(),
    /** Its place in the hash chain; null until the sealer has chained it (within seconds, R11.2). */
    seq: z.number().int().nullable(),
    at: z.string(),
    actorId: Uuid.nullable(),
    actorName: z.string().nullable(),
    role: z.string().nullable(),
    bodyId: Uuid.nullable(),
    action: z.string(),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    fields: z.array(z.string()),
    route: z.string().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: "AuditRow" });
export const AuditQuery = PageQuery.extend({
  from: instant().optional(),
  to: instant().optional(),
  actorId: Uuid.optional(),
  action: line().max(100).optional(),
  recordType: line().max(100).optional(),
  recordId: line().max(100).optional(),
});
export const AuditPage = pageOf(AuditRow);
export const AuditVerifyResult = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
  })
  .meta({ id: "AuditVerifyResult" });

export const Health = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.boolean(),
  migrations: z.object({ applied: z.number().int(), pending: z.number().int() }),
  version: z.string(),
});
