import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { NPM_VISIT_FORMS, NPM_VISIT_KINDS, npmApi, npmKeys } from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useNpmNames } from "./useNpmNames.ts";

/**
 * A visit decided with its group (003 pp.3-11): from a planned visit of an approved plan (its
 * dates, institutions and group are copied) or on its own. The server applies the group limits.
 */
export function VisitFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { institutions, participants } = useNpmNames();
  const plans = useQuery({ queryKey: npmKeys.plans, queryFn: () => npmApi.plans() });
  const planned = (plans.data?.items ?? [])
    .filter((p) => p.approvedOn !== null)
    .flatMap((p) => p.visits.map((v) => ({ plan: p, visit: v })));
  const [planVisitId, setPlanVisitId] = useState("");
  const [kind, setKind] = useState("periodic");
  const [form, setForm] = useState("one_time");
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [institutionIds, setInstitutionIds] = useState<string[]>([]);
  const [members, setMembers] = useState<string[]>([]);
  const [representativeName, setRepresentativeName] = useState("");
  // An intermediate visit monitors recommendations of a previous periodic visit to the institution,
  // or prevents the persecution of persons interviewed (003 p.3(2)).
  const [recommendationIds, setRecommendationIds] = useState<string[]>([]);
  const [followsUpInterviewees, setFollowsUpInterviewees] = useState(false);
  const visits = useQuery({
    queryKey: npmKeys.visits,
    queryFn: () => npmApi.visits(),
    enabled: kind === "intermediate",
  });
  const followable = (visits.data?.items ?? [])
    .filter((v) => v.kind === "periodic" && v.institutionIds.some((id) => institutionIds.includes(id)))
    .flatMap((v) => v.recommendations.map((r) => ({ visit: v, rec: r })));
  // A thematic planned visit carries its topic, topic experts and the Council's decision (003 p.9).
  const [thematic, setThematic] = useState<{
    topic?: string;
    topicExpertIds: string[];
    councilDecisionOnComposition: boolean;
  }>({ topicExpertIds: [], councilDecisionOnComposition: false });
  const pickPlanned = (id: string) => {
    setPlanVisitId(id);
    const found = planned.find((p) => p.visit.id === id)?.visit;
    if (!found) return;
    setKind(found.kind);
    setForm(found.form);
    setStartsOn(found.from);
    setEndsOn(found.to);
    setInstitutionIds(found.institutionIds);
    setMembers(found.groupParticipantIds);
    setThematic({
      ...(found.topic ? { topic: found.topic } : {}),
      topicExpertIds: found.topicExpertIds,
      councilDecisionOnComposition: found.councilDecisionOnComposition,
    });
  };
  const save = useMutation({
    mutationFn: () =>
      npmApi.createVisit({
        ...(planVisitId ? { planVisitId } : {}),
        kind,
        form,
        institutionIds,
        ...(form === "thematic" && thematic.topic ? { topic: thematic.topic } : {}),
        ...(form === "thematic" && thematic.councilDecisionOnComposition
          ? { councilDecisionOnComposition: true }
          : {}),
        members: members.map((participantId) => ({
          participantId,
          ...(form === "thematic" && thematic.topicExpertIds.includes(participantId)
            ? { topicExpert: true }
            : {}),
        })),
        ...(representativeName ? { representativeName } : {}),
        ...(kind === "intermediate"
          ? {
              followsUpRecommendationIds: recommendationIds.filter((id) =>
                followable.some((f) => f.rec.id === id),
              ),
              followsUpInterviewees,
            }
          : {}),
        startsOn,
        endsOn,
      }),
    onSuccess: async (visit) => {
      await queryClient.invalidateQueries({ queryKey: npmKeys.all });
      onClose();
      await navigate({ to: "/npm/visits/$visitId", params: { visitId: visit.id } });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t("npm.visit.create")} size="xl">
      <form onSubmit={submit}>
        <Stack>
          <NativeSelect
            label={t("npm.visit.fromPlan")}
            value={planVisitId}
            onChange={(e) => pickPlanned(e.currentTarget.value)}
            data={[
              { value: "", label: t("npm.visit.noPlan") },
              ...planned.map(({ plan, visit }) => ({
                value: visit.id,
                label: `${plan.title}: ${t(`npm.visitKind.${visit.kind}`)} ${visit.from} – ${visit.to}`,
              })),
            ]}
            data-testid="npm-visit-plan"
          />
          <SimpleGrid cols={2}>
            <NativeSelect
              label={t("npm.visit.kind")}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value)}
              data={NPM_VISIT_KINDS.map((k) => ({ value: k, label: t(`npm.visitKind.${k}`) }))}
              data-testid="npm-visit-kind"
            />
            <NativeSelect
              label={t("npm.visit.form")}
              value={form}
              onChange={(e) => setForm(e.currentTarget.value)}
              data={NPM_VISIT_FORMS.map((k) => ({ value: k, label: t(`npm.visitForm.${k}`) }))}
              data-testid="npm-visit-form"
            />
            <TextInput
              type="date"
              label={t("npm.visit.from")}
              required
              value={startsOn}
              onChange={(e) => setStartsOn(e.currentTarget.value)}
              data-testid="npm-visit-from"
            />
            <TextInput
              type="date"
              label={t("npm.visit.to")}
              required
              value={endsOn}
              onChange={(e) => setEndsOn(e.currentTarget.value)}
              data-testid="npm-visit-to"
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t("npm.visit.institutions")}
            value={institutionIds}
            onChange={setInstitutionIds}
          >
            <Stack gap={4} mt={4}>
              {institutions.map((i) => (
                <Checkbox key={i.id} value={i.id} label={i.name} data-testid="npm-visit-institution" />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox.Group label={t("npm.visit.group")} value={members} onChange={setMembers}>
            <Stack gap={4} mt={4}>
              {participants
                .filter((p) => p.powersActive)
                .map((p) => (
                  <Checkbox key={p.id} value={p.id} label={p.fullName} data-testid="npm-visit-member" />
                ))}
            </Stack>
          </Checkbox.Group>
          {kind === "intermediate" && (
            <Stack gap="xs">
              <Checkbox.Group
                label={t("npm.visit.followsUp")}
                description={t("npm.visit.followsUpHint")}
                value={recommendationIds}
                onChange={setRecommendationIds}
              >
                <Stack gap={4} mt={4}>
                  {followable.map(({ visit, rec }) => (
                    <Checkbox
                      key={rec.id}
                      value={rec.id}
                      label={`${visit.startsOn} · ${rec.addressee}: ${rec.text}`}
                      data-testid="npm-visit-follow-up"
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
              <Checkbox
                label={t("npm.visit.followsUpInterviewees")}
                checked={followsUpInterviewees}
                onChange={(e) => setFollowsUpInterviewees(e.currentTarget.checked)}
                data-testid="npm-visit-follow-up-interviewees"
              />
            </Stack>
          )}
          <TextInput
            label={t("npm.visit.representative")}
            value={representativeName}
            onChange={(e) => setRepresentativeName(e.currentTarget.value)}
            data-testid="npm-visit-representative"
          />
          <ErrorAlert error={save.error} testId="npm-visit-error" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="npm-visit-save">
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
