import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  measureKeys,
  WORKLIST_EXPORT_LIMIT,
  worklistsApi,
  type WorklistFilters,
} from "../../api/measures.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { PAGE_SIZE } from "../../components/usePagedSearch.ts";
import type { DueCheck, DueDuty } from "../../api/types.ts";
import { formatDate, formatDateTime, LawCitation } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { canIssueMeasures, canRecordChecks } from "../../shell/abilities.ts";
import { groundLabel, labelOf } from "../measures/labels.ts";
import { ByTerritory } from "./ByTerritory.tsx";
import { completionLabel, DutyDoneModal } from "./DutyDoneModal.tsx";
import { RecordCheckModal, type CheckTarget } from "./RecordCheckModal.tsx";

interface Props {
  filters: WorklistFilters;
  /** Narrow the list to one district (from the counts by district). */
  onPickTerritory: (territoryId: string) => void;
}

function StatusBadge({ status }: { status: "overdue" | "due" | "upcoming" }) {
  const { t } = useTranslation();
  const color = status === "overdue" ? "red" : status === "due" ? "orange" : "blue";
  return (
    <Badge color={color} variant={status === "upcoming" ? "light" : "filled"} data-testid={`badge-${status}`}>
      {t(`worklists.${status}`)}
    </Badge>
  );
}

/** The person of a row, linked to the card; "withheld" where the reader may not see the name (59(6)). */
function PersonCell({ personId, name }: { personId: string | null; name: string }) {
  return personId ? (
    <AnchorLink to="/persons/$personId" params={{ personId }} data-testid="worklist-person">
      {name}
    </AnchorLink>
  ) : (
    <>{name}</>
  );
}

/** What falls due for the person that day, each linked: the register entry, the measures. */
function DueRecords({ row }: { row: DueCheck }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {row.records.map((r) =>
        r.source === "measure" ? (
          <AnchorLink key={r.id} to="/measures/$measureId" params={{ measureId: r.id }} size="sm">
            {labelOf(t, "measureKind", r.what)}
          </AnchorLink>
        ) : (
          <AnchorLink
            key={r.id}
            to="/register/$entryId"
            params={{ entryId: r.id }}
            size="sm"
            data-testid="worklist-entry"
          >
            {t("timeline.registerEntry")}: {groundLabel(t, r.what)}
          </AnchorLink>
        ),
      )}
    </Stack>
  );
}

/**
 * Due and overdue control checks, one row per person and day; each row has a "record check" action
 * that records the visit on the register entry (carried to its measures, 001 Art. 59(10)).
 */
export function ChecksTable({ filters, onPickTerritory }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<CheckTarget | null>(null);
  const params = { ...filters, page, pageSize: PAGE_SIZE };
  const list = useQuery({
    queryKey: [...measureKeys.worklists, "checks", params],
    queryFn: () => worklistsApi.checks(params),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.items ?? [];
  return (
    <>
      <ErrorAlert error={list.error} />
      {list.data && <Counts counts={list.data.counts} total={list.data.total} />}
      {list.data && <ByTerritory rows={list.data.byTerritory} onPick={onPickTerritory} />}
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-busy={list.isFetching} data-testid="worklist-checks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("worklists.person")}</Table.Th>
              <Table.Th>{t("worklists.what")}</Table.Th>
              <Table.Th>{t("worklists.dueOn")}</Table.Th>
              <Table.Th>{t("worklists.status")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={5} />}
            {list.isSuccess && rows.length === 0 && <EmptyRow colSpan={5} text={t("worklists.noChecks")} />}
            {rows.map((row) => {
              const name = row.personName ?? t("persons.withheld");
              const first = row.records[0]!;
              return (
                <Table.Tr key={`${row.personId ?? first.id}:${row.dueOn}`} data-testid="worklist-row">
                  <Table.Td>
                    <PersonCell personId={row.personId} name={name} />
                  </Table.Td>
                  <Table.Td>
                    <DueRecords row={row} />
                  </Table.Td>
                  <Table.Td>{formatDate(row.dueOn, lang)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={row.status} />
                  </Table.Td>
                  <Table.Td>
                    {canRecordChecks(user.roles) && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        aria-label={`${t("worklists.recordCheck")}: ${name}`}
                        onClick={() => setTarget({ source: first.source, id: first.id, label: name })}
                        data-testid="record-check"
                      >
                        {t("worklists.recordCheck")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <TablePager total={list.data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
      )}
      {target && <RecordCheckModal target={target} onClose={() => setTarget(null)} />}
    </>
  );
}

/**
 * Due duties under measures: the prosecutor's copy within 24 hours (due from the issue, at its hour),
 * answers within a month, release notices… Each row links the person and the measure, and a "done"
 * action records the fact that completes the duty.
 */
export function DutiesTable({ filters, onPickTerritory }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const mayRecord = canIssueMeasures(user.roles) || canRecordChecks(user.roles);
  const [page, setPage] = useState(1);
  const [done, setDone] = useState<DueDuty | null>(null);
  const params = { ...filters, page, pageSize: PAGE_SIZE };
  const list = useQuery({
    queryKey: [...measureKeys.worklists, "duties", params],
    queryFn: () => worklistsApi.duties(params),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.items ?? [];
  return (
    <>
      <ErrorAlert error={list.error} />
      {list.data && <Counts counts={list.data.counts} total={list.data.total} />}
      {list.data && <ByTerritory rows={list.data.byTerritory} onPick={onPickTerritory} />}
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-busy={list.isFetching} data-testid="worklist-duties">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("worklists.person")}</Table.Th>
              <Table.Th>{t("worklists.duty")}</Table.Th>
              <Table.Th>{t("worklists.dueBy")}</Table.Th>
              <Table.Th>{t("worklists.status")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={5} />}
            {list.isSuccess && rows.length === 0 && <EmptyRow colSpan={5} text={t("worklists.noDuties")} />}
            {rows.map((row) => (
              <Table.Tr key={`${row.measureId}:${row.code}`} data-testid="worklist-row">
                <Table.Td>
                  <PersonCell personId={row.personId} name={row.personName ?? t("persons.withheld")} />
                </Table.Td>
                <Table.Td>
                  <AnchorLink
                    to="/measures/$measureId"
                    params={{ measureId: row.measureId }}
                    data-testid="worklist-duty"
                  >
                    {labelOf(t, "duty", row.code)}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {labelOf(t, "measureKind", row.kind)} · <LawCitation code={row.article} />
                  </Text>
                </Table.Td>
                <Table.Td data-testid="worklist-due-at">{formatDateTime(row.dueAt, lang)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={row.status} />
                </Table.Td>
                <Table.Td>
                  {mayRecord && row.completedBy && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      title={completionLabel(t, row)}
                      aria-label={`${t("worklists.done")}: ${labelOf(t, "duty", row.code)}`}
                      onClick={() => setDone(row)}
                      data-testid="duty-done"
                    >
                      {t("worklists.done")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <TablePager total={list.data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
      )}
      {done && <DutyDoneModal duty={done} onClose={() => setDone(null)} />}
    </>
  );
}

/** The counts above a worklist, and a word when the list is longer than one download holds. */
function Counts({
  counts,
  total,
}: {
  counts: { overdue: number; due: number; upcoming: number };
  total: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      {total > WORKLIST_EXPORT_LIMIT && (
        <Text size="sm" c="orange" mb="xs" data-testid="worklist-export-truncated">
          {t("worklists.exportTruncated", { total, max: WORKLIST_EXPORT_LIMIT })}
        </Text>
      )}
      <Group gap="xs" mb="sm" data-testid="worklist-counts">
        <Badge color="red" data-testid="worklist-count-overdue">
          {t("worklists.overdue")}: {counts.overdue}
        </Badge>
        <Badge color="orange" data-testid="worklist-count-due">
          {t("worklists.due")}: {counts.due}
        </Badge>
        <Badge color="blue" variant="light" data-testid="worklist-count-upcoming">
          {t("worklists.upcoming")}: {counts.upcoming}
        </Badge>
      </Group>
    </>
  );
}
