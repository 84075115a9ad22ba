import { ActionIcon, Fieldset, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { lawCitation } from "../../format.ts";
import { BodySelect, type BodyOption } from "../../components/BodySelect.tsx";
import { DateField } from "../../components/DateField.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { PLAN_STEP_AREAS, stepProblems, type StepDraft } from "./fsDomain.ts";

/** A step as the form holds it: the chosen body with its name, for the picker to show. */
export interface StepForm extends Omit<StepDraft, "responsibleBodyId"> {
  body: BodyOption | null;
}

/** Each step is carried out by an authorised subject, by its due date (001 Art. 55(1)). */
const STEP_ARTICLE = "001 Art. 55(1)";

export const blankStep = (): StepForm => ({ area: "social", title: "", body: null, dueOn: "" });

export const draftOf = (s: StepForm): StepDraft => ({ ...s, responsibleBodyId: s.body?.id ?? null });

/** The step as the API takes it. */
export const stepInput = (s: StepForm) => ({
  area: s.area,
  title: s.title.trim(),
  responsibleBodyId: s.body?.id ?? null,
  dueOn: s.dueOn,
});

/** The form's own messages for the step at `prefix` ("steps.0."), in the user's language. */
export function stepChecks(
  t: TFunction,
  s: StepForm,
  plan: { from: string; until: string },
  prefix: string,
  n?: number,
): Record<string, string | undefined> {
  const problems = stepProblems(draftOf(s), plan);
  const named = (key: string | undefined) =>
    key === undefined
      ? undefined
      : n === undefined
        ? t(key)
        : `${t("familySupport.plan.stepN", { n })}: ${t(key)}`;
  return {
    [`${prefix}title`]: named(problems.title),
    // The law requires it (001 Art. 55(1)): the message says where.
    [`${prefix}responsibleBodyId`]:
      problems.responsibleBodyId &&
      `${named(problems.responsibleBodyId)} — ${t("errors.article", { article: lawCitation(t, STEP_ARTICLE) })}`,
    [`${prefix}dueOn`]: named(problems.dueOn),
  };
}

interface Props {
  step: StepForm;
  onChange: (patch: Partial<StepForm>) => void;
  /** The element id and the message of an input by its name within the step. */
  id: (field: string) => string;
  err: (field: string) => string | undefined;
  plan: { from: string; until: string };
  legend: string;
  onRemove?: (() => void) | undefined;
}

/**
 * One step of an individual assistance plan (001 Art. 55(1), 72(5)): its area, what is to be done,
 * the body responsible for it (it receives the step as a hand-off) and its due date within the plan.
 */
export function PlanStepFields({ step, onChange, id, err, plan, legend, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend} data-testid="fs-plan-step" pos="relative">
      {onRemove && (
        <ActionIcon
          variant="subtle"
          color="red"
          pos="absolute"
          top={8}
          right={8}
          onClick={onRemove}
          aria-label={t("familySupport.plan.removeStep", { legend })}
          data-testid="fs-plan-step-remove"
        >
          ×
        </ActionIcon>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          id={id("area")}
          label={t("familySupport.field.area")}
          value={step.area}
          data={PLAN_STEP_AREAS.map((a) => ({ value: a, label: t(`familySupport.area.${a}`) }))}
          onChange={(e) => onChange({ area: e.currentTarget.value })}
          error={err("area")}
          data-testid="fs-step-area"
        />
        <TextInput
          id={id("title")}
          label={t("familySupport.field.stepTitle")}
          required
          value={step.title}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
          error={err("title")}
          data-testid="fs-step-title"
        />
        <div id={id("responsibleBodyId")}>
          <BodySelect
            label={t("familySupport.field.responsibleBody")}
            description={t("familySupport.field.responsibleBodyHint")}
            required
            value={step.body}
            onChange={(body) => onChange({ body })}
            error={err("responsibleBodyId")}
            testId="fs-step-body"
          />
        </div>
        <DateField
          id={id("dueOn")}
          label={lawLabel(t("familySupport.field.dueOn"), STEP_ARTICLE)}
          required
          value={step.dueOn}
          min={plan.from || undefined}
          max={plan.until || undefined}
          onChange={(dueOn) => onChange({ dueOn })}
          error={err("dueOn")}
          data-testid="fs-step-due"
        />
      </SimpleGrid>
    </Fieldset>
  );
}
