import { Badge, Group, Table, Tabs, Text, TextInput } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { usePagedSearch } from "../../components/usePagedSearch.ts";
import { formatDate, LawCitation } from "../../format.ts";
import { groundLabel } from "../measures/labels.ts";
import {
  JUVENILE_FILTERS,
  juvenileApi,
  juvenileKeys,
  type JuvenileWorklistFilter,
  type JuvenileWorklistItem,
} from "./juvenileApi.ts";
import { activityLabel, restrictionLabel } from "./lawLists.ts";

/**
 * `/juvenile`: the juvenile inspector's minors of the district on the preventive register (001 Arts.
 * 59, 82) — the restrictions a judge established (82(3)), the rehabilitation activities and their
 * checks (82(2)), the next control check (59(10)) and the 18th birthday that ends a minors' entry
 * (59(8)(4)); each row opens the register entry where they are recorded.
 */
export function JuvenilePage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<JuvenileWorklistFilter>("all");
  const { search, setSearch, q, page, setPage, pageSize } = usePagedSearch();
  const list = useQuery({
    queryKey: juvenileKeys.worklist(filter, q, page),
    queryFn: () => juvenileApi.worklist({ filter, q, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const counts = list.data?.counts;
  return (
    <>
      <PageTitle>{t("juvenile.title")}</PageTitle>
      <Text size="sm" c="dimmed" mb="md">
        {t("juvenile.intro")} <LawCitation code="001 Art. 82" />
      </Text>
      <Tabs
        value={filter}
        onChange={(v) => {
          setFilter(JUVENILE_FILTERS.find((f) => f === v) ?? "all");
          setPage(1);
        }}
      >
        <Tabs.List mb="md">
          {JUVENILE_FILTERS.map((f) => (
            <Tabs.Tab
              key={f}
              value={f}
              data-testid={`juvenile-tab-${f}`}
              rightSection={
                counts ? (
                  <Badge
                    size="sm"
                    variant="light"
                    color={f === "check_due" && counts[f] > 0 ? "orange" : "gray"}
                  >
                    {counts[f]}
                  </Badge>
                ) : undefined
              }
            >
              {t(`juvenile.filter.${f}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <TextInput
        label={t("juvenile.search")}
        placeholder={t("juvenile.searchPlaceholder")}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
        mb="md"
        data-testid="juvenile-search"
      />
      <ErrorAlert error={list.error} testId="juvenile-error" />
      <Table.ScrollContainer minWidth={960}>
        <Table striped aria-busy={list.isFetching} data-testid="juvenile-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("juvenile.col.minor")}</Table.Th>
              <Table.Th>{t("juvenile.col.entry")}</Table.Th>
              <Table.Th>{t("juvenile.col.control")}</Table.Th>
              <Table.Th>{t("juvenile.col.restrictions")}</Table.Th>
              <Table.Th>{t("juvenile.col.activities")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={5} />}
            {list.data?.items.length === 0 && <EmptyRow colSpan={5} text={t(`juvenile.empty.${filter}`)} />}
            {list.data?.items.map((m) => (
              <MinorRow key={m.entryId} m={m} />
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
    </>
  );
}

function MinorRow({ m }: { m: JuvenileWorklistItem }) {
  const { t } = useTranslation();
  const soon = m.turns18On <= addDays(30);
  return (
    <Table.Tr data-testid="juvenile-row" data-entry-id={m.entryId}>
      <Table.Td>
        <AnchorLink
          to="/register/$entryId"
          params={{ entryId: m.entryId }}
          fw={500}
          data-testid="juvenile-open"
        >
          {m.personName ?? t("juvenile.nameWithheld")}
        </AnchorLink>
        <Text size="xs" c="dimmed">
          {t("juvenile.age", { age: m.age, date: formatDate(m.birthDate) })}
        </Text>
        {soon && (
          <Badge color="grape" variant="light" data-testid="juvenile-turning-18">
            {t("juvenile.turns18", { date: formatDate(m.turns18On) })}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{groundLabel(t, m.ground)}</Text>
        <Text size="xs" c="dimmed">
          {t("juvenile.placedOn", { date: formatDate(m.placedOn) })}
        </Text>
      </Table.Td>
      <Table.Td>
        {m.nextControlDue ? (
          <Text size="sm" c={m.controlOverdue ? "red" : undefined} fw={m.controlOverdue ? 600 : undefined}>
            {formatDate(m.nextControlDue)}
            {m.controlOverdue && ` · ${t("juvenile.overdue")}`}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {m.restrictions.length === 0 ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Text size="xs" data-testid="juvenile-restrictions">
            {m.restrictions.map((r) => restrictionLabel(t, r)).join("; ")}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {m.activities.length === 0 && (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
          {m.activities
            .filter((a) => a.state !== "ended")
            .map((a) => (
              <Badge
                key={a.id}
                color={a.state === "check_due" ? "orange" : "blue"}
                variant="light"
                style={{ textTransform: "none" }}
                data-testid="juvenile-activity"
                data-state={a.state}
                title={a.state === "check_due" ? t("juvenile.state.check_due") : undefined}
              >
                {activityLabel(t, a.activity)}
                {a.state === "check_due" && " ⚠"}
              </Badge>
            ))}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The legal date (Almaty) `n` days from today, for the 18th birthday's warning. */
function addDays(n: number): string {
  return new Date(Date.now() + 5 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
}
