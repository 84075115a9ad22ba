import { Badge, Group, NativeSelect, Table, Tabs, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { formatDateTime, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { DueCell, StateBadges } from "./HandoffBits.tsx";
import {
  choiceFromSearch,
  LIST_TABS,
  searchFromChoice,
  type ListChoice,
  type ListTab,
} from "./handoffDomain.ts";
import { groundLabel, recordTypeLabel, stateLabel } from "./handoffLabels.ts";
import {
  HANDOFF_GROUND_CODES,
  HANDOFF_RECORD_TYPES,
  handoffKeys,
  handoffsApi,
  type HandoffBox,
  type HandoffCounts,
  type HandoffQuery,
  type HandoffRow,
  WARNING_COPY_GROUND,
} from "./handoffsApi.ts";
import { RecordLink } from "./RecordLink.tsx";

const PAGE_SIZE = 25;
/** The tabs above the list: everything, the overdue first of all, then each state. */
type Tab = ListTab;

interface Props {
  box: HandoffBox;
  /** A list of one ground only (the prosecutor's copies of official warnings, 001 Art. 51(3)). */
  ground?: string;
}

/**
 * A body's hand-offs: incoming (the inbox: what other bodies sent it to receive, accept or decline,
 * and answer) or outgoing (the outbox: what it sent and whether the receiver acknowledged). Counts by
 * state and overdue as tabs, overdue first then by due instant (the server's order), filters by ground
 * and record type, 25 a page.
 */
export function HandoffsListPage({ box, ground: fixedGround }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ strict: false });
  const choice = useMemo(() => choiceFromSearch(search as Record<string, unknown>), [search]);
  const { tab, page } = choice;
  const ground = fixedGround ?? choice.ground;
  const recordType = HANDOFF_RECORD_TYPES.find((r) => r === choice.recordType) ?? "";
  const path = fixedGround ? "/warning-copies" : box === "inbox" ? "/handoffs" : "/handoffs/outbox";
  // Each choice is a step of the address: Back from a hand-off returns to the same tab and page.
  const go = (change: Partial<ListChoice>) =>
    void navigate({ to: path, search: searchFromChoice({ ...choice, page: 1, ...change }) });
  const q: HandoffQuery = {
    state: tab === "all" || tab === "overdue" ? undefined : tab,
    overdue: tab === "overdue" ? true : undefined,
    ground: ground || undefined,
    recordType: recordType || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: handoffKeys.list(box, q),
    queryFn: () => handoffsApi.list(box, q),
    placeholderData: keepPreviousData,
  });
  const now = new Date();
  const rows = list.data?.items ?? [];
  // Empty under a tab while other tabs have some: say so; an empty box: say what comes there.
  const boxEmpty = list.data !== undefined && Object.values(list.data.counts).every((n) => n === 0);
  const filtered = (tab !== "all" && !boxEmpty) || (!fixedGround && ground !== "") || recordType !== "";
  const title = fixedGround
    ? t("handoff.copiesTitle")
    : t(box === "inbox" ? "handoff.inboxTitle" : "handoff.outboxTitle");

  return (
    <>
      <PageTitle
        actions={
          !fixedGround && (
            <Group gap="xs" role="group" aria-label={t("handoff.boxes")}>
              <ButtonLink
                to="/handoffs"
                size="xs"
                variant={box === "inbox" ? "filled" : "default"}
                data-testid="handoff-box-inbox"
                aria-current={box === "inbox" ? "page" : undefined}
              >
                {t("handoff.inbox")}
              </ButtonLink>
              <ButtonLink
                to="/handoffs/outbox"
                size="xs"
                variant={box === "outbox" ? "filled" : "default"}
                data-testid="handoff-box-outbox"
                aria-current={box === "outbox" ? "page" : undefined}
              >
                {t("handoff.outbox")}
              </ButtonLink>
            </Group>
          )
        }
      >
        {title}
      </PageTitle>
      <Text size="sm" c="dimmed" mb="md">
        {fixedGround
          ? t("handoff.copiesIntro")
          : t(box === "inbox" ? "handoff.inboxIntro" : "handoff.outboxIntro")}
      </Text>
      <Group mb="md" align="flex-end">
        {!fixedGround && (
          <NativeSelect
            label={t("handoff.filter.ground")}
            w={{ base: "100%", sm: 380 }}
            value={ground}
            data={[
              { value: "", label: t("handoff.filter.allGrounds") },
              ...HANDOFF_GROUND_CODES.map((g) => ({ value: g, label: groundLabel(t, g) })),
            ]}
            onChange={(e) => go({ ground: e.currentTarget.value })}
            data-testid="handoff-filter-ground"
          />
        )}
        <NativeSelect
          label={t("handoff.filter.recordType")}
          value={recordType}
          data={[
            { value: "", label: t("handoff.filter.allRecordTypes") },
            ...HANDOFF_RECORD_TYPES.map((r) => ({ value: r, label: recordTypeLabel(t, r) })),
          ]}
          onChange={(e) => {
            const v = e.currentTarget.value;
            go({ recordType: v });
          }}
          data-testid="handoff-filter-record-type"
        />
      </Group>
      <Tabs
        value={tab}
        onChange={(v) => go({ tab: LIST_TABS.find((x) => x === v) ?? "sent" })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {LIST_TABS.map((x) => (
            <Tabs.Tab
              key={x}
              value={x}
              data-testid={`handoff-tab-${x}`}
              rightSection={
                list.data && x !== "all" ? <CountBadge tab={x} counts={list.data.counts} /> : undefined
              }
            >
              {x === "all" ? t("handoff.tabAll") : x === "overdue" ? t("handoff.overdue") : stateLabel(t, x)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <ErrorAlert error={list.error} testId="handoff-list-error" />
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-busy={list.isFetching} data-testid={`handoff-${box}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("handoff.col.ground")}</Table.Th>
              <Table.Th>{t(box === "inbox" ? "handoff.col.from" : "handoff.col.to")}</Table.Th>
              <Table.Th>{t("handoff.col.record")}</Table.Th>
              <Table.Th>{t("handoff.col.sent")}</Table.Th>
              <Table.Th>{t("handoff.col.due")}</Table.Th>
              <Table.Th>{t("handoff.col.state")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={6} />}
            {list.isSuccess && rows.length === 0 && (
              <EmptyRow colSpan={6} text={emptyText(t, box, filtered)} />
            )}
            {rows.map((row) => (
              <Row key={row.id} row={row} box={box} now={now} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <TablePager
          total={list.data.total}
          page={page}
          pageSize={PAGE_SIZE}
          onChange={(p) => go({ page: p })}
        />
      )}
    </>
  );
}

function emptyText(t: ReturnType<typeof useTranslation>["t"], box: HandoffBox, filtered: boolean): string {
  if (filtered) return t("handoff.emptyFiltered");
  return t(box === "inbox" ? "handoff.emptyInbox" : "handoff.emptyOutbox");
}

function CountBadge({ tab, counts }: { tab: Exclude<Tab, "all">; counts: HandoffCounts }) {
  const n = counts[tab];
  const color = tab === "overdue" ? (n > 0 ? "red" : "gray") : tab === "sent" && n > 0 ? "orange" : "gray";
  return (
    <Badge
      size="sm"
      circle={n < 10}
      color={color}
      variant={n > 0 ? "filled" : "light"}
      data-testid={`handoff-count-${tab}`}
    >
      {n}
    </Badge>
  );
}

function Row({ row, box, now }: { row: HandoffRow; box: HandoffBox; now: Date }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const other = box === "inbox" ? row.senderBody : row.receiverBody;
  return (
    <Table.Tr data-testid="handoff-row" data-id={row.id} data-state={row.state} data-overdue={row.overdue}>
      <Table.Td>
        <AnchorLink
          to="/handoffs/$handoffId"
          params={{ handoffId: row.id }}
          fw={500}
          data-testid="handoff-open"
        >
          {groundLabel(t, row.ground)}
        </AnchorLink>
        <Text size="xs" c="dimmed">
          <LawCitation code={row.article} />
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{localName(other.name, lang)}</Text>
      </Table.Td>
      <Table.Td>
        <RecordLink record={row.record} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDateTime(row.sentAt, lang)}</Text>
      </Table.Td>
      <Table.Td>
        <DueCell row={row} now={now} />
      </Table.Td>
      <Table.Td>
        <StateBadges row={row} />
      </Table.Td>
    </Table.Tr>
  );
}

/** `/handoffs`: what other bodies sent the user's body. */
export const HandoffsInboxPage = () => <HandoffsListPage box="inbox" />;
/** `/handoffs/outbox`: what the user's body sent. */
export const HandoffsOutboxPage = () => <HandoffsListPage box="outbox" />;
/** `/warning-copies`: the prosecutor's copies of official warnings (001 Art. 51(3)). */
export const WarningCopiesPage = () => <HandoffsListPage box="inbox" ground={WARNING_COPY_GROUND} />;
