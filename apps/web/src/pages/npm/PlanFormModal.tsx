import { Button, Checkbox, Fieldset, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NPM_VISIT_FORMS, NPM_VISIT_KINDS, npmApi, npmKeys } from "../../api/npm.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useMarkSaved } from "../../components/savedRow.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { DateField } from "../../components/DateField.tsx";

interface PlannedVisit {
  kind: string;
  form: string;
  from: string;
  to: string;
  institutionIds: string[];
  groupParticipantIds: string[];
  /** Thematic visits (003 pp.7(2), 9): the topic, the members expert on it, the Council's decision. */
  topic: string;
  topicExpertIds: string[];
  councilDecisionOnComposition: boolean;
}
const blankVisit = (): PlannedVisit => ({
  kind: "periodic",
  form: "one_time",
  from: "",
  to: "",
  institutionIds: [],
  groupParticipantIds: [],
  topic: "",
  topicExpertIds: [],
  councilDecisionOnComposition: false,
});

/** The visit as sent: thematic fields only for a thematic visit, experts only among the group. */
function toInput(v: PlannedVisit) {
  const { topic, topicExpertIds, councilDecisionOnComposition, ...rest } = v;
  if (v.form !== "thematic") return rest;
  return {
    ...rest,
    ...(topic.trim() ? { topic: topic.trim() } : {}),
    topicExpertIds: topicExpertIds.filter((id) => v.groupParticipantIds.includes(id)),
    councilDecisionOnComposition,
  };
}

/**
 * The Coordinating Council's plan (003 p.6): dates, institutions, visits and their groups. The
 * server applies the law (group limits of 003 p.8 and the rest); a refusal shows its rule.
 */
export function PlanFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const institutions = useQuery({
    queryKey: npmKeys.institutions("", ""),
    queryFn: () => npmApi.institutions({}),
  });
  const participants = useQuery({ queryKey: npmKeys.participants, queryFn: () => npmApi.participants() });
  const [title, setTitle] = useState("");
  const [periodFrom, setPeriodFrom] = useState("");
  const [periodUntil, setPeriodUntil] = useState("");
  const [visits, setVisits] = useState<PlannedVisit[]>([blankVisit()]);
  const change = (i: number, patch: Partial<PlannedVisit>) =>
    setVisits((all) => all.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  const markSaved = useMarkSaved();
  const current = { title, periodFrom, periodUntil, visits: visits.map(toInput) };
  const save = useMutation({
    mutationFn: (plan: typeof current) => npmApi.createPlan(plan),
    onSuccess: async (saved) => {
      markSaved(saved.id);
      notifySaved(t("forms.saved.plan"));
      await queryClient.invalidateQueries({ queryKey: npmKeys.all });
      onClose();
    },
  });
  const required = (filled: boolean, label: string) => (filled ? undefined : t("forms.required", { label }));
  /** A visit's input is named with the visit's number: the list at the top says which visit. */
  const ofVisit = (i: number, label: string) => `${t("npm.plan.visitN", { n: i + 1 })}: ${t(label)}`;
  const checks: Record<string, string | undefined> = {
    title: required(title.trim() !== "", t("npm.plan.titleLabel")),
    periodFrom: required(periodFrom !== "", t("npm.plan.periodFrom")),
    periodUntil: required(periodUntil !== "", t("npm.plan.periodUntil")),
  };
  visits.forEach((v, i) => {
    checks[`visits.${i}.from`] = required(v.from !== "", ofVisit(i, "npm.visit.from"));
    checks[`visits.${i}.to`] = required(v.to !== "", ofVisit(i, "npm.visit.to"));
    checks[`visits.${i}.institutionIds`] = required(
      v.institutionIds.length > 0,
      ofVisit(i, "npm.visit.institutions"),
    );
    if (v.form === "thematic")
      checks[`visits.${i}.topic`] = required(v.topic.trim() !== "", ofVisit(i, "npm.plan.topic"));
  });
  const form = useFormErrors({
    formId: "npm-plan",
    fields: [
      "title",
      "periodFrom",
      "periodUntil",
      ...visits.flatMap((_, i) => [
        `visits.${i}.kind`,
        `visits.${i}.form`,
        `visits.${i}.from`,
        `visits.${i}.to`,
        `visits.${i}.institutionIds`,
        `visits.${i}.groupParticipantIds`,
        `visits.${i}.topic`,
        `visits.${i}.topicExpertIds`,
      ]),
    ],
    checks,
    save,
    current,
  });
  const err = form.err;
  const id = form.id;
  const active = (participants.data?.items ?? []).filter((p) => p.powersActive);
  return (
    <Modal opened onClose={onClose} title={t("npm.plan.create")} size="xl">
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="npm-plan-error" />
          <TextInput
            id={id("title")}
            label={t("npm.plan.titleLabel")}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={err("title")}
            data-testid="npm-plan-title"
          />
          <SimpleGrid cols={2}>
            <DateField
              id={id("periodFrom")}
              label={t("npm.plan.periodFrom")}
              required
              value={periodFrom}
              onChange={(date) => setPeriodFrom(date)}
              error={err("periodFrom")}
              data-testid="npm-plan-from"
            />
            <DateField
              id={id("periodUntil")}
              label={t("npm.plan.periodUntil")}
              required
              value={periodUntil}
              onChange={(date) => setPeriodUntil(date)}
              error={err("periodUntil")}
              data-testid="npm-plan-until"
            />
          </SimpleGrid>
          {visits.map((v, i) => (
            <Fieldset key={i} legend={t("npm.plan.visitN", { n: i + 1 })} data-testid="npm-plan-visit">
              <SimpleGrid cols={2}>
                <NativeSelect
                  id={id(`visits.${i}.kind`)}
                  label={t("npm.visit.kind")}
                  value={v.kind}
                  onChange={(e) => change(i, { kind: e.currentTarget.value })}
                  data={NPM_VISIT_KINDS.map((k) => ({ value: k, label: t(`npm.visitKind.${k}`) }))}
                  error={err(`visits.${i}.kind`)}
                  data-testid="npm-plan-visit-kind"
                />
                <NativeSelect
                  id={id(`visits.${i}.form`)}
                  label={t("npm.visit.form")}
                  value={v.form}
                  onChange={(e) => change(i, { form: e.currentTarget.value })}
                  data={NPM_VISIT_FORMS.map((k) => ({ value: k, label: t(`npm.visitForm.${k}`) }))}
                  error={err(`visits.${i}.form`)}
                  data-testid="npm-plan-visit-form"
                />
                <DateField
                  id={id(`visits.${i}.from`)}
                  label={t("npm.visit.from")}
                  required
                  error={err(`visits.${i}.from`)}
                  value={v.from}
                  onChange={(date) => change(i, { from: date })}
                  data-testid="npm-plan-visit-from"
                />
                <DateField
                  id={id(`visits.${i}.to`)}
                  label={t("npm.visit.to")}
                  required
                  error={err(`visits.${i}.to`)}
                  value={v.to}
                  onChange={(date) => change(i, { to: date })}
                  data-testid="npm-plan-visit-to"
                />
              </SimpleGrid>
              <Checkbox.Group
                id={id(`visits.${i}.institutionIds`)}
                label={t("npm.visit.institutions")}
                required
                error={err(`visits.${i}.institutionIds`)}
                value={v.institutionIds}
                onChange={(ids) => change(i, { institutionIds: ids })}
                mt="sm"
              >
                <Stack gap={4} mt={4}>
                  {(institutions.data?.items ?? []).map((inst) => (
                    <Checkbox
                      key={inst.id}
                      value={inst.id}
                      label={inst.name}
                      data-testid="npm-plan-institution"
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
              <Checkbox.Group
                id={id(`visits.${i}.groupParticipantIds`)}
                label={t("npm.visit.group")}
                error={err(`visits.${i}.groupParticipantIds`)}
                value={v.groupParticipantIds}
                onChange={(ids) => change(i, { groupParticipantIds: ids })}
                mt="sm"
              >
                <Stack gap={4} mt={4}>
                  {active.map((p) => (
                    <Checkbox
                      key={p.id}
                      value={p.id}
                      label={`${p.fullName} (${p.regionCode})`}
                      data-testid="npm-plan-member"
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
              {v.form === "thematic" && (
                <Stack gap="xs" mt="sm">
                  <TextInput
                    id={id(`visits.${i}.topic`)}
                    label={t("npm.plan.topic")}
                    required
                    value={v.topic}
                    onChange={(e) => change(i, { topic: e.currentTarget.value })}
                    error={err(`visits.${i}.topic`)}
                    data-testid="npm-plan-visit-topic"
                  />
                  <Checkbox.Group
                    id={id(`visits.${i}.topicExpertIds`)}
                    label={t("npm.plan.topicExperts")}
                    error={err(`visits.${i}.topicExpertIds`)}
                    description={t("npm.plan.topicExpertsHint")}
                    value={v.topicExpertIds}
                    onChange={(ids) => change(i, { topicExpertIds: ids })}
                  >
                    <Stack gap={4} mt={4}>
                      {active
                        .filter((p) => v.groupParticipantIds.includes(p.id))
                        .map((p) => (
                          <Checkbox
                            key={p.id}
                            value={p.id}
                            label={`${p.fullName} (${p.regionCode})`}
                            data-testid="npm-plan-topic-expert"
                          />
                        ))}
                    </Stack>
                  </Checkbox.Group>
                  <Checkbox
                    label={t("npm.plan.councilDecisionOnComposition")}
                    checked={v.councilDecisionOnComposition}
                    onChange={(e) => change(i, { councilDecisionOnComposition: e.currentTarget.checked })}
                    data-testid="npm-plan-council-decision"
                  />
                </Stack>
              )}
              {visits.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  mt="sm"
                  onClick={() => setVisits((all) => all.filter((_, j) => j !== i))}
                >
                  {t("npm.plan.removeVisit", { n: i + 1 })}
                </Button>
              )}
            </Fieldset>
          ))}
          <Button variant="light" onClick={() => setVisits((all) => [...all, blankVisit()])}>
            {t("npm.plan.addVisit")}
          </Button>
          <FormFooter onCancel={onClose} saving={save.isPending} testId="npm-plan-save" />
        </Stack>
      </form>
    </Modal>
  );
}
