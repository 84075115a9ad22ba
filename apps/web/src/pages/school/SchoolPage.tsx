import { Badge, Button, Group, Table, Tabs, Text, TextInput } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { usePagedSearch } from "../../components/usePagedSearch.ts";
import { formatDate, LawCitation, todayIso } from "../../format.ts";
import { AttentionModal } from "./AttentionModal.tsx";
import { useCriterionLabel } from "./CriteriaChecklist.tsx";
import { schoolApi, schoolKeys } from "./schoolApi.ts";
import { SchoolSections } from "./SchoolSections.tsx";
import { windowShown } from "./schoolDomain.ts";
import { PUPIL_FILTERS, type PupilFilter, type SchoolPupil } from "./schoolTypes.ts";

const MISSING_CLASSES = "78.2.4_missing_classes";

/**
 * `/school`: the school's pupils for its prevention council (001 Art. 78) — those who met the
 * absence criterion of 78(2)(4) and are not yet under attention, those requiring increased attention
 * with their criteria (78(2)), those with pedagogical support (78(3)); each opens its next step.
 */
export function SchoolPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PupilFilter>("criterion_met");
  const { search, setSearch, q, page, setPage, pageSize } = usePagedSearch();
  const [attention, setAttention] = useState<SchoolPupil | null>(null);
  const list = useQuery({
    queryKey: schoolKeys.pupils(filter, q, page),
    queryFn: () => schoolApi.pupils({ filter, q, page }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageTitle
        actions={
          <ButtonLink to="/school/attendance" variant="default" data-testid="school-import-link">
            {t("school.attendance.import")}
          </ButtonLink>
        }
      >
        {t("school.title")}
      </PageTitle>
      <SchoolSections current="pupils" />
      <Text size="sm" c="dimmed" mb="md">
        {t("school.intro")} <LawCitation code="001 Art. 78(2)" />
      </Text>
      <Tabs
        value={filter}
        onChange={(v) => {
          setFilter(PUPIL_FILTERS.find((f) => f === v) ?? "criterion_met");
          setPage(1);
        }}
      >
        <Tabs.List mb="md">
          {PUPIL_FILTERS.map((f) => (
            <Tabs.Tab key={f} value={f} data-testid={`school-tab-${f}`}>
              {t(`school.filter.${f}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <TextInput
        label={t("school.search")}
        placeholder={t("school.searchPlaceholder")}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
        mb="md"
        data-testid="school-search"
      />
      <ErrorAlert error={list.error} testId="school-pupils-error" />
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-busy={list.isFetching} data-testid="school-pupils">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("school.col.pupil")}</Table.Th>
              <Table.Th>{t("school.col.absences")}</Table.Th>
              <Table.Th>{t("school.col.attention")}</Table.Th>
              <Table.Th>{t("school.col.support")}</Table.Th>
              <Table.Th>{t("school.col.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={5} />}
            {list.data?.items.length === 0 && <EmptyRow colSpan={5} text={t(`school.empty.${filter}`)} />}
            {list.data?.items.map((p) => (
              <PupilRow key={p.personId} pupil={p} onAttention={() => setAttention(p)} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <TablePager
          total={list.data.total}
          page={page}
          pageSize={list.data.pageSize || pageSize}
          onChange={setPage}
        />
      )}
      {attention && (
        <AttentionModal
          pupil={attention}
          suggested={attention.criterion.met ? [MISSING_CLASSES] : []}
          onClose={() => setAttention(null)}
        />
      )}
    </>
  );
}

function PupilRow({ pupil: p, onAttention }: { pupil: SchoolPupil; onAttention: () => void }) {
  const { t } = useTranslation();
  const labelOf = useCriterionLabel();
  return (
    <Table.Tr
      data-testid="school-pupil-row"
      data-person-id={p.personId}
      data-criterion={String(p.criterion.met)}
    >
      <Table.Td>
        <AnchorLink to="/persons/$personId" params={{ personId: p.personId }} fw={500}>
          {p.fullName}
        </AnchorLink>
        <Text size="xs" c="dimmed">
          {[p.iin, p.birthDate ? formatDate(p.birthDate) : null].filter(Boolean).join(" · ")}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6}>
          <Text size="sm">{t("school.absenceDays", { days: p.criterion.days })}</Text>
          {p.criterion.met && (
            <Badge color="orange" variant="light" data-testid="school-criterion-met">
              {t("school.criterionMet")}
            </Badge>
          )}
        </Group>
        {p.criterion.window && (
          <Text size="xs" c="dimmed">
            {formatDate(p.criterion.window.from)} —{" "}
            {formatDate(windowShown(p.criterion.window, todayIso()).until)}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t("school.lastMonth", { unexcused: p.unexcusedLastMonth, all: p.absentLastMonth })}
        </Text>
      </Table.Td>
      <Table.Td>
        {p.attention ? (
          <>
            <Text size="sm">{t("school.attentionSince", { date: formatDate(p.attention.since) })}</Text>
            <Text size="xs" c="dimmed">
              {p.attention.criteria.map(labelOf).join("; ")}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {p.support ? (
          <AnchorLink
            to="/school/supports/$measureId"
            params={{ measureId: p.support.measureId }}
            data-testid="school-support-link"
          >
            {p.support.refused
              ? t("school.supportRefused")
              : p.support.stepsTotal === 0
                ? t("school.supportNoSteps")
                : t("school.supportProgress", { done: p.support.stepsDone, total: p.support.stepsTotal })}
          </AnchorLink>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
        {p.support && p.support.stepsOverdue > 0 && (
          <Badge color="red" variant="light" ml={6}>
            {t("school.stepsOverdue", { n: p.support.stepsOverdue })}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {!p.attention && (
            <Button size="xs" variant="default" onClick={onAttention} data-testid="school-attention-open">
              {t("school.attention.open")}
            </Button>
          )}
          {!p.support && (
            <ButtonLink
              size="xs"
              to="/school/council-meetings/new"
              search={{ personId: p.personId }}
              data-testid="school-council-open"
            >
              {t("school.council.open")}
            </ButtonLink>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
