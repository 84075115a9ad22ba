import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LawConfig } from "@aldyn/law";
import {
  ErrorBody,
  LikelihoodAssessment,
  LikelihoodDecision,
  RegisterEntry,
  RegisterEntryList,
  RegisterFactCreate,
  RegisterPlacementCreate,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import { placeOnRegister } from "./place-on-register.ts";
import { listPersonEntries, readRegisterEntry, entryView, entryInScope } from "./read-register-entry.ts";
import { recordRegisterFact } from "./record-register-fact.ts";
import { assessLikelihood, proposeLikelihood } from "./assess-likelihood.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });

/** The preventive register (issue 4 items 3-5; R3; 001 Art. 59). */
export function registerRoutes(
  app: FastifyInstance,
  deps: { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const md = measureDeps(deps);
  // After a write the writer sees the entry; the write's own audit row covers that read.
  const afterWrite = async (req: Parameters<typeof actCtx>[0], id: string) =>
    entryView(md.db, await entryInScope(md, actCtx(req), id), md.now());

  r.post(
    "/api/v1/register",
    {
      schema: {
        tags: ["register"],
        summary: "Place a person on the register by hand (001 Art. 59(2)) with rights explained (59(4))",
        body: RegisterPlacementCreate,
        response: { 201: RegisterEntry, ...errors },
      },
    },
    async (req, reply) => {
      const id = await placeOnRegister(md, actCtx(req), req.body);
      return reply.code(201).send(await afterWrite(req, id));
    },
  );

  r.get(
    "/api/v1/register/:id",
    {
      schema: {
        tags: ["register"],
        summary: "A register entry derived for today (audited)",
        params: IdParams,
        response: { 200: RegisterEntry, ...errors },
      },
    },
    async (req) => readRegisterEntry(md, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/register/:id/facts",
    {
      schema: {
        tags: ["register"],
        summary: "Record a control check, extension, termination or appeal (version required)",
        params: IdParams,
        body: RegisterFactCreate,
        response: { 201: RegisterEntry, ...errors },
      },
    },
    async (req, reply) => {
      await recordRegisterFact(md, actCtx(req), req.params.id, req.body);
      return reply.code(201).send(await afterWrite(req, req.params.id));
    },
  );

  r.get(
    "/api/v1/register/:id/likelihood",
    {
      schema: {
        tags: ["register"],
        summary: "The proposed likelihood assessment and control frequency (001 Art. 59(10))",
        params: IdParams,
        response: { 200: LikelihoodAssessment, ...errors },
      },
    },
    async (req) => proposeLikelihood(md, actCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/register/:id/likelihood",
    {
      schema: {
        tags: ["register"],
        summary: "Confirm the proposed likelihood level or set another with a reason (001 Art. 59(10))",
        params: IdParams,
        body: LikelihoodDecision,
        response: { 201: RegisterEntry, ...errors },
      },
    },
    async (req, reply) => {
      await assessLikelihood(md, actCtx(req), req.params.id, req.body);
      return reply.code(201).send(await afterWrite(req, req.params.id));
    },
  );

  r.get(
    "/api/v1/persons/:id/register-entries",
    {
      schema: {
        tags: ["register"],
        summary: "A person's register entries derived for today (audited)",
        params: IdParams,
        response: { 200: RegisterEntryList, ...errors },
      },
    },
    async (req) => listPersonEntries(md, actCtx(req), req.params.id),
  );
}
