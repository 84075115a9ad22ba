import { Modal, NativeSelect, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { checkInstant, LawCitation, todayIso } from "../../format.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { PLAN_OUTCOMES, PLAN_STEP_FACT_TYPES } from "./fsDomain.ts";
import type { AssistancePlan as PlanDetail, PlanStep } from "./fsTypes.ts";
import { blankStep, PlanStepFields, stepChecks, stepInput, type StepForm } from "./PlanStepFields.tsx";

function useRefresh(plan: PlanDetail) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: fsKeys.plan(plan.measureId) });
    await queryClient.invalidateQueries({ queryKey: fsKeys.worklist });
  };
}

/** Records progress on a step, or how it ended: done, not done, cancelled (001 Art. 55(1)). */
export function StepFactModal({
  plan,
  step,
  onClose,
}: {
  plan: PlanDetail;
  step: PlanStep;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefresh(plan);
  const [type, setType] = useState<string>("progress");
  const [on, setOn] = useState(() => todayIso());
  const [note, setNote] = useState("");
  const current = { type, at: on ? checkInstant(on) : "", ...(note.trim() ? { note: note.trim() } : {}) };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.stepFact(plan.measureId, step.id, body),
    onSuccess: async () => {
      notifySaved(t("familySupport.plan.recorded"));
      await refresh();
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "fs-step-fact",
    fields: ["type", "at", "note"],
    checks: {
      at: on ? undefined : t("forms.required", { label: t("familySupport.field.on") }),
      // An ending other than "done" says why (what the next plan or the assessment reads).
      note:
        (type === "not_done" || type === "cancelled" || type === "progress") && !note.trim()
          ? t("forms.required", { label: t("familySupport.field.note") })
          : undefined,
    },
    save,
    current,
  });
  return (
    <Modal opened onClose={onClose} title={step.title} closeButtonProps={{ "aria-label": t("common.close") }}>
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="fs-step-fact-error" />
          <Radio.Group
            id={form.id("type")}
            label={t("familySupport.field.factType")}
            value={type}
            onChange={setType}
            error={form.err("type")}
          >
            <Stack gap={6} mt={4}>
              {PLAN_STEP_FACT_TYPES.map((f) => (
                <Radio
                  key={f}
                  value={f}
                  label={t(`familySupport.factType.${f}`)}
                  data-testid={`fs-fact-${f}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          <DateField
            id={form.id("at")}
            label={t("familySupport.field.on")}
            required
            value={on}
            max={todayIso()}
            onChange={setOn}
            error={form.err("at")}
          />
          <Textarea
            id={form.id("note")}
            label={t("familySupport.field.note")}
            required={type !== "done"}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={form.err("note")}
            data-testid="fs-fact-note"
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="fs-fact-save" />
        </Stack>
      </form>
    </Modal>
  );
}

/** Adds a step to a running plan; its responsible body receives it as a hand-off (001 Art. 72(5)). */
export function AddStepModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(plan);
  const [step, setStep] = useState<StepForm>(blankStep);
  const current = stepInput(step);
  const term = { from: plan.from ?? "", until: plan.until ?? "" };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.addStep(plan.measureId, body),
    onSuccess: async () => {
      notifySaved(t("familySupport.plan.stepAdded"));
      await refresh();
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "fs-add-step",
    fields: ["area", "title", "responsibleBodyId", "dueOn"],
    checks: stepChecks(t, step, term, ""),
    // The API takes a list of steps: its refusals name `steps.0.dueOn`.
    aliases: {
      "steps.0.area": "area",
      "steps.0.title": "title",
      "steps.0.responsibleBodyId": "responsibleBodyId",
      "steps.0.dueOn": "dueOn",
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("familySupport.plan.addStep")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="fs-add-step-error" />
          <PlanStepFields
            step={step}
            legend={t("familySupport.plan.stepN", { n: plan.steps.length + 1 })}
            plan={term}
            onChange={(patch) => setStep((s) => ({ ...s, ...patch }))}
            id={form.id}
            err={form.err}
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="fs-add-step-save" />
        </Stack>
      </form>
    </Modal>
  );
}

/** Closes the plan with its outcome and the assessment of its results (001 Art. 55(1)). */
export function PlanCloseModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(plan);
  const [outcome, setOutcome] = useState<string>("");
  const [assessment, setAssessment] = useState("");
  const [on, setOn] = useState(() => todayIso());
  const current = {
    outcome,
    assessment: assessment.trim(),
    at: on ? checkInstant(on) : "",
    version: plan.version,
  };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.closePlan(plan.measureId, body),
    onSuccess: async () => {
      notifySaved(t("familySupport.plan.closed"));
      await refresh();
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "fs-plan-close",
    fields: ["outcome", "assessment", "at"],
    checks: {
      outcome: outcome ? undefined : t("forms.required", { label: t("familySupport.field.outcome") }),
      assessment: assessment.trim()
        ? undefined
        : t("forms.required", { label: t("familySupport.field.assessment") }),
      at: on ? undefined : t("forms.required", { label: t("familySupport.field.on") }),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("familySupport.plan.closeTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t("familySupport.plan.closeIntro")} <LawCitation code="001 Art. 55(1)" />
          </Text>
          <FormErrorSummary form={form} testId="fs-plan-close-error" />
          <NativeSelect
            id={form.id("outcome")}
            label={t("familySupport.field.outcome")}
            required
            value={outcome}
            data={[
              { value: "", label: "—" },
              ...PLAN_OUTCOMES.map((o) => ({ value: o, label: t(`familySupport.outcome.${o}`) })),
            ]}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            error={form.err("outcome")}
            data-testid="fs-close-outcome"
          />
          <Textarea
            id={form.id("assessment")}
            label={t("familySupport.field.assessment")}
            required
            autosize
            minRows={3}
            value={assessment}
            onChange={(e) => setAssessment(e.currentTarget.value)}
            error={form.err("assessment")}
            data-testid="fs-close-assessment"
          />
          <DateField
            id={form.id("at")}
            label={t("familySupport.field.on")}
            required
            value={on}
            max={todayIso()}
            onChange={setOn}
            error={form.err("at")}
          />
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            label={t("familySupport.plan.close")}
            testId="fs-close-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
