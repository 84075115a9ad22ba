import { Badge, Button, Card, Group, SimpleGrid, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow } from "../../components/tables.tsx";
import { formatDate, formatDateTime, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { groundLabel } from "../handoffs/handoffLabels.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { personLine, stayStateColor } from "./fsDomain.ts";
import { FsSections } from "./FsSections.tsx";
import { IncidentVictimsModal } from "./IncidentVictimsModal.tsx";
import type { FamilySupportWorklist as Worklist, StayState } from "./fsTypes.ts";

type WorklistStep = Worklist["stepsDue"][number];
type WorklistStay = Worklist["staysEnding"][number];

/**
 * `/family-support`: the centre's day — the incidents the police notified it of to accept (001 Art.
 * 72(3)(2)), plan steps overdue and due (001 Art. 55(1)), stays past their end or ending within three
 * days (001 Arts. 10(2)(4), 72(2)).
 */
export function FamilySupportPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: fsKeys.worklist, queryFn: fsApi.worklist });
  const w = list.data;
  return (
    <>
      <PageTitle
        actions={
          <ButtonLink to="/family-support/plans/new" search={{}} data-testid="fs-new-plan">
            {t("familySupport.plan.new")}
          </ButtonLink>
        }
      >
        {t("familySupport.title")}
      </PageTitle>
      <FsSections current="worklist" />
      <Text size="sm" c="dimmed" mb="md">
        {t("familySupport.worklist.intro")}
      </Text>
      <ErrorAlert error={list.error} testId="fs-worklist-error" />
      {w && <Counts w={w} />}
      <Block
        title={t("familySupport.worklist.notices")}
        count={w?.counts.incidentNotices}
        testId="fs-notices"
      >
        <Notices w={w} pending={list.isPending} />
      </Block>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Block
          title={t("familySupport.worklist.stepsOverdue")}
          count={w?.counts.stepsOverdue}
          danger
          testId="fs-steps-overdue"
        >
          <Steps
            rows={w?.stepsOverdue}
            pending={list.isPending}
            empty={t("familySupport.worklist.noStepsOverdue")}
          />
        </Block>
        <Block title={t("familySupport.worklist.stepsDue")} count={w?.counts.stepsDue} testId="fs-steps-due">
          <Steps rows={w?.stepsDue} pending={list.isPending} empty={t("familySupport.worklist.noStepsDue")} />
        </Block>
        <Block
          title={t("familySupport.worklist.staysOverdue")}
          count={w?.counts.staysOverdue}
          danger
          testId="fs-stays-overdue"
        >
          <Stays
            rows={w?.staysOverdue}
            state="overdue"
            pending={list.isPending}
            empty={t("familySupport.worklist.noStaysOverdue")}
          />
        </Block>
        <Block
          title={t("familySupport.worklist.staysEnding")}
          count={w?.counts.staysEnding}
          testId="fs-stays-ending"
        >
          <Stays
            rows={w?.staysEnding}
            state="ending"
            pending={list.isPending}
            empty={t("familySupport.worklist.noStaysEnding")}
          />
        </Block>
      </SimpleGrid>
    </>
  );
}

function Counts({ w }: { w: Worklist }) {
  const { t } = useTranslation();
  const items = [
    ["incidentNotices", w.counts.incidentNotices],
    ["stepsOverdue", w.counts.stepsOverdue],
    ["staysOverdue", w.counts.staysOverdue],
    ["staysEnding", w.counts.staysEnding],
  ] as const;
  return (
    <Group gap="xs" mb="md" data-testid="fs-counts">
      {items.map(([key, n]) => (
        <Badge key={key} variant={n > 0 ? "filled" : "light"} color={n > 0 ? "orange" : "gray"} size="lg">
          {t(`familySupport.worklist.count.${key}`, { n })}
        </Badge>
      ))}
    </Group>
  );
}

function Block(props: {
  title: string;
  count: number | undefined;
  danger?: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder mb="md" data-testid={props.testId}>
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        {props.count !== undefined && (
          <Badge color={props.count > 0 ? (props.danger ? "red" : "orange") : "gray"} variant="light">
            {props.count}
          </Badge>
        )}
      </Group>
      {props.children}
    </Card>
  );
}

function Notices({ w, pending }: { w: Worklist | undefined; pending: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [taking, setTaking] = useState<string | null>(null);
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("familySupport.col.ground")}</Table.Th>
            <Table.Th>{t("familySupport.col.sent")}</Table.Th>
            <Table.Th>{t("familySupport.col.due")}</Table.Th>
            <Table.Th>{t("familySupport.col.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pending && <LoadingRow colSpan={4} />}
          {w && w.incidentNotices.length === 0 && (
            <EmptyRow colSpan={4} text={t("familySupport.worklist.noNotices")} />
          )}
          {w?.incidentNotices.map((n) => (
            <Table.Tr key={n.handoffId} data-testid="fs-notice">
              <Table.Td>
                <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: n.handoffId }} fw={500}>
                  {groundLabel(t, n.ground)}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  <LawCitation code={n.article} />
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(n.sentAt)}</Text>
                <Text size="xs" c="dimmed">
                  {localName(n.sender.name, lang)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={n.overdue ? "red" : undefined}>
                  {formatDateTime(n.dueAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <ButtonLink
                    to="/handoffs/$handoffId"
                    params={{ handoffId: n.handoffId }}
                    size="xs"
                    variant="light"
                    data-testid="fs-notice-open"
                  >
                    {t("familySupport.worklist.accept")}
                  </ButtonLink>
                  {n.recordType === "dv_incident" && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setTaking(n.recordId)}
                      data-testid="fs-notice-victims"
                    >
                      {t("familySupport.incident.take")}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {taking && <IncidentVictimsModal incidentId={taking} onClose={() => setTaking(null)} />}
    </Table.ScrollContainer>
  );
}

function Steps({
  rows,
  pending,
  empty,
}: {
  rows: WorklistStep[] | undefined;
  pending: boolean;
  empty: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("familySupport.col.step")}</Table.Th>
          <Table.Th>{t("familySupport.col.responsible")}</Table.Th>
          <Table.Th>{t("familySupport.col.dueOn")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {pending && <LoadingRow colSpan={3} />}
        {rows && rows.length === 0 && <EmptyRow colSpan={3} text={empty} />}
        {rows?.map((s) => (
          <Table.Tr key={s.stepId} data-testid="fs-step-row">
            <Table.Td>
              <AnchorLink to="/family-support/plans/$measureId" params={{ measureId: s.measureId }} fw={500}>
                {s.title}
              </AnchorLink>
              <Text size="xs" c="dimmed">
                {t(`familySupport.area.${s.area}`)}
                {` · ${personLine(t, s.person)}`}
              </Text>
            </Table.Td>
            <Table.Td>{localName(s.responsibleBody.name, lang)}</Table.Td>
            <Table.Td>{formatDate(s.dueOn)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Stays(props: {
  rows: WorklistStay[] | undefined;
  pending: boolean;
  empty: string;
  state: StayState;
}) {
  const { t } = useTranslation();
  const { rows, pending, empty } = props;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("familySupport.col.person")}</Table.Th>
          <Table.Th>{t("familySupport.col.shelter")}</Table.Th>
          <Table.Th>{t("familySupport.col.plannedUntil")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {pending && <LoadingRow colSpan={3} />}
        {rows && rows.length === 0 && <EmptyRow colSpan={3} text={empty} />}
        {rows?.map((s) => (
          <Table.Tr key={s.stayId} data-testid="fs-stay-row">
            <Table.Td>
              <AnchorLink to="/family-support/shelters" search={{ stay: s.stayId }} fw={500}>
                {personLine(t, s.person)}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{s.shelterName}</Table.Td>
            <Table.Td>
              <Group gap={6}>
                {formatDate(s.plannedUntil)}
                <Badge size="sm" color={stayStateColor(props.state)} variant="light">
                  {s.daysLeft < 0
                    ? t("familySupport.stays.daysOver", { days: -s.daysLeft })
                    : t("familySupport.stays.daysLeft", { days: s.daysLeft })}
                </Badge>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
