import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  NpmCertificateIssue,
  NpmCoverage,
  NpmInstitution,
  NpmInstitutionCreate,
  NpmInstitutionList,
  NpmInstitutionQuery,
  NpmInstitutionUpdate,
  NpmParticipant,
  NpmParticipantCreate,
  NpmParticipantList,
  NpmPlan,
  NpmPlanApprove,
  NpmPlanCreate,
  NpmPlanList,
  NpmTerminationCreate,
  UserChoiceList,
  UserChoiceQuery,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx, npmDeps } from "./npm-deps.ts";
import { listParticipantLogins } from "./participant-logins.ts";
import {
  createParticipant,
  issueCertificate,
  listParticipants,
  readParticipant,
  terminateParticipant,
} from "./participants.ts";
import { coverage, createInstitution, listInstitutions, readInstitution } from "./institutions.ts";
import { updateInstitution } from "./update-institution.ts";
import { approvePlan, createPlan, listPlans, readPlan } from "./plans.ts";
import { npmVisitRoutes } from "./npm-visits.routes.ts";
import { npmAnnualRoutes } from "./npm-annual.routes.ts";
import { npmInterviewRoutes } from "./npm-interviews.routes.ts";
import { errors, IdParams, NPM_TAG as tags } from "./route-kit.ts";

/**
 * The national preventive mechanism (issue 5; R10): participants, institutions and coverage, plans;
 * visits, reports and complaints in npm-visits.routes.ts. Every route is NPM-only (000 Art. 35).
 */
export function npmRoutes(app: FastifyInstance, deps: { db: Db; now?: () => Date }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const d = npmDeps(deps);

  r.post(
    "/api/v1/npm/participants",
    {
      schema: {
        tags,
        summary: "Select a participant after the eligibility check (000 Arts. 26(3), 28)",
        body: NpmParticipantCreate,
        response: { 201: NpmParticipant, ...errors },
      },
    },
    async (req, reply) => {
      const id = await createParticipant(d, actCtx(req), req.body);
      return reply.code(201).send(await readParticipant(d, actCtx(req), id));
    },
  );
  r.get(
    "/api/v1/npm/participants",
    {
      schema: {
        tags,
        summary: "Participants with certificate and powers",
        response: { 200: NpmParticipantList, ...errors },
      },
    },
    async (req) => listParticipants(d, actCtx(req)),
  );
  r.get(
    "/api/v1/npm/participants/logins",
    {
      schema: {
        tags,
        summary: "Logins a new participant may be linked to, found by name or login (000 Art. 26(3))",
        querystring: UserChoiceQuery,
        response: { 200: UserChoiceList, ...errors },
      },
    },
    async (req) => listParticipantLogins(d, actCtx(req), req.query.q),
  );
  r.get(
    "/api/v1/npm/participants/:id",
    {
      schema: {
        tags,
        summary: "A participant",
        params: IdParams,
        response: { 200: NpmParticipant, ...errors },
      },
    },
    async (req) => readParticipant(d, actCtx(req), req.params.id),
  );
  r.post(
    "/api/v1/npm/participants/:id/certificate",
    {
      schema: {
        tags,
        summary: "Issue the certificate (003 p.16)",
        params: IdParams,
        body: NpmCertificateIssue,
        response: { 200: NpmParticipant, ...errors },
      },
    },
    async (req) => {
      await issueCertificate(d, actCtx(req), req.params.id, req.body);
      return readParticipant(d, actCtx(req), req.params.id);
    },
  );
  r.post(
    "/api/v1/npm/participants/:id/termination",
    {
      schema: {
        tags,
        summary: "Terminate powers (000 Art. 31)",
        params: IdParams,
        body: NpmTerminationCreate,
        response: { 200: NpmParticipant, ...errors },
      },
    },
    async (req) => {
      await terminateParticipant(d, actCtx(req), req.params.id, req.body);
      return readParticipant(d, actCtx(req), req.params.id);
    },
  );

  r.post(
    "/api/v1/npm/institutions",
    {
      schema: {
        tags,
        summary: "Add an institution subject to visits (000 Art. 26(2); 003 p.1)",
        body: NpmInstitutionCreate,
        response: { 201: NpmInstitution, ...errors },
      },
    },
    async (req, reply) => {
      const id = await createInstitution(d, actCtx(req), req.body);
      return reply.code(201).send(await readInstitution(d, actCtx(req), id));
    },
  );
  r.get(
    "/api/v1/npm/institutions",
    {
      schema: {
        tags,
        summary: "Catalogue with coverage and visit history; filters region, kind",
        querystring: NpmInstitutionQuery,
        response: { 200: NpmInstitutionList, ...errors },
      },
    },
    async (req) => listInstitutions(d, actCtx(req), req.query),
  );
  r.get(
    "/api/v1/npm/institutions/:id",
    {
      schema: {
        tags,
        summary: "An institution with its visit history",
        params: IdParams,
        response: { 200: NpmInstitution, ...errors },
      },
    },
    async (req) => readInstitution(d, actCtx(req), req.params.id),
  );
  r.patch(
    "/api/v1/npm/institutions/:id",
    {
      schema: {
        tags,
        summary: "Correct an institution of the catalogue, with its version (000 Art. 26(2); 003 pp.1, 3(1))",
        params: IdParams,
        body: NpmInstitutionUpdate,
        response: { 200: NpmInstitution, ...errors },
      },
    },
    async (req) => {
      await updateInstitution(d, actCtx(req), req.params.id, req.body);
      return readInstitution(d, actCtx(req), req.params.id);
    },
  );
  r.get(
    "/api/v1/npm/coverage",
    {
      schema: {
        tags,
        summary:
          "Last periodic visit, due and overdue under the four-year rule (003 p.3(1)); counts per region",
        querystring: NpmInstitutionQuery,
        response: { 200: NpmCoverage, ...errors },
      },
    },
    async (req) => coverage(d, actCtx(req), req.query),
  );

  r.post(
    "/api/v1/npm/plans",
    {
      schema: {
        tags,
        summary: "Draft the Council's plan of visits with groups (003 pp.6, 8)",
        body: NpmPlanCreate,
        response: { 201: NpmPlan, ...errors },
      },
    },
    async (req, reply) => {
      const id = await createPlan(d, actCtx(req), req.body);
      return reply.code(201).send(await readPlan(d, actCtx(req), id));
    },
  );
  r.get(
    "/api/v1/npm/plans",
    {
      schema: {
        tags,
        summary: "Plans (confidential), with four-year flags",
        response: { 200: NpmPlanList, ...errors },
      },
    },
    async (req) => listPlans(d, actCtx(req)),
  );
  r.get(
    "/api/v1/npm/plans/:id",
    {
      schema: {
        tags,
        summary: "A plan with the institutions it leaves past four years (003 p.3(1))",
        params: IdParams,
        response: { 200: NpmPlan, ...errors },
      },
    },
    async (req) => readPlan(d, actCtx(req), req.params.id),
  );
  r.post(
    "/api/v1/npm/plans/:id/approve",
    {
      schema: {
        tags,
        summary: "Approval by the Coordinating Council (003 p.6)",
        params: IdParams,
        body: NpmPlanApprove,
        response: { 200: NpmPlan, ...errors },
      },
    },
    async (req) => {
      await approvePlan(d, actCtx(req), req.params.id, req.body);
      return readPlan(d, actCtx(req), req.params.id);
    },
  );

  npmVisitRoutes(app, d);
  npmAnnualRoutes(app, d);
  npmInterviewRoutes(app, d);
}
