import { Group, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import { useSession } from "../../auth/session.ts";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { PAGE_SIZE } from "../../components/usePagedSearch.ts";
import { formatDate } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { canEditPersons } from "../../shell/abilities.ts";
import { latName } from "./personName.ts";
import { summaryName } from "../../components/withheldText.ts";

/** Find a person by IIN (exact) or by name (typos and Cyrillic/Latin spelling tolerated). */
export function PersonsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const [iin, setIin] = useState("");
  const [name, setName] = useState("");
  const [page, setPage] = useState(1);
  const [iinQ] = useDebouncedValue(iin.replace(/\s/g, ""), 300);
  const [nameQ] = useDebouncedValue(name.trim(), 300);
  // A partly typed IIN searches nothing yet: the server takes exactly 12 digits.
  const iinPartial = iinQ !== "" && !/^\d{12}$/.test(iinQ);
  const params = {
    iin: iinQ || undefined,
    q: nameQ.length >= 2 ? nameQ : undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: personKeys.search(params),
    queryFn: () => personsApi.search(params),
    placeholderData: keepPreviousData,
    enabled: !iinPartial,
  });
  const rows = list.data?.items ?? [];
  const searching = Boolean(params.iin ?? params.q);

  return (
    <>
      <PageTitle
        actions={
          canEditPersons(user.roles) && (
            <ButtonLink to="/persons/new" data-testid="person-create">
              {t("persons.create")}
            </ButtonLink>
          )
        }
      >
        {t("persons.title")}
      </PageTitle>
      <Group align="flex-start" mb="md" role="search">
        <TextInput
          type="search"
          label={t("persons.iin")}
          inputMode="numeric"
          maxLength={14}
          value={iin}
          onChange={(e) => {
            setIin(e.currentTarget.value);
            setPage(1);
          }}
          error={iinPartial ? t("persons.iinTwelveDigits") : undefined}
          w={220}
          data-testid="person-search-iin"
        />
        <TextInput
          type="search"
          label={t("persons.name")}
          description={t("persons.nameSearchHint")}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setPage(1);
          }}
          w={360}
          data-testid="person-search-q"
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover aria-busy={list.isFetching} data-testid="persons-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("persons.name")}</Table.Th>
              <Table.Th>{t("persons.iin")}</Table.Th>
              <Table.Th>{t("persons.birthDate")}</Table.Th>
              <Table.Th>{t("persons.sex")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && !iinPartial && <LoadingRow colSpan={4} />}
            {list.isSuccess && rows.length === 0 && (
              <EmptyRow colSpan={4} text={searching ? t("persons.notFound") : t("persons.empty")} />
            )}
            {rows.map((hit) => (
              <Table.Tr key={hit.id} data-testid="person-row">
                <Table.Td>
                  <AnchorLink to="/persons/$personId" params={{ personId: hit.id }}>
                    {summaryName(t, hit, t("persons.withheld"))}
                  </AnchorLink>
                  {hit.personal && latName(hit.personal) && (
                    <Text size="xs" c="dimmed">
                      {latName(hit.personal)}
                    </Text>
                  )}
                  {hit.mergedInto && (
                    <Text size="xs" c="orange.9">
                      {t("persons.mergedShort")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{hit.personal?.iin ?? "—"}</Table.Td>
                <Table.Td>{formatDate(hit.personal?.birthDate, lang)}</Table.Td>
                <Table.Td>{hit.personal ? t(`sex.${hit.personal.sex}`) : "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && !iinPartial && (
        <TablePager total={list.data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
      )}
    </>
  );
}
