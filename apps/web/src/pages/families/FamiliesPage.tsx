import { Badge, Table, Text, TextInput } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { SavedTr } from "../../components/SavedTr.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { usePagedSearch } from "../../components/usePagedSearch.ts";
import { withheldText } from "../../components/withheldText.ts";
import { formatDateTime } from "../../format.ts";
import { familiesApi, familyKeys } from "./familiesApi.ts";

/**
 * `/families`: the families of the user's territory (001 Art. 54(1): persons (families) in
 * difficult life situations; 72: the families of incidents), found by the family's name or a
 * member's; a family the reader may not see (the victim barrier, 001 Art. 83(2)) is said withheld.
 */
export function FamiliesPage() {
  const { t } = useTranslation();
  const { search, setSearch, q, page, setPage, pageSize } = usePagedSearch();
  const query = { q: q || undefined, page, pageSize };
  const list = useQuery({
    queryKey: familyKeys.list(query),
    queryFn: () => familiesApi.list(query),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.items ?? [];
  return (
    <>
      <PageTitle>{t("families.title")}</PageTitle>
      <Text size="sm" c="dimmed" mb="md">
        {t("families.intro")}
      </Text>
      <TextInput
        type="search"
        label={t("families.search")}
        description={t("families.searchHint")}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
        mb="md"
        data-testid="family-search"
      />
      <ErrorAlert error={list.error} testId="family-list-error" />
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-busy={list.isFetching} data-testid="family-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("families.col.family")}</Table.Th>
              <Table.Th>{t("families.col.members")}</Table.Th>
              <Table.Th>{t("families.col.incidents")}</Table.Th>
              <Table.Th>{t("families.col.lastIncident")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={4} />}
            {list.isSuccess && rows.length === 0 && (
              <EmptyRow colSpan={4} text={t(q ? "families.emptySearch" : "families.empty")} />
            )}
            {rows.map((f) => (
              <SavedTr key={f.id} recordId={f.id} data-testid="family-row" data-id={f.id}>
                <Table.Td>
                  {f.label === null ? (
                    <Text size="sm" c="dimmed" data-testid="family-withheld">
                      {f.withheld?.[0] ? withheldText(t, f.withheld[0]) : "—"}
                    </Text>
                  ) : (
                    <AnchorLink
                      to="/families/$familyId"
                      params={{ familyId: f.id }}
                      fw={500}
                      data-testid="family-open"
                    >
                      {t("families.named", { label: f.label })}
                    </AnchorLink>
                  )}
                </Table.Td>
                <Table.Td>{f.members}</Table.Td>
                <Table.Td>
                  {f.incidents}
                  {f.incidents > 1 && (
                    <Badge ml="xs" size="sm" color="grape" variant="light">
                      {t("families.repeatShort")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{f.lastIncidentAt ? formatDateTime(f.lastIncidentAt) : "—"}</Table.Td>
              </SavedTr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && <TablePager total={list.data.total} page={page} pageSize={pageSize} onChange={setPage} />}
    </>
  );
}
