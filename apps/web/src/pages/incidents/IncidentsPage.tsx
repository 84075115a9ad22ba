import { Badge, Table, Tabs, Text, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { SavedTr } from "../../components/SavedTr.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { withheldText } from "../../components/withheldText.ts";
import { formatDateTime } from "../../format.ts";
import {
  canRecordIncidents,
  choiceFromSearch,
  INCIDENT_TABS,
  searchFromChoice,
  type IncidentListChoice,
  type IncidentTab,
} from "./incidentDomain.ts";
import { formsText, NOTIFY_COLOR, notifyLabel } from "./incidentLabels.ts";
import { incidentKeys, incidentsApi, type DvIncidentRow, type DvIncidentSummary } from "./incidentsApi.ts";

const PAGE_SIZE = 25;

/**
 * `/incidents`: the incidents of domestic violence of the user's territory (001 Art. 72) as the DV
 * inspector works them — the notifications of the interested subjects overdue past their 24 hours
 * (72(3)(2)), those not yet acknowledged, every incident; a search by family or victim; 25 a page.
 */
export function IncidentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const search = useSearch({ strict: false });
  const choice = useMemo(() => choiceFromSearch(search as Record<string, unknown>), [search]);
  const [typed, setTyped] = useState(choice.q);
  const go = (change: Partial<IncidentListChoice>) =>
    void navigate({ to: "/incidents", search: searchFromChoice({ ...choice, page: 1, ...change }) });
  const searchLater = useDebouncedCallback((q: string) => go({ q }), 300);
  const q = { filter: choice.tab, q: choice.q || undefined, page: choice.page, pageSize: PAGE_SIZE };
  const list = useQuery({
    queryKey: incidentKeys.list(q),
    queryFn: () => incidentsApi.list(q),
    placeholderData: keepPreviousData,
  });
  const summary = useQuery({ queryKey: incidentKeys.summary, queryFn: incidentsApi.summary });
  const rows = list.data?.items ?? [];
  return (
    <>
      <PageTitle
        actions={
          canRecordIncidents(user.roles) && (
            <ButtonLink to="/incidents/new" data-testid="incident-new">
              {t("incidents.new")}
            </ButtonLink>
          )
        }
      >
        {t("incidents.title")}
      </PageTitle>
      <Text size="sm" c="dimmed" mb="md">
        {t("incidents.intro")}
      </Text>
      <TextInput
        type="search"
        label={t("incidents.search")}
        description={t("incidents.searchHint")}
        value={typed}
        onChange={(e) => {
          setTyped(e.currentTarget.value);
          searchLater(e.currentTarget.value);
        }}
        maw={420}
        mb="md"
        data-testid="incident-search"
      />
      <Tabs
        value={choice.tab}
        onChange={(v) => go({ tab: INCIDENT_TABS.find((x) => x === v) ?? "all" })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {INCIDENT_TABS.map((x) => (
            <Tabs.Tab
              key={x}
              value={x}
              data-testid={`incident-tab-${x}`}
              rightSection={
                summary.data && x !== "all" ? <CountBadge tab={x} summary={summary.data} /> : undefined
              }
            >
              {t(`incidents.tab.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <ErrorAlert error={list.error} testId="incident-list-error" />
      <Table.ScrollContainer minWidth={860}>
        <Table striped aria-busy={list.isFetching} data-testid="incident-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("incidents.col.occurred")}</Table.Th>
              <Table.Th>{t("incidents.col.family")}</Table.Th>
              <Table.Th>{t("incidents.col.forms")}</Table.Th>
              <Table.Th>{t("incidents.col.notify")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={4} />}
            {list.isSuccess && rows.length === 0 && (
              <EmptyRow
                colSpan={4}
                text={t(choice.q ? "incidents.emptySearch" : `incidents.empty.${choice.tab}`)}
              />
            )}
            {rows.map((row) => (
              <Row key={row.id} row={row} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <TablePager
          total={list.data.total}
          page={choice.page}
          pageSize={PAGE_SIZE}
          onChange={(p) => go({ page: p })}
        />
      )}
    </>
  );
}

function CountBadge({ tab, summary }: { tab: Exclude<IncidentTab, "all">; summary: DvIncidentSummary }) {
  const n = tab === "notify_overdue" ? summary.notifyOverdue : summary.notifyPending;
  const color = n === 0 ? "gray" : tab === "notify_overdue" ? "red" : "orange";
  return (
    <Badge
      size="sm"
      circle={n < 10}
      color={color}
      variant={n > 0 ? "filled" : "light"}
      data-testid={`incident-count-${tab}`}
    >
      {n}
    </Badge>
  );
}

function Row({ row }: { row: DvIncidentRow }) {
  const { t } = useTranslation();
  const withheld = row.withheld?.[0];
  return (
    <SavedTr recordId={row.id} data-testid="incident-row" data-id={row.id} data-notify={row.notifyState}>
      <Table.Td>
        <AnchorLink
          to="/incidents/$incidentId"
          params={{ incidentId: row.id }}
          fw={500}
          data-testid="incident-open"
        >
          {formatDateTime(row.occurredAt)}
        </AnchorLink>
        {row.repeatNumber > 1 && (
          <Badge ml="xs" size="sm" color="grape" variant="light" data-testid="incident-repeat">
            {t("incidents.repeat", { n: row.repeatNumber })}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {row.familyLabel === null ? (
          <Text size="sm" c="dimmed" data-testid="incident-withheld">
            {withheld ? withheldText(t, withheld) : "—"}
          </Text>
        ) : (
          <>
            <AnchorLink to="/families/$familyId" params={{ familyId: row.familyId }} size="sm">
              {t("families.named", { label: row.familyLabel })}
            </AnchorLink>
            {row.victims.length > 0 && (
              <Text size="xs" c="dimmed">
                {t("incidents.victimsLine", { names: row.victims.join(", ") })}
              </Text>
            )}
          </>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formsText(t, row.forms)}</Text>
        {row.childrenPresent && (
          <Text size="xs" c="dimmed">
            {t("incidents.childrenPresentShort")}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={NOTIFY_COLOR[row.notifyState] ?? "gray"} variant="light" data-testid="incident-notify">
          {notifyLabel(t, row.notifyState)}
        </Badge>
        {row.notifyState !== "received" && row.notifyState !== "none" && (
          <Text size="xs" c={row.notifyState === "overdue" ? "red" : "dimmed"}>
            {t("incidents.notifyDue", { at: formatDateTime(row.notifyDueAt) })}
          </Text>
        )}
      </Table.Td>
    </SavedTr>
  );
}
