import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  PdfLangQuery,
  Shelter,
  ShelterCreate,
  ShelterList,
  ShelterStay,
  StayCreate,
  StayDepart,
  StayExtension,
  StayExtensionResult,
  StayPage,
  StayQuery,
} from "@aldyn/contract";
import { actCtx, type MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { errors, IdParams } from "./fs-http.ts";
import { createShelter, listShelters } from "./shelters.ts";
import { admitToShelter, departFromShelter, requestExtension } from "./stays.ts";
import { listStays, readStay } from "./stay-read.ts";
import { sendPdf } from "../documents/send-pdf.ts";
import { shelterReferralPdf } from "./fs-documents.ts";

const tags = ["family-support"];

/** Shelters and temporary residence up to one month (001 Arts. 10(2)(4), 72(2)). */
export function shelterRoutes(app: FastifyInstance, md: MeasureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/family-support/shelters",
    {
      schema: {
        tags,
        summary:
          "Shelters with places and occupancy today; the address only for the centre and the DV inspector",
        response: { 200: ShelterList, ...errors },
      },
    },
    async (req) => listShelters(md, actCtx(req)),
  );

  r.post(
    "/api/v1/family-support/shelters",
    {
      schema: {
        tags,
        summary: "Register a shelter of the user's centre (001 Art. 10(2)(4))",
        body: ShelterCreate,
        response: { 201: Shelter, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const id = await createShelter(md, ctx, req.body);
      const list = await listShelters(md, ctx);
      return reply.code(201).send(list.items.find((s) => s.id === id)!);
    },
  );

  r.post(
    "/api/v1/family-support/stays",
    {
      schema: {
        tags,
        summary:
          "Admit a person to a shelter: up to one month (422 domestic_violence.temporary_residence_over_one_month, 001 Art. 72(2)); a full shelter is a 409 shelter.full",
        body: StayCreate,
        response: { 201: ShelterStay, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const id = await admitToShelter(md, ctx, req.body);
      return reply.code(201).send(await readStay(md, ctx, id));
    },
  );

  r.get(
    "/api/v1/family-support/stays",
    {
      schema: {
        tags,
        summary: "Stays in the user's territory: current (default), staying, ending, overdue, departed, all",
        querystring: StayQuery,
        response: { 200: StayPage, ...errors },
      },
    },
    async (req) => listStays(md, actCtx(req), req.query),
  );

  r.get(
    "/api/v1/family-support/stays/:id",
    {
      schema: {
        tags,
        summary: "A stay with its facts and clock (audited)",
        params: IdParams,
        response: { 200: ShelterStay, ...errors },
      },
    },
    async (req) => readStay(md, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/family-support/stays/:id/extension",
    {
      schema: {
        tags,
        summary:
          "Move the planned end within one month of the admission; a request past the month is refused and recorded (extension_refused, 001 Art. 72(2))",
        params: IdParams,
        body: StayExtension,
        response: { 200: StayExtensionResult, ...errors },
      },
    },
    async (req) => requestExtension(md, actCtx(req), req.params.id, req.body),
  );

  r.post(
    "/api/v1/family-support/stays/:id/depart",
    {
      schema: {
        tags,
        summary: "The person left the shelter",
        params: IdParams,
        body: StayDepart,
        response: { 200: ShelterStay, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await departFromShelter(md, ctx, req.params.id, req.body);
      return readStay(md, ctx, req.params.id);
    },
  );

  r.get(
    "/api/v1/family-support/stays/:id/referral.pdf",
    {
      schema: {
        tags,
        summary:
          "The referral to temporary residence the centre hands to the person (001 Arts. 10(2)(4), 72(2)); the shelter's address only on it",
        params: IdParams,
        querystring: PdfLangQuery,
        response: errors,
      },
    },
    async (req, reply) => {
      const pdf = await shelterReferralPdf(md, actCtx(req), req.params.id, req.query.lang);
      return sendPdf(reply, pdf, `shelter-referral-${req.params.id.slice(0, 8)}-${req.query.lang}.pdf`);
    },
  );
}
