import { Alert, Button, Table, Text } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { auditApi, keys } from "../../api/endpoints.ts";
import { fieldError } from "../../api/errors.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { PAGE_SIZE } from "../../components/usePagedSearch.ts";
import { formatDateTime } from "../../format.ts";
import { hasText } from "../../i18n/index.ts";
import { auditActionLabel, auditDomainLabel } from "./auditActions.ts";
import {
  AUDIT_FILTER_FIELDS,
  AuditFilters,
  NO_FILTERS,
  toAuditQuery,
  type AuditFilterValues,
} from "./AuditFilters.tsx";

/** The auditor's search of the audit log, and the check of its hash chain. */
export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: [...keys.audit, filters, page],
    queryFn: () => auditApi.list({ ...toAuditQuery(filters), page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({ mutationFn: auditApi.verify });

  const roleName = (role: string | null) =>
    role && hasText(`role.${role}`) ? t(`role.${role}`) : (role ?? "");
  const rows = list.data?.items ?? [];

  return (
    <>
      <PageTitle
        actions={
          <Button
            variant="light"
            loading={verify.isPending}
            onClick={() => verify.mutate()}
            data-testid="audit-verify"
          >
            {t("audit.verify")}
          </Button>
        }
      >
        {t("audit.title")}
      </PageTitle>
      {verify.data && (
        <Alert
          color={verify.data.ok ? "green" : "red"}
          role="status"
          mb="md"
          data-testid="audit-verify-result"
          data-ok={verify.data.ok}
        >
          {verify.data.ok || !verify.data.firstBroken
            ? t("audit.verifyOk", { checked: verify.data.checked })
            : t("audit.verifyBroken", {
                checked: verify.data.checked,
                seq: verify.data.firstBroken.seq,
                reason: verify.data.firstBroken.reason,
              })}
        </Alert>
      )}
      <ErrorAlert error={verify.error} />
      <AuditFilters
        onApply={(values) => {
          setFilters(values);
          setPage(1);
        }}
        fieldError={(field) => fieldError(t, list.error, field)}
      />
      <ErrorAlert error={list.error} fields={AUDIT_FILTER_FIELDS} />
      <Table.ScrollContainer minWidth={1000}>
        <Table striped aria-busy={list.isFetching} data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("audit.seq")}</Table.Th>
              <Table.Th>{t("audit.at")}</Table.Th>
              <Table.Th>{t("audit.actor")}</Table.Th>
              <Table.Th>{t("audit.action")}</Table.Th>
              <Table.Th>{t("audit.record")}</Table.Th>
              <Table.Th>{t("audit.fields")}</Table.Th>
              <Table.Th>{t("audit.route")}</Table.Th>
              <Table.Th>{t("audit.ip")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={8} />}
            {list.isSuccess && rows.length === 0 && <EmptyRow colSpan={8} text={t("audit.empty")} />}
            {rows.map((row) => (
              <Table.Tr key={row.id} data-testid="audit-row">
                <Table.Td>
                  {row.seq ?? (
                    <Text size="sm" c="dimmed" title={t("audit.unsealed")} aria-label={t("audit.unsealed")}>
                      —
                    </Text>
                  )}
                </Table.Td>
                {/* dd.MM.yyyy HH:mm in Almaty (R11.4); the instant to the second on hover. */}
                <Table.Td title={row.at}>{formatDateTime(row.at)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{row.actorName ?? t("audit.system")}</Text>
                  <Text size="xs" c="dimmed">
                    {roleName(row.role)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    title={row.action}
                    data-testid="audit-action-label"
                    data-action={row.action}
                  >
                    {auditActionLabel(t, row.action)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {row.recordType && <Text size="sm">{auditDomainLabel(t, row.recordType)}</Text>}
                  {row.recordId && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {row.recordId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{row.fields.join(", ")}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {row.route}
                  </Text>
                </Table.Td>
                <Table.Td>{row.ip}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <TablePager total={list.data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
      )}
    </>
  );
}
