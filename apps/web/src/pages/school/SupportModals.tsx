import { Modal, Stack, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import { blankSupportStep, SupportStepFields } from "./CouncilParts.tsx";
import { schoolApi, schoolKeys } from "./schoolApi.ts";
import type { SupportStep, SupportStepInput } from "./schoolTypes.ts";

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: schoolKeys.all });
}

/** Adds a step to a running plan of pedagogical support (001 Art. 78(3)). */
export function AddSupportStepModal({ measureId, onClose }: { measureId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [step, setStep] = useState<SupportStepInput>(blankSupportStep());
  const current = { ...step, activity: step.activity.trim(), responsible: step.responsible.trim() };
  const save = useMutation({
    mutationFn: (body: SupportStepInput) => schoolApi.addStep(measureId, body),
    onSuccess: async () => {
      notifySaved(t("school.support.stepAdded"));
      await refresh();
      onClose();
    },
  });
  const req = (ok: boolean, label: string) => (ok ? undefined : t("forms.required", { label: t(label) }));
  const form = useFormErrors({
    formId: "school-step",
    fields: ["activity", "responsible", "dueOn"],
    checks: {
      activity: req(current.activity !== "", "school.field.activity"),
      responsible: req(current.responsible !== "", "school.field.responsible"),
      dueOn: req(step.dueOn !== "", "school.field.dueOn"),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t("school.support.addStep")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="school-step-error" />
          <SupportStepFields
            step={step}
            n={1}
            onChange={(patch) => setStep((s) => ({ ...s, ...patch }))}
            id={form.id}
            err={form.err}
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="school-step-save" />
        </Stack>
      </form>
    </Modal>
  );
}

/** Records a step done, on its day, with its result. */
export function StepDoneModal({
  measureId,
  step,
  onClose,
}: {
  measureId: string;
  step: SupportStep;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [doneOn, setDoneOn] = useState(() => todayIso());
  const [result, setResult] = useState("");
  const current = { doneOn, result: result.trim() };
  const save = useMutation({
    mutationFn: (body: typeof current) => schoolApi.stepDone(measureId, step.id, body),
    onSuccess: async () => {
      notifySaved(t("school.support.stepDone"));
      await refresh();
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "school-step-done",
    fields: ["doneOn", "result"],
    checks: {
      doneOn: doneOn ? undefined : t("forms.required", { label: t("school.field.doneOn") }),
      result: current.result ? undefined : t("forms.required", { label: t("school.field.result") }),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={step.activity}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="school-step-done-error" />
          <DateField
            id={form.id("doneOn")}
            label={t("school.field.doneOn")}
            required
            value={doneOn}
            max={todayIso()}
            onChange={setDoneOn}
            error={form.err("doneOn")}
          />
          <Textarea
            id={form.id("result")}
            label={t("school.field.result")}
            required
            autosize
            minRows={2}
            value={result}
            onChange={(e) => setResult(e.currentTarget.value)}
            error={form.err("result")}
            data-testid="school-step-result"
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="school-step-done-save" />
        </Stack>
      </form>
    </Modal>
  );
}
