import { z } from "zod";
import { I18nName, pageOf, Uuid } from "./common.ts";
import { instant, legalDate, line, text } from "./input.ts";

/**
 * Meetings of a commission on minors' affairs (001 Art. 79): the agenda filled from the commission's
 * ready cases, attendance and quorum, invitations of the minor and the legal representatives with
 * their delivery, each item's decision from the law package's closed list (`COMMISSION_DECISIONS`,
 * each with its article) with votes, who was heard, dissent and follow-up duties, and the protocol
 * signed by the chair and the secretary (79(4)). Quorum, voting and invitations are the system's
 * reading of 79(7) (the procedure the authorised body sets is not among the texts).
 */

const Identifier = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_.]+$/, "an identifier of the law package");
const LegalDate = z.iso.date();
const InputDate = legalDate();

export const MEETING_STATES = ["planned", "held", "cancelled"] as const;
export const MEETING_ITEM_KINDS = ["case", "report_heard", "other"] as const;
export const MEETING_VOTES = ["for", "against", "abstain"] as const;
export const MEETING_INVITATION_ROLES = ["minor", "legal_representative", "other"] as const;
export const MEETING_INVITATION_CHANNELS = ["hand", "post", "sms", "phone", "email"] as const;
export const MEETING_PROTOCOL_STATES = ["unsigned", "partly_signed", "signed"] as const;

// ---- Requests ----

export const MeetingCreate = z
  .strictObject({ scheduledAt: instant(), place: line().trim().min(1).max(500) })
  .meta({ id: "MeetingCreate" });
export type MeetingCreate = z.infer<typeof MeetingCreate>;

export const MeetingListQuery = z.object({
  from: LegalDate.optional(),
  until: LegalDate.optional(),
  state: z.enum(MEETING_STATES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type MeetingListQuery = z.infer<typeof MeetingListQuery>;

export const MeetingAgendaOrder = z
  .strictObject({ itemIds: z.array(Uuid).min(1).max(200) })
  .meta({ id: "MeetingAgendaOrder" });
export type MeetingAgendaOrder = z.infer<typeof MeetingAgendaOrder>;

export const MeetingItemCreate = z
  .strictObject({
    kind: z.enum(MEETING_ITEM_KINDS),
    caseId: Uuid.optional(),
    title: line().trim().min(1).max(500),
    reportingBodyId: Uuid.optional(),
  })
  .meta({ id: "MeetingItemCreate" });
export type MeetingItemCreate = z.infer<typeof MeetingItemCreate>;

export const MeetingInvitationCreate = z
  .strictObject({
    itemId: Uuid,
    personId: Uuid,
    role: z.enum(MEETING_INVITATION_ROLES),
    channel: z.enum(MEETING_INVITATION_CHANNELS),
    sentOn: InputDate,
  })
  .meta({ id: "MeetingInvitationCreate" });
export type MeetingInvitationCreate = z.infer<typeof MeetingInvitationCreate>;

export const MeetingInvitationDelivered = z
  .strictObject({ deliveredOn: InputDate })
  .meta({ id: "MeetingInvitationDelivered" });
export type MeetingInvitationDelivered = z.infer<typeof MeetingInvitationDelivered>;

export const MeetingAttendanceInput = z
  .strictObject({
    members: z
      .array(
        z.strictObject({
          memberId: Uuid,
          present: z.boolean(),
          absenceReason: line().trim().min(1).max(500).optional(),
        }),
      )
      .min(1)
      .max(100),
  })
  .meta({ id: "MeetingAttendanceInput" });
export type MeetingAttendanceInput = z.infer<typeof MeetingAttendanceInput>;

export const MeetingVoteInput = z.strictObject({ memberId: Uuid, vote: z.enum(MEETING_VOTES) });
export const MeetingHeardInput = z.strictObject({
  personId: Uuid.optional(),
  who: line().trim().min(1).max(300).optional(),
  bodyId: Uuid.optional(),
  summary: text().trim().min(1).max(8000),
});
export const MeetingDutyInput = z.strictObject({
  responsibleBodyId: Uuid,
  what: text().trim().min(1).max(2000),
  dueOn: InputDate,
});
export type MeetingDutyInput = z.infer<typeof MeetingDutyInput>;

export const MeetingDecisionInput = z
  .strictObject({
    decision: Identifier,
    text: text().trim().max(8000).default(""),
    votes: z.array(MeetingVoteInput).max(100).default([]),
    heard: z.array(MeetingHeardInput).max(50).default([]),
    attendedInvitationIds: z.array(Uuid).max(50).default([]),
    duties: z.array(MeetingDutyInput).max(30).default([]),
  })
  .meta({ id: "MeetingDecisionInput" });
export type MeetingDecisionInput = z.infer<typeof MeetingDecisionInput>;

export const MeetingDissentInput = z
  .strictObject({ text: text().trim().min(1).max(4000) })
  .meta({ id: "MeetingDissentInput" });
export type MeetingDissentInput = z.infer<typeof MeetingDissentInput>;

export const MeetingOwnVote = z.strictObject({ vote: z.enum(MEETING_VOTES) }).meta({ id: "MeetingOwnVote" });
export type MeetingOwnVote = z.infer<typeof MeetingOwnVote>;

export const MeetingSign = z.strictObject({ as: z.enum(["chair", "secretary"]) }).meta({ id: "MeetingSign" });
export type MeetingSign = z.infer<typeof MeetingSign>;

export const MeetingPdfQuery = z.object({ lang: z.enum(["kk", "ru"]).default("kk") });

// ---- Responses ----

const BodyRef = z.object({ id: Uuid, name: I18nName, type: z.string() });
/** A person as a meeting names them: null name for a reader who may not see it. */
const PersonRef = z.object({ id: Uuid, fullName: z.string().nullable() });

export const MeetingMember = z.object({
  memberId: Uuid,
  fullName: z.string(),
  position: z.string(),
  role: z.string(),
  represents: z.string(),
  /** A voting member (chair, deputy chair, member) holding office on the meeting day. */
  voting: z.boolean(),
  present: z.boolean().nullable(),
  absenceReason: z.string().nullable(),
  userLinked: z.boolean(),
});
export type MeetingMember = z.infer<typeof MeetingMember>;

export const MeetingInvitation = z.object({
  id: Uuid,
  itemId: Uuid,
  person: PersonRef,
  role: z.enum(MEETING_INVITATION_ROLES),
  channel: z.enum(MEETING_INVITATION_CHANNELS),
  sentOn: LegalDate,
  deliveredOn: LegalDate.nullable(),
  attended: z.boolean().nullable(),
  heard: z.boolean(),
});
export type MeetingInvitation = z.infer<typeof MeetingInvitation>;

export const MeetingItem = z.object({
  id: Uuid,
  seq: z.number().int(),
  kind: z.enum(MEETING_ITEM_KINDS),
  title: z.string(),
  case: z
    .object({
      id: Uuid,
      number: z.string(),
      state: z.string(),
      subject: z.string(),
      urgent: z.boolean(),
      minor: PersonRef,
    })
    .nullable(),
  reportingBody: BodyRef.nullable(),
  decision: z
    .object({
      code: z.string(),
      text: z.string(),
      article: z.string(),
      decidedAt: z.string(),
      adopted: z.boolean(),
    })
    .nullable(),
  votes: z.array(z.object({ memberId: Uuid, vote: z.enum(MEETING_VOTES) })),
  dissents: z.array(z.object({ memberId: Uuid, fullName: z.string(), text: z.string() })),
  heard: z.array(
    z.object({ personId: Uuid.nullable(), who: z.string(), bodyId: Uuid.nullable(), summary: z.string() }),
  ),
  duties: z.array(
    z.object({
      id: Uuid,
      responsibleBody: BodyRef,
      what: z.string(),
      dueOn: LegalDate,
      handoffId: Uuid.nullable(),
    }),
  ),
  invitations: z.array(MeetingInvitation),
});
export type MeetingItem = z.infer<typeof MeetingItem>;

const Signature = z.object({ at: z.string(), by: z.string() }).nullable();

export const CommissionMeeting = z
  .object({
    id: Uuid,
    commission: BodyRef,
    number: z.number().int(),
    year: z.number().int(),
    /** "number/year", the protocol's number. */
    label: z.string(),
    scheduledAt: z.string(),
    meetingDay: LegalDate,
    place: z.string(),
    state: z.enum(MEETING_STATES),
    protocol: z.enum(MEETING_PROTOCOL_STATES),
    signatures: z.object({ chair: Signature, secretary: Signature }),
    quorum: z.object({
      votingMembers: z.number().int(),
      present: z.number().int(),
      needed: z.number().int(),
      quorate: z.boolean(),
      attendanceRecorded: z.boolean(),
      /** The system's reading of 001 Art. 79(7). */
      article: z.string(),
    }),
    members: z.array(MeetingMember),
    items: z.array(MeetingItem),
    invitationsUndelivered: z.number().int(),
    /** What the reader may do: the secretary writes, the chair signs, a member votes and dissents. */
    me: z.object({ secretary: z.boolean(), chair: z.boolean(), memberId: Uuid.nullable() }),
    version: z.number().int(),
  })
  .meta({ id: "CommissionMeeting" });
export type CommissionMeeting = z.infer<typeof CommissionMeeting>;

export const MeetingListItem = z.object({
  id: Uuid,
  commission: BodyRef,
  label: z.string(),
  scheduledAt: z.string(),
  place: z.string(),
  state: z.enum(MEETING_STATES),
  protocol: z.enum(MEETING_PROTOCOL_STATES),
  items: z.number().int(),
  decided: z.number().int(),
  invitationsUndelivered: z.number().int(),
});
export type MeetingListItem = z.infer<typeof MeetingListItem>;

export const MeetingPage = pageOf(MeetingListItem).meta({ id: "MeetingPage" });
export type MeetingPage = z.infer<typeof MeetingPage>;

export const MeetingSummary = z
  .object({
    nextMeeting: z
      .object({
        id: Uuid,
        label: z.string(),
        scheduledAt: z.string(),
        place: z.string(),
        items: z.number().int(),
      })
      .nullable(),
    /** Held meetings whose protocol still lacks a signature, and whose signature it lacks. */
    toSign: z.array(
      z.object({
        id: Uuid,
        label: z.string(),
        scheduledAt: z.string(),
        awaiting: z.array(z.enum(["chair", "secretary"])),
      }),
    ),
    invitationsUndelivered: z.number().int(),
  })
  .meta({ id: "MeetingSummary" });
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingCreated = z.object({ id: Uuid, items: z.number().int() });
