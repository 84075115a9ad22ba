import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ErrorBody,
  HandoffAccept,
  HandoffAnswer,
  HandoffBodiesQuery,
  HandoffBodyList,
  HandoffDecline,
  HandoffDetail,
  HandoffListQuery,
  HandoffPage,
  HandoffReceive,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx } from "../preventive-measures/measure-deps.ts";
import { actOnHandoff, type HandoffAct } from "./act-on-handoff.ts";
import { handoffDeps, type HandoffHooksByRecordType } from "./handoff-deps.ts";
import { listHandoffs } from "./list-handoffs.ts";
import { readHandoff, reroutableBodies } from "./read-handoff.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });

/**
 * Hand-offs between bodies (001 Art. 39(3); ARCHITECTURE.md): a body's inbox and outbox, one
 * hand-off with its timeline, and what the receiving body does with it. Hand-offs are created by the
 * use cases of the records they concern (send-handoff.ts), never here. `hooks`: what a record type
 * does when its hand-off is answered (the citizen report's answer to the reporter).
 */
export function handoffRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; now?: () => Date; hooks?: HandoffHooksByRecordType },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hd = handoffDeps(deps);

  for (const box of ["inbox", "outbox"] as const) {
    r.get(
      `/api/v1/handoffs/${box}`,
      {
        schema: {
          tags: ["handoffs"],
          summary:
            box === "inbox"
              ? "The hand-offs sent to the user's body: overdue first, then by due instant; counts by state"
              : "The hand-offs the user's body sent: overdue (not acknowledged in time) first; counts by state",
          querystring: HandoffListQuery,
          response: { 200: HandoffPage, ...errors },
        },
      },
      async (req) => listHandoffs(hd, actCtx(req), box, req.query),
    );
  }

  r.get(
    "/api/v1/handoffs/bodies",
    {
      schema: {
        tags: ["handoffs"],
        summary: "The bodies a hand-off of a ground may be re-routed to when declined",
        querystring: HandoffBodiesQuery,
        response: { 200: HandoffBodyList, ...errors },
      },
    },
    async (req) => reroutableBodies(hd, actCtx(req), req.query.ground, req.query.handoffId),
  );

  r.get(
    "/api/v1/handoffs/:id",
    {
      schema: {
        tags: ["handoffs"],
        summary: "A hand-off with its facts, for its sender and its receiver (audited)",
        params: IdParams,
        response: { 200: HandoffDetail, ...errors },
      },
    },
    async (req) => readHandoff(hd, actCtx(req), req.params.id),
  );

  const acts = [
    ["receive", "received", HandoffReceive, "Acknowledge receipt (the receiving body's user)"],
    ["accept", "accepted", HandoffAccept, "Accept it into the body's work"],
    ["decline", "declined", HandoffDecline, "Decline with a reason; naming a body re-routes it there"],
    [
      "answer",
      "answered",
      HandoffAnswer,
      "Answer: what the body did (and, for a report, the reporter's answer)",
    ],
  ] as const;
  for (const [path, type, body, summary] of acts) {
    r.post(
      `/api/v1/handoffs/:id/${path}`,
      {
        schema: {
          tags: ["handoffs"],
          summary: `${summary}; a refusal by the law is a 422 with its code and article, nothing written`,
          params: IdParams,
          body,
          response: { 200: HandoffDetail, ...errors },
        },
      },
      async (req) => {
        const ctx = actCtx(req);
        await actOnHandoff(hd, ctx, req.params.id, { type, body: req.body } as HandoffAct);
        return readHandoff(hd, ctx, req.params.id);
      },
    );
  }
}
