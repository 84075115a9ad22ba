import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate, formatDateTime, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { stateLabel } from "../handoffs/handoffLabels.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { personLine, printLanguages, progressPercent, stepStateColor } from "./fsDomain.ts";
import { FsSections } from "./FsSections.tsx";
import { FamilyLink } from "./FamilyLink.tsx";
import type { AssistancePlan as PlanDetail, PlanStep, StepState } from "./fsTypes.ts";
import { AddStepModal, PlanCloseModal, StepFactModal } from "./PlanModals.tsx";

/**
 * `/family-support/plans/:measureId`: an individual assistance plan (001 Art. 55(1), 72(5)) — its steps
 * with their state, the responsible body's hand-off, the progress recorded; steps added while it
 * runs; closed with its outcome and assessment once every step has ended; printed in kk and ru.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const { measureId } = useParams({ strict: false }) as { measureId: string };
  const plan = useQuery({ queryKey: fsKeys.plan(measureId), queryFn: () => fsApi.plan(measureId) });
  if (plan.isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  if (!plan.data) return <ErrorAlert error={plan.error} testId="fs-plan-load-error" />;
  return <PlanView plan={plan.data} />;
}

function PlanView({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [factStep, setFactStep] = useState<PlanStep | null>(null);
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState(false);
  // A plan is worked on while it is in force and not yet assessed (the measure's status, measureStatus).
  const active =
    plan.assessment === null &&
    !["terminated", "expired", "completed", "annulled", "refused"].includes(plan.status);
  return (
    <>
      <PageTitle
        actions={
          <>
            {printLanguages(lang).map((docLang, i) => (
              <Anchor
                key={docLang}
                href={fsApi.planPdfUrl(plan.measureId, docLang)}
                download
                data-testid={i === 0 ? "fs-plan-pdf" : "fs-plan-pdf-alt"}
              >
                {t("familySupport.plan.print", { lang: t(`lang.${docLang}`) })}
              </Anchor>
            ))}
          </>
        }
      >
        {t("familySupport.plan.title")}
      </PageTitle>
      <FsSections current={null} />
      <Card withBorder mb="md" data-testid="fs-plan-card">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Item label={t("familySupport.field.family")}>
            {plan.familyId ? <FamilyLink familyId={plan.familyId} /> : "—"}
          </Item>
          <Item label={t("familySupport.field.planPerson")}>
            <AnchorLink to="/persons/$personId" params={{ personId: plan.person.id }}>
              {personLine(t, plan.person)}
            </AnchorLink>
          </Item>
          <Item label={t("familySupport.plan.term")}>
            {formatDate(plan.from)} — {formatDate(plan.until)}
          </Item>
          <Item label={t("familySupport.plan.measure")}>
            <AnchorLink to="/measures/$measureId" params={{ measureId: plan.measureId }}>
              {t(`measureStatus.${plan.status}`, { defaultValue: plan.status })}
            </AnchorLink>
          </Item>
        </SimpleGrid>
        {plan.goal && (
          <Text mt="sm" data-testid="fs-plan-goal-text">
            <Text span fw={500}>
              {t("familySupport.field.goal")}:
            </Text>{" "}
            {plan.goal}
          </Text>
        )}
        <Group mt="md" gap="sm" align="center">
          <Text size="sm" fw={500}>
            {t("familySupport.plan.progress", { done: plan.progress.done, total: plan.progress.total })}
          </Text>
          <Progress
            value={progressPercent(plan.progress)}
            w={240}
            aria-label={t("familySupport.plan.progress", {
              done: plan.progress.done,
              total: plan.progress.total,
            })}
            data-testid="fs-plan-progress"
          />
        </Group>
      </Card>
      {plan.assessment && (
        <Alert
          color="green"
          variant="light"
          mb="md"
          title={t("familySupport.plan.closedTitle")}
          data-testid="fs-plan-assessment"
        >
          <Text size="sm">
            {t(`familySupport.outcome.${plan.assessment.outcome}`)} · {formatDateTime(plan.assessment.at)}
          </Text>
          <Text size="sm" mt={4}>
            {plan.assessment.assessment}
          </Text>
        </Alert>
      )}
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("familySupport.plan.steps")}
        </Title>
        {active && (
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              onClick={() => setAdding(true)}
              data-testid="fs-plan-step-add"
            >
              {t("familySupport.plan.addStep")}
            </Button>
            <Button
              size="xs"
              onClick={() => setClosing(true)}
              disabled={!plan.mayClose}
              title={plan.mayClose ? undefined : t("familySupport.plan.mayNotClose")}
              data-testid="fs-plan-close"
            >
              {t("familySupport.plan.close")}
            </Button>
          </Group>
        )}
      </Group>
      {active && !plan.mayClose && (
        <Text size="xs" c="dimmed" mb="xs">
          {t("familySupport.plan.mayNotClose")}
        </Text>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table striped data-testid="fs-plan-steps">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("familySupport.col.step")}</Table.Th>
              <Table.Th>{t("familySupport.col.responsible")}</Table.Th>
              <Table.Th>{t("familySupport.col.dueOn")}</Table.Th>
              <Table.Th>{t("familySupport.col.state")}</Table.Th>
              <Table.Th>{t("familySupport.col.progress")}</Table.Th>
              <Table.Th>{t("familySupport.col.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.steps.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" ta="center" py="md">
                    {t("familySupport.plan.noSteps")}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {plan.steps.map((s) => (
              <Table.Tr key={s.id} data-testid="fs-plan-step-row" data-state={s.state}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {s.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`familySupport.area.${s.area}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{localName(s.responsibleBody.name, lang)}</Text>
                  {s.handoff && (
                    <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: s.handoff.id }} size="xs">
                      {t("familySupport.plan.handoff", { state: stateLabel(t, s.handoff.state) })}
                    </AnchorLink>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(s.dueOn)}</Table.Td>
                <Table.Td>
                  <Badge
                    color={stepStateColor(s.state as StepState)}
                    variant="light"
                    data-testid="fs-step-state"
                  >
                    {t(`familySupport.stepState.${s.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {s.facts.length === 0 && (
                      <Text size="xs" c="dimmed">
                        —
                      </Text>
                    )}
                    {s.facts.map((f) => (
                      <Text size="xs" key={f.seq}>
                        {formatDate(f.at)} · {t(`familySupport.factType.${f.type}`)}
                        {f.note ? `: ${f.note}` : ""}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {active && (s.state === "open" || s.state === "overdue") && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setFactStep(s)}
                      data-testid="fs-step-record"
                    >
                      {t("familySupport.plan.record")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        {t("familySupport.plan.handoffNote")} <LawCitation code="001 Art. 72(5)" />
      </Text>
      {factStep && <StepFactModal plan={plan} step={factStep} onClose={() => setFactStep(null)} />}
      {adding && <AddStepModal plan={plan} onClose={() => setAdding(false)} />}
      {closing && <PlanCloseModal plan={plan} onClose={() => setClosing(false)} />}
    </>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
