import { Button, Checkbox, Fieldset, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../api/errors.ts";
import { NPM_VISIT_FORMS, NPM_VISIT_KINDS, npmApi, npmKeys } from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";

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
  const save = useMutation({
    mutationFn: () => npmApi.createPlan({ title, periodFrom, periodUntil, visits: visits.map(toInput) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: npmKeys.all });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const err = (field: string) => fieldError(t, save.error, field);
  const active = (participants.data?.items ?? []).filter((p) => p.powersActive);
  return (
    <Modal opened onClose={onClose} title={t("npm.plan.create")} size="xl">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t("npm.plan.titleLabel")}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={err("title")}
            data-testid="npm-plan-title"
          />
          <SimpleGrid cols={2}>
            <TextInput
              type="date"
              label={t("npm.plan.periodFrom")}
              required
              value={periodFrom}
              onChange={(e) => setPeriodFrom(e.currentTarget.value)}
              error={err("periodFrom")}
              data-testid="npm-plan-from"
            />
            <TextInput
              type="date"
              label={t("npm.plan.periodUntil")}
              required
              value={periodUntil}
              onChange={(e) => setPeriodUntil(e.currentTarget.value)}
              error={err("periodUntil")}
              data-testid="npm-plan-until"
            />
          </SimpleGrid>
          {visits.map((v, i) => (
            <Fieldset key={i} legend={t("npm.plan.visitN", { n: i + 1 })} data-testid="npm-plan-visit">
              <SimpleGrid cols={2}>
                <NativeSelect
                  label={t("npm.visit.kind")}
                  value={v.kind}
                  onChange={(e) => change(i, { kind: e.currentTarget.value })}
                  data={NPM_VISIT_KINDS.map((k) => ({ value: k, label: t(`npm.visitKind.${k}`) }))}
                  data-testid="npm-plan-visit-kind"
                />
                <NativeSelect
                  label={t("npm.visit.form")}
                  value={v.form}
                  onChange={(e) => change(i, { form: e.currentTarget.value })}
                  data={NPM_VISIT_FORMS.map((k) => ({ value: k, label: t(`npm.visitForm.${k}`) }))}
                  data-testid="npm-plan-visit-form"
                />
                <TextInput
                  type="date"
                  label={t("npm.visit.from")}
                  required
                  value={v.from}
                  onChange={(e) => change(i, { from: e.currentTarget.value })}
                  data-testid="npm-plan-visit-from"
                />
                <TextInput
                  type="date"
                  label={t("npm.visit.to")}
                  required
                  value={v.to}
                  onChange={(e) => change(i, { to: e.currentTarget.value })}
                  data-testid="npm-plan-visit-to"
                />
              </SimpleGrid>
              <Checkbox.Group
                label={t("npm.visit.institutions")}
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
                label={t("npm.visit.group")}
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
                    label={t("npm.plan.topic")}
                    required
                    value={v.topic}
                    onChange={(e) => change(i, { topic: e.currentTarget.value })}
                    error={err(`visits.${i}.topic`)}
                    data-testid="npm-plan-visit-topic"
                  />
                  <Checkbox.Group
                    label={t("npm.plan.topicExperts")}
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
          <ErrorAlert
            error={save.error}
            fields={["title", "periodFrom", "periodUntil"]}
            testId="npm-plan-error"
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="npm-plan-save" />
        </Stack>
      </form>
    </Modal>
  );
}
