import { Button, Group, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { LawCitation, todayIso } from "../../format.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { FamilySelect, MemberSelect } from "./FsPickers.tsx";
import { FsSections } from "./FsSections.tsx";
import type { FamilyRef } from "./fsTypes.ts";
import { blankStep, PlanStepFields, stepChecks, stepInput, type StepForm } from "./PlanStepFields.tsx";

const ARTICLE = "001 Art. 55(1)";

/**
 * `/family-support/plans/new?familyId=`: a new individual assistance plan (001 Arts. 55(1), 72(5)) —
 * the family and the member it is for, its term, its goal and its steps, each with the body
 * responsible (sent to it as a hand-off) and a due date within the term. Saved as the measure
 * `social_adaptation_plan`; the page of the plan opens after.
 */
export function PlanNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const search = useSearch({ strict: false }) as { familyId?: unknown };
  const givenFamilyId = typeof search.familyId === "string" ? search.familyId : null;
  const given = useQuery({
    queryKey: fsKeys.family(givenFamilyId ?? ""),
    queryFn: () => fsApi.family(givenFamilyId!),
    enabled: givenFamilyId !== null,
  });
  const [family, setFamily] = useState<FamilyRef | null>(null);
  useEffect(() => {
    if (given.data && family === null) setFamily({ id: given.data.id, label: given.data.label });
  }, [given.data, family]);
  const [personId, setPersonId] = useState<string | null>(null);
  const [from, setFrom] = useState(() => todayIso());
  const [until, setUntil] = useState("");
  const [goal, setGoal] = useState("");
  const [steps, setSteps] = useState<StepForm[]>([blankStep()]);
  const change = (i: number, patch: Partial<StepForm>) =>
    setSteps((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const plan = { from, until };
  const current = {
    familyId: family?.id ?? "",
    personId: personId ?? "",
    from,
    until,
    goal: goal.trim(),
    steps: steps.map(stepInput),
  };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.createPlan(body),
    onSuccess: async (saved) => {
      notifySaved(t("familySupport.plan.created"));
      await queryClient.invalidateQueries({ queryKey: fsKeys.all });
      await queryClient.invalidateQueries({ queryKey: ["families"] });
      void navigate({ to: "/family-support/plans/$measureId", params: { measureId: saved.measureId } });
    },
  });
  const req = (ok: boolean, label: string) => (ok ? undefined : t("forms.required", { label: t(label) }));
  const checks: Record<string, string | undefined> = {
    familyId: req(family !== null, "familySupport.field.family"),
    personId: req(personId !== null, "familySupport.field.person"),
    from: req(from !== "", "familySupport.field.from"),
    until:
      until === ""
        ? req(false, "familySupport.field.until")
        : until < from
          ? t("familySupport.check.untilBeforeFrom")
          : undefined,
    goal: req(goal.trim() !== "", "familySupport.field.goal"),
    steps: steps.length === 0 ? t("familySupport.check.stepsRequired") : undefined,
  };
  steps.forEach((s, i) => Object.assign(checks, stepChecks(t, s, plan, `steps.${i}.`, i + 1)));
  const form = useFormErrors({
    formId: "fs-plan",
    fields: [
      "familyId",
      "personId",
      "from",
      "until",
      "goal",
      "steps",
      ...steps.flatMap((_, i) =>
        ["area", "title", "responsibleBodyId", "dueOn"].map((f) => `steps.${i}.${f}`),
      ),
    ],
    checks,
    save,
    current,
  });
  return (
    <>
      <PageTitle>{t("familySupport.plan.new")}</PageTitle>
      <FsSections current={null} />
      <Text size="sm" c="dimmed" mb="md">
        {t("familySupport.plan.newIntro")} <LawCitation code={ARTICLE} />
      </Text>
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack maw={960}>
          <FormErrorSummary form={form} testId="fs-plan-error" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FamilySelect
              id={form.id("familyId")}
              label={t("familySupport.field.family")}
              required
              value={family}
              onChange={(f) => {
                setFamily(f);
                setPersonId(null);
              }}
              error={form.err("familyId")}
              testId="fs-plan-family"
            />
            <MemberSelect
              id={form.id("personId")}
              label={t("familySupport.field.planPerson")}
              required
              familyId={family?.id ?? null}
              value={personId}
              onChange={setPersonId}
              error={form.err("personId")}
              testId="fs-plan-person"
            />
            <DateField
              id={form.id("from")}
              label={t("familySupport.field.from")}
              required
              value={from}
              onChange={setFrom}
              error={form.err("from")}
              data-testid="fs-plan-from"
            />
            <DateField
              id={form.id("until")}
              label={lawLabel(t("familySupport.field.until"), ARTICLE)}
              required
              value={until}
              min={from || undefined}
              onChange={setUntil}
              error={form.err("until")}
              data-testid="fs-plan-until"
            />
          </SimpleGrid>
          <Textarea
            id={form.id("goal")}
            label={t("familySupport.field.goal")}
            required
            autosize
            minRows={2}
            value={goal}
            onChange={(e) => setGoal(e.currentTarget.value)}
            error={form.err("goal")}
            data-testid="fs-plan-goal"
          />
          {steps.map((s, i) => (
            <PlanStepFields
              key={i}
              step={s}
              legend={t("familySupport.plan.stepN", { n: i + 1 })}
              plan={plan}
              onChange={(patch) => change(i, patch)}
              id={(f) => form.id(`steps.${i}.${f}`)}
              err={(f) => form.err(`steps.${i}.${f}`)}
              onRemove={steps.length > 1 ? () => setSteps((all) => all.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          <Group justify="space-between">
            <Button
              variant="default"
              onClick={() => setSteps((all) => [...all, blankStep()])}
              data-testid="fs-plan-add-step"
            >
              {t("familySupport.plan.addStep")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="fs-plan-save">
              {t("familySupport.plan.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
