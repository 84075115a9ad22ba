import { Badge, Button, Group, NativeSelect, Table, Text, TextInput } from "@mantine/core";
import { REPORT_STATUS_IDS } from "@aldyn/contract";
import { REPORT_CATEGORIES, REPORT_FLAGS, REPORT_URGENCIES } from "@aldyn/law";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { formatDateTime } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { useSession } from "../../auth/session.ts";
import { NewReportModal } from "./NewReportModal.tsx";
import { canTakeReports } from "./reportAbilities.ts";
import { reportLabel, STATUS_COLOR } from "./reportLabels.ts";
import { reportKeys, reportsApi } from "./reportsApi.ts";
import {
  isTriageNarrowed,
  NO_TRIAGE_FILTERS,
  searchFromTriageFilters,
  TRIAGE_PAGE_SIZE,
  triageFiltersFromSearch,
  triageParams,
  urgencyColor,
  withTriageChange,
  type TriageFilters,
} from "./triageList.ts";

const VOCABULARY = {
  statuses: REPORT_STATUS_IDS,
  categories: REPORT_CATEGORIES,
  urgencies: REPORT_URGENCIES,
  flags: REPORT_FLAGS,
};

/**
 * `/reports`: the territory's reports from citizens to work on — the most urgent first, then the
 * oldest (R6); filters by status, category, urgency and flag, a search by number or words, and the
 * form for a report taken on the hotline or in person (001 Art. 71(8)).
 */
export function TriagePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const navigate = useNavigate();
  const search = useSearch({ strict: false });
  const filters = useMemo(
    () => triageFiltersFromSearch(search as Record<string, unknown>, VOCABULARY),
    [search],
  );
  const go = (next: TriageFilters, replace = false) =>
    void navigate({ to: "/reports", search: searchFromTriageFilters(next), replace });
  const change = (c: Partial<TriageFilters>) => go(withTriageChange(filters, c));
  const [creating, setCreating] = useState(false);

  const [q, setQ] = useState(filters.q);
  const [typed] = useDebouncedValue(q.trim(), 300);
  useEffect(() => {
    const next = typed.length >= 2 ? typed : "";
    if (next !== filters.q) go(withTriageChange(filters, { q: next }), true);
  }, [typed]);
  useEffect(() => {
    if (filters.q !== q.trim() && !(q.trim().length < 2 && filters.q === "")) setQ(filters.q);
  }, [filters.q]);

  const params = triageParams(filters);
  const list = useQuery({
    queryKey: reportKeys.triage(params),
    queryFn: () => reportsApi.triage(params),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  const page = list.data;
  const select = (
    label: string,
    value: string | undefined,
    values: readonly string[],
    name: (v: string) => string,
    key: keyof TriageFilters,
    all: string,
  ) => (
    <NativeSelect
      label={label}
      value={value ?? ""}
      data={[{ value: "", label: all }, ...values.map((v) => ({ value: v, label: name(v) }))]}
      onChange={(e) => change({ [key]: e.currentTarget.value || undefined })}
      w={key === "category" ? 300 : key === "status" ? 230 : 190}
      data-testid={`triage-filter-${key}`}
    />
  );

  return (
    <>
      <PageTitle
        actions={
          canTakeReports(user.roles) && (
            <Button onClick={() => setCreating(true)} data-testid="report-create">
              {t("report.create")}
            </Button>
          )
        }
      >
        {t("report.triageTitle")}
      </PageTitle>
      <Group align="flex-end" mb="md" gap="sm" wrap="wrap" role="search">
        <TextInput
          type="search"
          label={t("report.search")}
          placeholder={t("report.searchHint")}
          aria-description={t("report.searchHint")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={300}
          data-testid="triage-search"
        />
        {select(
          t("report.status.label"),
          filters.status,
          REPORT_STATUS_IDS,
          (v) => reportLabel(t, "status", v),
          "status",
          t("report.openOnly"),
        )}
        {select(
          t("report.category.label"),
          filters.category,
          REPORT_CATEGORIES,
          (v) => reportLabel(t, "category", v),
          "category",
          t("report.any"),
        )}
        {select(
          t("report.urgency.label"),
          filters.urgency,
          REPORT_URGENCIES,
          (v) => reportLabel(t, "urgency", v),
          "urgency",
          t("report.any"),
        )}
        {select(
          t("report.flag.label"),
          filters.flag,
          REPORT_FLAGS,
          (v) => reportLabel(t, "flag", v),
          "flag",
          t("report.any"),
        )}
        {isTriageNarrowed(filters) && (
          <Button variant="subtle" onClick={() => go(NO_TRIAGE_FILTERS)} data-testid="triage-reset">
            {t("common.reset")}
          </Button>
        )}
      </Group>
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="triage-table" aria-busy={list.isFetching}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("report.number")}</Table.Th>
              <Table.Th>{t("report.urgency.label")}</Table.Th>
              <Table.Th>{t("report.receivedAt")}</Table.Th>
              <Table.Th>{t("report.category.label")}</Table.Th>
              <Table.Th>{t("report.whatWhere")}</Table.Th>
              <Table.Th>{t("report.status.label")}</Table.Th>
              <Table.Th>{t("report.answerDue")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={7} />}
            {page?.items.length === 0 && (
              <EmptyRow
                colSpan={7}
                text={isTriageNarrowed(filters) ? t("report.emptyFiltered") : t("report.empty")}
              />
            )}
            {page?.items.map((r) => (
              <Table.Tr key={r.id} data-testid="triage-row" data-report-id={r.id}>
                <Table.Td>
                  <AnchorLink
                    to="/reports/$reportId"
                    params={{ reportId: r.id }}
                    fw={600}
                    style={{ whiteSpace: "nowrap" }}
                    data-testid="triage-open"
                  >
                    {r.registrationNumber}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {reportLabel(t, "channel", r.channel)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={urgencyColor(r.urgency)} variant={r.urgency ? "filled" : "light"}>
                    {r.urgency ? reportLabel(t, "urgency", r.urgency) : t("report.notTriaged")}
                  </Badge>
                  <Group gap={4} mt={4}>
                    {r.flags.map((f) => (
                      <Badge key={f} size="xs" color="grape" variant="light">
                        {reportLabel(t, "flag", f)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDateTime(r.receivedAt, lang)}</Table.Td>
                <Table.Td>{r.category ? reportLabel(t, "category", r.category) : "—"}</Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={2}>
                    {r.excerpt}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {r.district ? localName(r.district.name, lang) : t("report.districtUnknown")}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={STATUS_COLOR[r.status] ?? "gray"}
                    variant="light"
                    data-testid="triage-status"
                    data-status={r.status}
                  >
                    {reportLabel(t, "status", r.status)}
                  </Badge>
                  {r.lock && (
                    <Text size="xs" c="dimmed" mt={4}>
                      {r.lock.mine
                        ? t("report.lock.mineShort")
                        : t("report.lock.heldShort", { name: r.lock.userName })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={r.answerOverdue ? "red" : undefined}
                    fw={r.answerOverdue ? 600 : undefined}
                  >
                    {formatDateTime(r.answerDueAt, lang)}
                  </Text>
                  {r.answerOverdue && (
                    <Badge color="red" size="xs" data-testid="triage-answer-overdue">
                      {t("report.answerOverdue")}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {page && page.total > 0 && (
        <TablePager
          total={page.total}
          page={filters.page}
          pageSize={TRIAGE_PAGE_SIZE}
          onChange={(p) => change({ page: p })}
        />
      )}
      {creating && <NewReportModal onClose={() => setCreating(false)} />}
    </>
  );
}
