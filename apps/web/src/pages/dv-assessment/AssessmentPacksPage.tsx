import { Badge, Button, Card, Group, List, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { SavedTr } from "../../components/SavedTr.tsx";
import { EmptyRow, LoadingRow } from "../../components/tables.tsx";
import { formatDate, lawCitation, todayIso } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { dvAssessmentApi, dvAssessmentKeys, type PackRow } from "./dvAssessmentApi.ts";
import { halfOf, missedPeriods } from "./figures.ts";

/** Who prepares and approves a pack: the akimat of a region (the local executive body organises the commission, 72(4)). */
export function preparesPacks(roles: readonly string[], level: string): boolean {
  return roles.includes("akimat_officer") && level === "region";
}

/** "First half of 2026", "2026 жылдың бірінші жартыжылдығы", "Первое полугодие 2026 года". */
export function periodLabel(t: TFunction, p: { year: number; half: 1 | 2 }): string {
  return t("dvAssessment.period", { year: p.year, half: t(`dvAssessment.half.${p.half}`) });
}

export function StatusBadge({ status }: { status: PackRow["status"] }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status === "approved" ? "green" : "gray"}
      variant="light"
      data-testid="dva-status"
      data-status={status}
    >
      {t(`dvAssessment.status.${status}`)}
    </Badge>
  );
}

/** The half-years of the region with no pack approved in time (72(4): every six months). */
function Schedule() {
  const { t } = useTranslation();
  const schedule = useQuery({ queryKey: dvAssessmentKeys.schedule, queryFn: dvAssessmentApi.schedule });
  const missed = missedPeriods(schedule.data);
  return (
    <Card withBorder data-testid="dva-schedule">
      <Title order={2} size="h4" mb="xs">
        {t("dvAssessment.schedule.title")}
      </Title>
      <ErrorAlert error={schedule.error} />
      {schedule.isSuccess && missed.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="dva-schedule-none">
          {t("dvAssessment.schedule.noneMissed")}
        </Text>
      )}
      {missed.length > 0 && (
        <List size="sm" spacing={2}>
          {missed.map((r) => (
            <List.Item key={`${r.year}-${r.half}`} data-testid="dva-missed">
              <Text span c="red" size="sm">
                {periodLabel(t, r)}
              </Text>{" "}
              — {t("dvAssessment.schedule.missed")}
            </List.Item>
          ))}
        </List>
      )}
      {schedule.data && (
        <Text size="xs" c="dimmed" mt="xs">
          {t("dvAssessment.schedule.nextDue", { date: formatDate(schedule.data.nextDue) })}
        </Text>
      )}
    </Card>
  );
}

/**
 * The regional commission's six-monthly assessment packs (001 Art. 72(4),(7)): one per region and
 * half-year, draft until approved; the akimat of the region opens the current half-year's pack.
 */
export function AssessmentPacksPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const packs = useQuery({ queryKey: dvAssessmentKeys.list, queryFn: dvAssessmentApi.list });
  const items = [...(packs.data?.items ?? [])].sort(
    (a, b) => b.period.year - a.period.year || b.period.half - a.period.half,
  );
  const now = halfOf(todayIso());
  const hasCurrent = items.some((p) => p.period.year === now.year && p.period.half === now.half);
  const canPrepare = preparesPacks(user.roles, user.territory.level);
  const create = useMutation({
    mutationFn: () => dvAssessmentApi.create(now),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: dvAssessmentKeys.all });
      await navigate({ to: "/dv-assessments/$packId", params: { packId: saved.id } });
    },
  });
  return (
    <>
      <PageTitle
        actions={
          canPrepare &&
          !hasCurrent && (
            <Button onClick={() => create.mutate()} loading={create.isPending} data-testid="dva-create">
              {t("dvAssessment.create", {
                period: t("dvAssessment.period", {
                  year: now.year,
                  half: t(`dvAssessment.half.${now.half}`),
                }),
              })}
            </Button>
          )
        }
      >
        {t("dvAssessment.title")}
      </PageTitle>
      <Text size="sm" c="dimmed" mb="md">
        {t("dvAssessment.intro", { article: lawCitation(t, "001 Art. 72(4)") })}
      </Text>
      <ErrorAlert error={packs.error ?? create.error} />
      <Group align="flex-start" gap="md" wrap="wrap">
        <Table.ScrollContainer minWidth={620} style={{ flex: "2 1 620px" }}>
          <Table striped data-testid="dva-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("dvAssessment.periodLabel")}</Table.Th>
                <Table.Th>{t("dvAssessment.region")}</Table.Th>
                <Table.Th>{t("dvAssessment.statusLabel")}</Table.Th>
                <Table.Th>{t("dvAssessment.meetingOn")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {packs.isPending && <LoadingRow colSpan={4} />}
              {packs.isSuccess && items.length === 0 && (
                <EmptyRow colSpan={4} text={t("dvAssessment.empty")} />
              )}
              {items.map((p) => (
                <SavedTr recordId={p.id} key={p.id} data-testid="dva-row">
                  <Table.Td>
                    <AnchorLink to="/dv-assessments/$packId" params={{ packId: p.id }} data-testid="dva-link">
                      {periodLabel(t, p.period)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{localName(p.region.name, lang)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>{formatDate(p.meetingOn)}</Table.Td>
                </SavedTr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <div style={{ flex: "1 1 280px" }}>
          <Schedule />
        </div>
      </Group>
    </>
  );
}
