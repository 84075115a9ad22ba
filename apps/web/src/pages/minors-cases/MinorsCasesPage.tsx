import { Badge, Button, Card, Table, Tabs, Text, TextInput, Title } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { usePagedSearch } from "../../components/usePagedSearch.ts";
import { formatDate, formatDateTime, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { useSession } from "../../auth/session.ts";
import { groundLabel } from "../handoffs/handoffLabels.ts";
import { caseKeys, casesApi } from "./casesApi.ts";
import type { MinorsCaseInboxItem } from "./caseTypes.ts";
import { CASE_STATES, caseStateColor, isCaseWriter } from "./caseDomain.ts";
import { NewCaseModal } from "./NewCaseModal.tsx";

type Tab = "all" | (typeof CASE_STATES)[number];
const TABS: readonly Tab[] = ["all", ...CASE_STATES];

/**
 * `/minors-cases`: the commission's cases by state (001 Art. 79(6)(9)) with search and pages, and for
 * the secretary the hand-offs addressed to the commission not yet opened as cases — a school's
 * referral after a refusal of support (78(4)), a release notice (80(10)(4)), the akimat's submission
 * (80(11)), police materials — each opened with one button.
 */
export function MinorsCasesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const writer = isCaseWriter(session.user.roles);
  const [tab, setTab] = useState<Tab>("all");
  const [creating, setCreating] = useState(false);
  const paged = usePagedSearch();
  const q = {
    state: tab === "all" ? undefined : tab,
    q: paged.q || undefined,
    page: paged.page,
    pageSize: paged.pageSize,
  };
  const list = useQuery({
    queryKey: caseKeys.list(q),
    queryFn: () => casesApi.list(q),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.items ?? [];
  return (
    <>
      <PageTitle
        actions={
          writer && (
            <Button onClick={() => setCreating(true)} data-testid="minors-case-new">
              {t("minorsCases.new")}
            </Button>
          )
        }
      >
        {t("minorsCases.title")}
      </PageTitle>
      {writer && <HandoffsToOpen />}
      <Tabs value={tab} onChange={(v) => (setTab((v as Tab) ?? "all"), paged.setPage(1))} mb="sm">
        <Tabs.List>
          {TABS.map((s) => (
            <Tabs.Tab key={s} value={s} data-testid={`minors-cases-tab-${s}`}>
              {t(s === "all" ? "minorsCases.tabAll" : `minorsCases.state.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <TextInput
        label={t("common.search")}
        description={t("minorsCases.searchHint")}
        value={paged.search}
        onChange={(e) => paged.setSearch(e.currentTarget.value)}
        maw={420}
        mb="sm"
        data-testid="minors-cases-search"
      />
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped data-testid="minors-cases-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("minorsCases.col.number")}</Table.Th>
              <Table.Th>{t("minorsCases.col.minor")}</Table.Th>
              <Table.Th>{t("minorsCases.col.source")}</Table.Th>
              <Table.Th>{t("minorsCases.col.openedOn")}</Table.Th>
              <Table.Th>{t("minorsCases.col.state")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={5} />}
            {list.data && rows.length === 0 && <EmptyRow colSpan={5} text={t("minorsCases.empty")} />}
            {rows.map((c) => (
              <Table.Tr key={c.id} data-testid="minors-case-row" data-state={c.state}>
                <Table.Td>
                  <AnchorLink
                    to="/minors-cases/$caseId"
                    params={{ caseId: c.id }}
                    data-testid="minors-case-link"
                  >
                    {c.number}
                  </AnchorLink>
                  {c.urgent && (
                    <Badge color="red" variant="light" ml="xs" size="sm">
                      {t("minorsCases.urgent")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.minor.fullName}</Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {t(`minorsCases.subject.${c.subject}`)}
                    {c.summary ? ` · ${c.summary}` : ""}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`minorsCases.source.${c.source}`)}</Table.Td>
                <Table.Td>{formatDate(c.openedOn)}</Table.Td>
                <Table.Td>
                  <Badge color={caseStateColor(c.state)} variant="light">
                    {t(`minorsCases.state.${c.state}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        total={list.data?.total ?? 0}
        page={paged.page}
        pageSize={paged.pageSize}
        onChange={paged.setPage}
      />
      {creating && <NewCaseModal onClose={() => setCreating(false)} />}
    </>
  );
}

/** The hand-offs addressed to the commission not yet turned into cases (GET /minors-cases/inbox). */
function HandoffsToOpen() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const inbox = useQuery({ queryKey: caseKeys.inbox, queryFn: casesApi.inbox });
  // A hand-off whose record names no minor (a citizen's report): the secretary chooses the minor.
  const [needsMinor, setNeedsMinor] = useState<string | null>(null);
  const open = useMutation({
    mutationFn: (item: MinorsCaseInboxItem) => casesApi.open({ fromHandoffId: item.handoff.id }),
    onSuccess: async (created) => {
      notifySaved(t(created.joined ? "minorsCases.joined" : "minorsCases.opened"));
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void navigate({ to: "/minors-cases/$caseId", params: { caseId: created.id } });
    },
    onError: (error, item) => {
      if (error instanceof ApiError && error.code === "minors_case.minor_required")
        setNeedsMinor(item.handoff.id);
    },
  });
  const items = inbox.data?.items ?? [];
  if (inbox.isPending || (items.length === 0 && !inbox.error)) return null;
  return (
    <Card withBorder mb="md" data-testid="minors-cases-inbox">
      <Title order={2} size="h4" mb="xs">
        {t("minorsCases.inboxTitle", { count: inbox.data?.total ?? items.length })}
      </Title>
      {!needsMinor && <ErrorAlert error={inbox.error ?? open.error} testId="minors-cases-open-error" />}
      {needsMinor && <NewCaseModal fromHandoffId={needsMinor} onClose={() => setNeedsMinor(null)} />}
      <Table.ScrollContainer minWidth={760}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("minorsCases.col.ground")}</Table.Th>
              <Table.Th>{t("minorsCases.col.minor")}</Table.Th>
              <Table.Th>{t("minorsCases.col.sender")}</Table.Th>
              <Table.Th>{t("minorsCases.col.sentAt")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => {
              const h = item.handoff;
              return (
                <Table.Tr key={h.id} data-testid="minors-cases-inbox-row" data-ground={h.ground}>
                  <Table.Td>
                    <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: h.id }}>
                      {groundLabel(t, h.ground)}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {t(`minorsCases.source.${item.source}`)} · <LawCitation code={h.article} />
                    </Text>
                  </Table.Td>
                  <Table.Td>{item.minor?.fullName ?? t("minorsCases.minorToChoose")}</Table.Td>
                  <Table.Td>{localName(h.senderBody.name, lang)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(h.sentAt)}</Text>
                    {item.overdue && (
                      <Text size="xs" c="red">
                        {t("minorsCases.overdue")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      loading={open.isPending && open.variables?.handoff.id === h.id}
                      onClick={() => (item.minor ? open.mutate(item) : setNeedsMinor(h.id))}
                      data-testid="minors-cases-open-from-handoff"
                    >
                      {t(item.openCaseId ? "minorsCases.joinCase" : "minorsCases.openCase")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
