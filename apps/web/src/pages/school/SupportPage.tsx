import { Badge, Button, Card, Center, Group, Loader, Progress, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow } from "../../components/tables.tsx";
import { formatDate, LawCitation, todayIso } from "../../format.ts";
import { useCriterionLabel } from "./CriteriaChecklist.tsx";
import { schoolApi, schoolKeys } from "./schoolApi.ts";
import { progressPercent, stepOverdue } from "./schoolDomain.ts";
import { SchoolSections } from "./SchoolSections.tsx";
import type { SupportPlan, SupportStep } from "./schoolTypes.ts";
import { AddSupportStepModal, StepDoneModal } from "./SupportModals.tsx";

/**
 * `/school/supports/:measureId`: the plan of a pupil's pedagogical support (001 Art. 78(3)) — its
 * steps, who does them by when, which are done with what result and which are late; steps added
 * while the support runs.
 */
export function SupportPage() {
  const { t } = useTranslation();
  const { measureId } = useParams({ strict: false }) as { measureId: string };
  const plan = useQuery({
    queryKey: schoolKeys.support(measureId),
    queryFn: () => schoolApi.support(measureId),
  });
  if (plan.isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  if (!plan.data) return <ErrorAlert error={plan.error} testId="school-support-load-error" />;
  return <SupportView plan={plan.data} />;
}

function SupportView({ plan }: { plan: SupportPlan }) {
  const { t } = useTranslation();
  const labelOf = useCriterionLabel();
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<SupportStep | null>(null);
  const today = todayIso();
  const progress = t("school.support.progress", { done: plan.progress.done, total: plan.progress.total });
  return (
    <>
      <PageTitle>{t("school.support.title")}</PageTitle>
      <SchoolSections current={null} />
      <Card withBorder mb="md" data-testid="school-support-card">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Text size="xs" c="dimmed">
              {t("school.field.pupil")}
            </Text>
            <AnchorLink to="/persons/$personId" params={{ personId: plan.person.id }} fw={500}>
              {plan.person.fullName ?? t("school.withheldName")}
            </AnchorLink>
          </div>
          <AnchorLink
            to="/measures/$measureId"
            params={{ measureId: plan.measureId }}
            data-testid="school-support-measure"
          >
            {t("school.support.measure")}
          </AnchorLink>
        </Group>
        {plan.criteria.length > 0 && (
          <Text size="sm" mt="sm">
            <Text span fw={500}>
              {t("school.field.criteria")}:
            </Text>{" "}
            {plan.criteria.map(labelOf).join("; ")}
          </Text>
        )}
        {plan.meeting && (
          <Text size="sm" mt="xs" data-testid="school-support-meeting">
            <Text span fw={500}>
              {t("school.support.meeting", { date: formatDate(plan.meeting.heldOn) })}:
            </Text>{" "}
            {plan.meeting.representatives
              .map(
                (r) => `${r.fullName} (${t(`school.relation.${r.relation}`, { defaultValue: r.relation })})`,
              )
              .join(", ")}
          </Text>
        )}
        {plan.refused && (
          <Badge color="orange" variant="light" mt="xs" data-testid="school-support-refused">
            {t("school.supportRefused")}
          </Badge>
        )}
        <Group mt="md" gap="sm">
          <Text size="sm" fw={500}>
            {progress}
          </Text>
          <Progress
            value={progressPercent(plan.progress)}
            w={240}
            aria-label={progress}
            data-testid="school-support-progress"
          />
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t("school.support.basis")} <LawCitation code="001 Art. 78(3)" />
        </Text>
      </Card>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("school.support.steps")}
        </Title>
        <Button
          size="xs"
          variant="default"
          onClick={() => setAdding(true)}
          data-testid="school-support-step-add"
        >
          {t("school.support.addStep")}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={800}>
        <Table striped data-testid="school-support-steps">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("school.field.activity")}</Table.Th>
              <Table.Th>{t("school.field.responsible")}</Table.Th>
              <Table.Th>{t("school.field.dueOn")}</Table.Th>
              <Table.Th>{t("school.col.state")}</Table.Th>
              <Table.Th>{t("school.col.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.steps.length === 0 && <EmptyRow colSpan={5} text={t("school.support.noSteps")} />}
            {plan.steps.map((s) => {
              const late = s.overdue ?? stepOverdue(s, today);
              return (
                <Table.Tr
                  key={s.id}
                  data-testid="school-support-step-row"
                  data-done={String(s.doneOn !== null)}
                >
                  <Table.Td>{s.activity}</Table.Td>
                  <Table.Td>{s.responsible}</Table.Td>
                  <Table.Td>{formatDate(s.dueOn)}</Table.Td>
                  <Table.Td>
                    {s.doneOn ? (
                      <>
                        <Badge color="green" variant="light">
                          {t("school.support.doneOn", { date: formatDate(s.doneOn) })}
                        </Badge>
                        {s.result && (
                          <Text size="xs" mt={4}>
                            {s.result}
                          </Text>
                        )}
                      </>
                    ) : (
                      <Badge color={late ? "red" : "blue"} variant="light">
                        {t(late ? "school.support.late" : "school.support.open")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!s.doneOn && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setDone(s)}
                        data-testid="school-support-step-done"
                      >
                        {t("school.support.markDone")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {adding && <AddSupportStepModal measureId={plan.measureId} onClose={() => setAdding(false)} />}
      {done && <StepDoneModal measureId={plan.measureId} step={done} onClose={() => setDone(null)} />}
    </>
  );
}
