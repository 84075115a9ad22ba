import { Button, Table, TextInput } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { bodiesApi, keys } from "../../api/endpoints.ts";
import type { Body } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { usePagedSearch } from "../../components/usePagedSearch.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { BodyFormModal } from "./BodyFormModal.tsx";
import { SavedTr } from "../../components/SavedTr.tsx";

/** The administrators' list of bodies and organisations: search, create, edit. */
export function BodiesPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const paging = usePagedSearch();
  const [editing, setEditing] = useState<Body | "new" | null>(null);
  const list = useQuery({
    queryKey: [...keys.bodies, "page", paging.q, paging.page],
    queryFn: () => bodiesApi.list({ q: paging.q || undefined, page: paging.page, pageSize: paging.pageSize }),
    placeholderData: keepPreviousData,
  });

  const rows = list.data?.items ?? [];
  return (
    <>
      <PageTitle
        actions={
          <Button onClick={() => setEditing("new")} data-testid="body-create">
            {t("bodies.create")}
          </Button>
        }
      >
        {t("bodies.title")}
      </PageTitle>
      <TextInput
        type="search"
        label={t("common.search")}
        placeholder={t("bodies.searchPlaceholder")}
        value={paging.search}
        onChange={(e) => paging.setSearch(e.currentTarget.value)}
        maw={420}
        mb="md"
        data-testid="bodies-search"
      />
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={700}>
        <Table striped highlightOnHover aria-busy={list.isFetching} data-testid="bodies-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("bodies.name")}</Table.Th>
              <Table.Th>{t("bodies.type")}</Table.Th>
              <Table.Th>{t("bodies.territory")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={4} />}
            {list.isSuccess && rows.length === 0 && <EmptyRow colSpan={4} text={t("bodies.empty")} />}
            {rows.map((body) => (
              <SavedTr recordId={body.id} key={body.id} data-testid="body-row">
                <Table.Td>{localName(body.name, lang)}</Table.Td>
                <Table.Td>{t(`bodyType.${body.type}`)}</Table.Td>
                <Table.Td>{localName(body.territoryName, lang)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="light"
                    aria-label={`${t("common.edit")}: ${localName(body.name, lang)}`}
                    onClick={() => setEditing(body)}
                  >
                    {t("common.edit")}
                  </Button>
                </Table.Td>
              </SavedTr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <TablePager
          total={list.data.total}
          page={paging.page}
          pageSize={paging.pageSize}
          onChange={paging.setPage}
        />
      )}
      {editing && (
        <BodyFormModal body={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
