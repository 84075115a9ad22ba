import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AssistancePlan,
  PdfLangQuery,
  PlanClose,
  PlanCreate,
  PlanStepFactCreate,
  PlanStepInput,
} from "@aldyn/contract";
import { actCtx, type MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { errors } from "./fs-http.ts";
import { addPlanSteps, openAssistancePlan } from "./open-plan.ts";
import { readAssistancePlan } from "./read-plan.ts";
import { recordStepFact } from "./plan-step-facts.ts";
import { closeAssistancePlan } from "./close-plan.ts";
import { sendPdf } from "../documents/send-pdf.ts";
import { assistancePlanPdf } from "./fs-documents.ts";

const PlanParams = z.object({ measureId: z.uuid() });
const StepParams = z.object({ measureId: z.uuid(), stepId: z.uuid() });
const tags = ["family-support"];

/** Individual assistance plans (001 Arts. 55(1), 72(5)): open, read, steps, their facts, closing. */
export function planRoutes(app: FastifyInstance, md: MeasureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/family-support/plans",
    {
      schema: {
        tags,
        summary:
          "Open an individual assistance plan (001 Art. 55(1)): the measure social_adaptation_plan with its steps, each sent to its responsible body as a hand-off; a step without a responsible body is a 422 and nothing is written",
        body: PlanCreate,
        response: { 201: AssistancePlan, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      const id = await openAssistancePlan(md, ctx, req.body);
      return reply.code(201).send(await readAssistancePlan(md, ctx, id));
    },
  );

  r.get(
    "/api/v1/family-support/plans/:measureId",
    {
      schema: {
        tags,
        summary: "A plan with its steps, their states and hand-offs, progress and assessment (audited)",
        params: PlanParams,
        response: { 200: AssistancePlan, ...errors },
      },
    },
    async (req) => readAssistancePlan(md, actCtx(req), req.params.measureId),
  );

  r.post(
    "/api/v1/family-support/plans/:measureId/steps",
    {
      schema: {
        tags,
        summary: "Add steps to an open plan (each sent to its responsible body)",
        params: PlanParams,
        body: z.strictObject({ steps: z.array(PlanStepInput).min(1).max(50) }),
        response: { 201: AssistancePlan, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await addPlanSteps(md, ctx, req.params.measureId, req.body.steps);
      return reply.code(201).send(await readAssistancePlan(md, ctx, req.params.measureId));
    },
  );

  r.post(
    "/api/v1/family-support/plans/:measureId/steps/:stepId/facts",
    {
      schema: {
        tags,
        summary: "Record progress, done, not done or cancelled on a step",
        params: StepParams,
        body: PlanStepFactCreate,
        response: { 201: AssistancePlan, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = actCtx(req);
      await recordStepFact(md, ctx, req.params.measureId, req.params.stepId, req.body);
      return reply.code(201).send(await readAssistancePlan(md, ctx, req.params.measureId));
    },
  );

  r.post(
    "/api/v1/family-support/plans/:measureId/close",
    {
      schema: {
        tags,
        summary:
          "Close the plan with its outcome and assessment: the measure's termination fact and the assessment, one transaction (refused while a step is open)",
        params: PlanParams,
        body: PlanClose,
        response: { 200: AssistancePlan, ...errors },
      },
    },
    async (req) => {
      const ctx = actCtx(req);
      await closeAssistancePlan(md, ctx, req.params.measureId, req.body);
      return readAssistancePlan(md, ctx, req.params.measureId);
    },
  );

  r.get(
    "/api/v1/family-support/plans/:measureId/pdf",
    {
      schema: {
        tags,
        summary: "The individual assistance plan printed in Kazakh or Russian (001 Arts. 55(1), 72(5))",
        params: PlanParams,
        querystring: PdfLangQuery,
        response: errors,
      },
    },
    async (req, reply) => {
      const pdf = await assistancePlanPdf(md, actCtx(req), req.params.measureId, req.query.lang);
      return sendPdf(reply, pdf, `assistance-plan-${req.params.measureId.slice(0, 8)}-${req.query.lang}.pdf`);
    },
  );
}
