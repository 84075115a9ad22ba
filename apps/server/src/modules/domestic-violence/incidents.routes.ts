import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import {
  DvIncident,
  DvIncidentCreate,
  DvIncidentCreated,
  DvIncidentEventCreate,
  DvIncidentListQuery,
  DvIncidentMeasureLink,
  DvIncidentPage,
  DvIncidentSummary,
  ErrorBody,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { recordIncident } from "./record-incident.ts";
import { linkIncidentMeasure, recordIncidentEvent } from "./incident-events.ts";
import { readIncident } from "./read-incident.ts";
import { incidentSummary, listIncidents } from "./list-incidents.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });

/** Incidents of domestic violence (R5.1; 001 Art. 72): record, list, read, events, linked measures. */
export function incidentRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const d = measureDeps(deps);

  r.post(
    "/api/v1/dv-incidents",
    {
      schema: {
        tags: ["domestic-violence"],
        summary:
          "Record an incident of domestic violence and notify the interested subjects within 24 hours (001 Art. 72(3)(2)); a refusal by the law is a 422 with its article, nothing written",
        body: DvIncidentCreate,
        response: { 201: DvIncidentCreated, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await recordIncident(d, actCtx(req), req.body)),
  );

  r.get(
    "/api/v1/dv-incidents",
    {
      schema: {
        tags: ["domestic-violence"],
        summary:
          "The territory's incidents: all, notifications pending, or overdue (72(3)(2)); rows withheld behind the victim barrier",
        querystring: DvIncidentListQuery,
        response: { 200: DvIncidentPage, ...errors },
      },
    },
    async (req) => listIncidents(d, actCtx(req), req.query),
  );

  r.get(
    "/api/v1/dv-incidents/summary",
    {
      schema: {
        tags: ["domestic-violence"],
        summary: "Counts for the DV inspector's home: notifications overdue, pending; incidents this month",
        response: { 200: DvIncidentSummary, ...errors },
      },
    },
    async (req) => incidentSummary(d, actCtx(req)),
  );

  r.get(
    "/api/v1/dv-incidents/:id",
    {
      schema: {
        tags: ["domestic-violence"],
        summary:
          "An incident with its persons, events, measures and notifications (audited; victims' data, 001 Art. 83(2))",
        params: IdParams,
        response: { 200: DvIncident, ...errors },
      },
    },
    async (req) => readIncident(d, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/dv-incidents/:id/events",
    {
      schema: {
        tags: ["domestic-violence"],
        summary:
          "Record an event: the immediate response (72(3)(1)), order ensured for the belongings (72(3)(3)), a note",
        params: IdParams,
        body: DvIncidentEventCreate,
        response: { 201: DvIncident, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await recordIncidentEvent(d, ctx, req.params.id, req.body);
      return reply.code(201).send(await readIncident(d, ctx, req.params.id, { afterWrite: true }));
    },
  );

  r.post(
    "/api/v1/dv-incidents/:id/measures",
    {
      schema: {
        tags: ["domestic-violence"],
        summary: "Link a measure already issued to the incident and its family",
        params: IdParams,
        body: DvIncidentMeasureLink,
        response: { 201: DvIncident, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await linkIncidentMeasure(d, ctx, req.params.id, req.body.measureId);
      return reply.code(201).send(await readIncident(d, ctx, req.params.id, { afterWrite: true }));
    },
  );
}
