import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import {
  CommissionMeeting,
  ErrorBody,
  MeetingAgendaOrder,
  MeetingAttendanceInput,
  MeetingCreate,
  MeetingCreated,
  MeetingDecisionInput,
  MeetingDissentInput,
  MeetingInvitationCreate,
  MeetingInvitationDelivered,
  MeetingItemCreate,
  MeetingListQuery,
  MeetingOwnVote,
  MeetingPage,
  MeetingPdfQuery,
  MeetingSign,
  MeetingSummary,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { sendPdf } from "../documents/send-pdf.ts";
import { addItem, createMeeting, removeItem, reorderAgenda } from "./agenda.ts";
import { invite, markDelivered, recordAttendance } from "./invitations.ts";
import { recordDecision } from "./record-decision.ts";
import { castOwnVote, recordDissent } from "./member-acts.ts";
import { signProtocol } from "./sign-protocol.ts";
import { readMeeting } from "./read-meeting.ts";
import { listMeetings, meetingSummary } from "./list-meetings.ts";
import { extractPdf, invitationPdf, protocolPdf } from "./meeting-documents.ts";

export type MeetingRouteDeps = { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date };

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const Id = z.object({ id: z.uuid() });
const ItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
const InvitationParams = z.object({ id: z.uuid(), invitationId: z.uuid() });
const tags = ["commission-meetings"];
const BASE = "/api/v1/commission-meetings";

/**
 * Meetings of the commissions on minors' affairs (R4.1; 001 Art. 79): planning with the agenda filled
 * from ready cases, invitations and their delivery, attendance and quorum, decisions with votes,
 * dissent and duties, the protocol signed by the chair and the secretary, and the three printed
 * forms. Every change answers with the meeting as it now is; POSTs honour Idempotency-Key.
 */
export function commissionMeetingRoutes(app: FastifyInstance, deps: MeetingRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const md = measureDeps(deps);
  const schema = <T extends object>(summary: string, extra: T) => ({ schema: { tags, summary, ...extra } });

  r.post(
    BASE,
    schema(
      "Plan the commission's next meeting: its agenda is filled with the ready cases, urgent first then the longest ready (system reading of 001 Art. 79(7)); each case becomes scheduled",
      { body: MeetingCreate, response: { 201: MeetingCreated, ...errors } },
    ),
    async (req, reply) => reply.code(201).send(await createMeeting(md, actCtx(req), req.body)),
  );

  r.get(
    BASE,
    schema("Meetings of the commissions the user sees, newest first", {
      querystring: MeetingListQuery,
      response: { 200: MeetingPage, ...errors },
    }),
    async (req) => listMeetings(md, actCtx(req), req.query),
  );

  r.get(
    `${BASE}/summary`,
    schema("The next meeting, protocols awaiting a signature and undelivered invitations (home page)", {
      response: { 200: MeetingSummary, ...errors },
    }),
    async (req) => meetingSummary(md, actCtx(req)),
  );

  r.get(
    `${BASE}/:id`,
    schema(
      "A meeting: agenda, attendance and quorum now, invitations, votes, decisions, signatures (audited)",
      {
        params: Id,
        response: { 200: CommissionMeeting, ...errors },
      },
    ),
    async (req) => readMeeting(md, actCtx(req), req.params.id),
  );

  r.put(
    `${BASE}/:id/agenda`,
    schema("Order the agenda before the meeting: every item once", {
      params: Id,
      body: MeetingAgendaOrder,
      response: { 200: CommissionMeeting, ...errors },
    }),
    async (req) => {
      const ctx = actCtx(req);
      await reorderAgenda(md, ctx, req.params.id, req.body);
      return readMeeting(md, ctx, req.params.id);
    },
  );

  const write = <B extends z.ZodType>(
    url: string,
    summary: string,
    params: z.ZodType,
    body: B,
    run: (ctx: ReturnType<typeof actCtx>, p: Record<string, string>, b: z.infer<B>) => Promise<unknown>,
  ) =>
    r.post(
      url,
      schema(summary, { params, body, response: { 201: CommissionMeeting, ...errors } }),
      async (req, reply) => {
        const ctx = actCtx(req);
        const p = req.params as Record<string, string>;
        await run(ctx, p, req.body as z.infer<B>);
        return reply.code(201).send(await readMeeting(md, ctx, p.id!));
      },
    );

  write(
    `${BASE}/:id/items`,
    "Add a ready case, a report of the head of a body (001 Art. 79(6)(7)) or another question",
    Id,
    MeetingItemCreate,
    (ctx, p, b) => addItem(md, ctx, p.id!, b),
  );
  write(
    `${BASE}/:id/invitations`,
    "Invite the minor, a legal representative or another person on the case (001 Art. 79(6)(9))",
    Id,
    MeetingInvitationCreate,
    (ctx, p, b) => invite(md, ctx, p.id!, b),
  );
  write(
    `${BASE}/:id/invitations/:invitationId/delivered`,
    "Record the invitation's delivery",
    InvitationParams,
    MeetingInvitationDelivered,
    (ctx, p, b) => markDelivered(md, ctx, p.id!, p.invitationId!, b),
  );
  write(
    `${BASE}/:id/attendance`,
    "Record who of the commission is present, on the meeting day: the meeting is held from then (quorum: system reading of 001 Art. 79(7))",
    Id,
    MeetingAttendanceInput,
    (ctx, p, b) => recordAttendance(md, ctx, p.id!, b),
  );
  write(
    `${BASE}/:id/items/:itemId/decision`,
    "Record an item's decision from the closed list with votes, heard, attendance of the invited and duties; the law's refusals are 422 with the field and nothing is written",
    ItemParams,
    MeetingDecisionInput,
    (ctx, p, b) => recordDecision(md, ctx, p.id!, p.itemId!, b),
  );
  write(
    `${BASE}/:id/items/:itemId/vote`,
    "A member present casts or changes its own vote until the protocol is signed",
    ItemParams,
    MeetingOwnVote,
    (ctx, p, b) => castOwnVote(md, ctx, p.id!, p.itemId!, b),
  );
  write(
    `${BASE}/:id/items/:itemId/dissent`,
    "A member's dissenting opinion on an item, until the protocol is signed",
    ItemParams,
    MeetingDissentInput,
    (ctx, p, b) => recordDissent(md, ctx, p.id!, p.itemId!, b),
  );
  write(
    `${BASE}/:id/sign`,
    "Sign the protocol as chair or secretary (001 Art. 79(4)); with both signatures the cases move on and the duties are sent as hand-offs",
    Id,
    MeetingSign,
    (ctx, p, b) => signProtocol(md, ctx, p.id!, b),
  );

  r.delete(
    `${BASE}/:id/items/:itemId`,
    schema("Take an item off the agenda before the meeting; its case goes back to ready", {
      params: ItemParams,
      response: { 200: CommissionMeeting, ...errors },
    }),
    async (req) => {
      const ctx = actCtx(req);
      await removeItem(md, ctx, req.params.id, req.params.itemId);
      return readMeeting(md, ctx, req.params.id);
    },
  );

  r.get(
    `${BASE}/:id/invitations/:invitationId/pdf`,
    schema("The invitation printed in Kazakh or Russian (001 Art. 79(6)(9))", {
      params: InvitationParams,
      querystring: MeetingPdfQuery,
      response: errors,
    }),
    async (req, reply) => {
      const pdf = await invitationPdf(
        md,
        actCtx(req),
        req.params.id,
        req.params.invitationId,
        req.query.lang,
      );
      return sendPdf(reply, pdf, `invitation-${req.params.invitationId.slice(0, 8)}-${req.query.lang}.pdf`);
    },
  );
  r.get(
    `${BASE}/:id/protocol.pdf`,
    schema("The protocol printed in Kazakh or Russian (001 Art. 79(4))", {
      params: Id,
      querystring: MeetingPdfQuery,
      response: errors,
    }),
    async (req, reply) => {
      const pdf = await protocolPdf(md, actCtx(req), req.params.id, req.query.lang);
      return sendPdf(reply, pdf, `protocol-${req.params.id.slice(0, 8)}-${req.query.lang}.pdf`);
    },
  );
  r.get(
    `${BASE}/:id/items/:itemId/extract.pdf`,
    schema("The extract of an item's decision printed in Kazakh or Russian", {
      params: ItemParams,
      querystring: MeetingPdfQuery,
      response: errors,
    }),
    async (req, reply) => {
      const pdf = await extractPdf(md, actCtx(req), req.params.id, req.params.itemId, req.query.lang);
      return sendPdf(reply, pdf, `extract-${req.params.itemId.slice(0, 8)}-${req.query.lang}.pdf`);
    },
  );
}
