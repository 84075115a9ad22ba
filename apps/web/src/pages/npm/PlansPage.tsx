import { Badge, Button, Card, Group, List, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys, todayIso, type NpmPlan } from "../../api/npm.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { PlanFormModal } from "./PlanFormModal.tsx";
import { LawCitation } from "../../format.ts";

function PlanCard({
  plan,
  canApprove,
  names,
}: {
  plan: NpmPlan;
  canApprove: boolean;
  names: Map<string, string>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const approve = useMutation({
    mutationFn: () => npmApi.approvePlan(plan.id, plan.version, todayIso()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: npmKeys.all }),
  });
  return (
    <Card withBorder data-testid="npm-plan-row" data-approved={plan.approvedOn !== null}>
      <Group justify="space-between">
        <Text fw={600}>{plan.title}</Text>
        {plan.approvedOn ? (
          <Badge color="green" data-testid="npm-plan-approved">
            {t("npm.plan.approvedOn", { date: plan.approvedOn })}
          </Badge>
        ) : (
          <Badge color="gray">{t("npm.plan.draft")}</Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t("npm.plan.period", { from: plan.periodFrom, until: plan.periodUntil })} ·{" "}
        {t("npm.plan.visitCount", { count: plan.visitCount })}
      </Text>
      <List size="sm" mt="xs">
        {plan.visits.map((v) => (
          <List.Item key={v.id}>
            {t(`npm.visitKind.${v.kind}`)}, {v.from} – {v.to}:{" "}
            {v.institutionIds.map((id) => names.get(id) ?? id).join(", ")} (
            {t("npm.plan.members", { count: v.groupParticipantIds.length })})
          </List.Item>
        ))}
      </List>
      {plan.periodicityFlags.length > 0 && (
        <Stack gap={2} mt="xs" data-testid="npm-plan-flags">
          {plan.periodicityFlags.map((f) => (
            <Text key={f.institutionId + f.code} size="sm" c="red" data-testid="npm-plan-flag">
              ⚠ {names.get(f.institutionId) ?? f.institutionId}: {t("npm.plan.flagPastLimit")} (
              <LawCitation code={f.article} />)
            </Text>
          ))}
        </Stack>
      )}
      <ErrorAlert error={approve.error} />
      {canApprove && !plan.approvedOn && (
        <Group justify="flex-end" mt="sm">
          <Button onClick={() => approve.mutate()} loading={approve.isPending} data-testid="npm-plan-approve">
            {t("npm.plan.approve")}
          </Button>
        </Group>
      )}
    </Card>
  );
}

/** The Council's visit plans (003 pp.5-6): list, create, approve; plans that leave an institution past its limit are flagged. */
export function PlansPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [creating, setCreating] = useState(false);
  const plans = useQuery({ queryKey: npmKeys.plans, queryFn: () => npmApi.plans() });
  const institutions = useQuery({
    queryKey: npmKeys.institutions("", ""),
    queryFn: () => npmApi.institutions({}),
  });
  const names = new Map((institutions.data?.items ?? []).map((i) => [i.id, i.name]));
  const council = user.roles.includes("coordinating_council_member");
  const canCreate = council || user.roles.includes("commissioner_representative");
  const items = plans.data?.items ?? [];
  return (
    <>
      <PageTitle
        actions={
          canCreate && (
            <Button onClick={() => setCreating(true)} data-testid="npm-plan-create">
              {t("npm.plan.create")}
            </Button>
          )
        }
      >
        {t("npm.plan.title")}
      </PageTitle>
      <ErrorAlert error={plans.error} />
      <Stack data-testid="npm-plans">
        {plans.isSuccess && items.length === 0 && (
          <Text c="dimmed" data-testid="table-empty">
            {t("npm.plan.empty")}
          </Text>
        )}
        {items.map((plan) => (
          <PlanCard key={plan.id} plan={plan} canApprove={council} names={names} />
        ))}
      </Stack>
      {creating && <PlanFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
