// The commission's meetings (001 Art. 79(6),(7)): the list, a new meeting with the agenda filled from
// the ready cases, the agenda's order, attendance, invitations and their delivery, decisions, votes,
// dissents, signatures, and the printed invitation, protocol and extract (kk, ru).
import { api, apiRequest } from "../../api/client.ts";
import type {
  DecisionCreate,
  MeetingCreated,
  MeetingDetail,
  MeetingInvitationCreate,
  MeetingPage,
  MeetingSummary,
} from "./meetingTypes.ts";

const id = (value: string) => encodeURIComponent(value);
const CM = "/commission-meetings";
const one = (meetingId: string) => `${CM}/${id(meetingId)}`;

export const meetingsApi = {
  list: (q: { from?: string; until?: string; state?: string; page?: number }) => api.get<MeetingPage>(CM, q),
  summary: () => api.get<MeetingSummary>(`${CM}/summary`),
  one: (meetingId: string) => api.get<MeetingDetail>(one(meetingId)),
  create: (body: { scheduledAt: string; place: string }) => api.post<MeetingCreated>(CM, body),
  order: (meetingId: string, itemIds: string[]) =>
    apiRequest<unknown>("PUT", `${one(meetingId)}/agenda`, { itemIds }),
  addItem: (
    meetingId: string,
    body: { kind: string; caseId?: string; title: string; reportingBodyId?: string },
  ) => api.post<unknown>(`${one(meetingId)}/items`, body),
  removeItem: (meetingId: string, itemId: string) =>
    apiRequest<unknown>("DELETE", `${one(meetingId)}/items/${id(itemId)}`),
  invite: (meetingId: string, body: MeetingInvitationCreate) =>
    api.post<unknown>(`${one(meetingId)}/invitations`, body),
  delivered: (meetingId: string, invitationId: string, body: { deliveredOn: string }) =>
    api.post<unknown>(`${one(meetingId)}/invitations/${id(invitationId)}/delivered`, body),
  attendance: (
    meetingId: string,
    body: { members: { memberId: string; present: boolean; absenceReason?: string }[] },
  ) => api.post<unknown>(`${one(meetingId)}/attendance`, body),
  decide: (meetingId: string, itemId: string, body: DecisionCreate) =>
    api.post<unknown>(`${one(meetingId)}/items/${id(itemId)}/decision`, body),
  vote: (meetingId: string, itemId: string, body: { vote: string }) =>
    api.post<unknown>(`${one(meetingId)}/items/${id(itemId)}/vote`, body),
  dissent: (meetingId: string, itemId: string, body: { text: string }) =>
    api.post<unknown>(`${one(meetingId)}/items/${id(itemId)}/dissent`, body),
  sign: (meetingId: string, as: "chair" | "secretary") => api.post<unknown>(`${one(meetingId)}/sign`, { as }),
  invitationPdfUrl: (meetingId: string, invitationId: string, lang: "kk" | "ru") =>
    `/api/v1${one(meetingId)}/invitations/${id(invitationId)}/pdf?lang=${lang}`,
  protocolPdfUrl: (meetingId: string, lang: "kk" | "ru") =>
    `/api/v1${one(meetingId)}/protocol.pdf?lang=${lang}`,
  extractPdfUrl: (meetingId: string, itemId: string, lang: "kk" | "ru") =>
    `/api/v1${one(meetingId)}/items/${id(itemId)}/extract.pdf?lang=${lang}`,
};

export const meetingKeys = {
  all: ["commission-meetings"] as const,
  list: (q: object) => ["commission-meetings", "list", q] as const,
  one: (meetingId: string) => ["commission-meetings", "one", meetingId] as const,
  summary: ["commission-meetings", "summary"] as const,
};
