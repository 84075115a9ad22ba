import type pg from "pg";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { LawConfig } from "@aldyn/law";
import {
  FamilyService,
  FamilyServiceCreate,
  FamilyServicePage,
  FamilyServiceQuery,
  FamilySupportWorklist,
  MeasureCreated,
  RegistrationCreate,
  VictimRecord,
  VictimRecordClose,
  VictimRecordCreate,
  VictimRecordPage,
  VictimRecordQuery,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { actCtx, measureDeps } from "../preventive-measures/measure-deps.ts";
import {
  closeVictimRecord,
  listVictimRecords,
  openVictimRecord,
  readVictimRecord,
} from "./victim-records.ts";
import { registerFamily } from "./register-family.ts";
import { listServices, recordService } from "./services.ts";
import { centreWorklist } from "./worklist.ts";
import { planRoutes } from "./plans.routes.ts";
import { shelterRoutes } from "./shelters.routes.ts";
import { errors, IdParams } from "./fs-http.ts";

export type FsRouteDeps = { db: Db; pool?: pg.Pool; config: { law: LawConfig }; now?: () => Date };

/**
 * The family support centre (R5.2; 001 Arts. 10(2), 54, 55, 72(2),(5)): records of victims,
 * registration in a difficult life situation, assistance plans, services, shelters and stays, the
 * centre's worklist. Writes honour Idempotency-Key (http/idempotency.ts) like every other POST.
 */
export function familySupportRoutes(app: FastifyInstance, deps: FsRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const md = measureDeps(deps);
  const tags = ["family-support"];

  r.post(
    "/api/v1/family-support/victims",
    {
      schema: {
        tags,
        summary: "Open a record of a victim of domestic violence at the user's centre (001 Art. 10(2)(10))",
        body: VictimRecordCreate,
        response: { 201: VictimRecord, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const id = await openVictimRecord(md, ctx, req.body);
      return reply.code(201).send(await readVictimRecord(md, ctx, id));
    },
  );

  r.get(
    "/api/v1/family-support/victims",
    {
      schema: {
        tags,
        summary: "Records of victims in the user's territory (victims' data, audited)",
        querystring: VictimRecordQuery,
        response: { 200: VictimRecordPage, ...errors },
      },
    },
    async (req) => listVictimRecords(md, actCtx(req), req.query),
  );

  r.post(
    "/api/v1/family-support/victims/:id/close",
    {
      schema: {
        tags,
        summary: "Close a record of a victim",
        params: IdParams,
        body: VictimRecordClose,
        response: { 200: VictimRecord, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await closeVictimRecord(md, ctx, req.params.id, req.body);
      return readVictimRecord(md, ctx, req.params.id);
    },
  );

  r.post(
    "/api/v1/family-support/registrations",
    {
      schema: {
        tags,
        summary:
          "Register a person (family) in a difficult life situation (001 Art. 54(1)): the measure difficult_life_situation_registration; a body other than a family support centre is refused (422, 54(1))",
        body: RegistrationCreate,
        response: { 201: MeasureCreated, ...errors },
      },
    },
    async (req, reply) => {
      const measureId = await registerFamily(md, actCtx(req), req.body);
      return reply.code(201).send({ measureId });
    },
  );

  r.post(
    "/api/v1/family-support/services",
    {
      schema: {
        tags,
        summary: "Record a service delivered by the user's centre (001 Arts. 10(2)(3), 72(2))",
        body: FamilyServiceCreate,
        response: { 201: FamilyService, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const id = await recordService(md, ctx, req.body);
      const page = await listServices(md, ctx, { id, page: 1, pageSize: 1 });
      return reply.code(201).send(page.items[0]!);
    },
  );

  r.get(
    "/api/v1/family-support/services",
    {
      schema: {
        tags,
        summary: "Services delivered in the user's territory (victims' data, audited)",
        querystring: FamilyServiceQuery,
        response: { 200: FamilyServicePage, ...errors },
      },
    },
    async (req) => listServices(md, actCtx(req), req.query),
  );

  r.get(
    "/api/v1/family-support/worklist",
    {
      schema: {
        tags,
        summary:
          "The centre's worklist: plan steps due and overdue, stays ending and overdue, notices not yet accepted",
        response: { 200: FamilySupportWorklist, ...errors },
      },
    },
    async (req) => centreWorklist(md, actCtx(req)),
  );

  planRoutes(app, md);
  shelterRoutes(app, md);
}
