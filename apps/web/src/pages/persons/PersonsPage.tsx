import { Button, Group, Pagination, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import { useSession } from "../../auth/session.ts";
import { ButtonLink } from "../../components/links.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { canEditPersons } from "../../shell/abilities.ts";
import { PersonsFilters } from "./PersonsFilters.tsx";
import { PersonsTable } from "./PersonsTable.tsx";
import {
  filtersFromSearch,
  isNarrowed,
  LIST_PAGE_SIZE,
  listParams,
  NO_FILTERS,
  searchFromFilters,
  toggleSort,
  withChange,
  type ListFilters,
} from "./personsList.ts";

/**
 * The persons of the user's territory (R1.1, R3): found by IIN (exact) or name (typos and
 * Cyrillic/Latin spelling tolerated), narrowed by district, register, measure and responsible
 * official, sorted by a column's header. Every choice is kept in the page's address: a link shows
 * the same list, and the browser's Back undoes the last choice.
 */
export function PersonsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const search = useSearch({ strict: false });
  const filters = useMemo(() => filtersFromSearch(search as Record<string, unknown>), [search]);
  // A choice is a step Back can undo; typing in a search box replaces the step it is in.
  const go = (next: ListFilters, replace = false) =>
    void navigate({ to: "/persons", search: searchFromFilters(next), replace });
  const change = (c: Partial<ListFilters>) => go(withChange(filters, c));

  const [iin, setIin] = useState(filters.iin);
  const [name, setName] = useState(filters.q);
  const [iinTyped] = useDebouncedValue(iin.replace(/\s/g, ""), 300);
  const [nameTyped] = useDebouncedValue(name.trim(), 300);
  // A partly typed IIN searches nothing yet: the server takes exactly 12 digits.
  const iinPartial = iinTyped !== "" && !/^\d{12}$/.test(iinTyped);
  const nameQ = nameTyped.length >= 2 ? nameTyped : "";
  useEffect(() => {
    if (iinPartial) return;
    if (iinTyped !== filters.iin || nameQ !== filters.q)
      go(withChange(filters, { iin: iinTyped, q: nameQ }), true);
    // Only the typed text starts a search; the address's own changes come in through `filters`.
  }, [iinTyped, nameQ]);
  useEffect(() => {
    // Back or a link changed the search: the boxes show it.
    if (filters.iin !== iin.replace(/\s/g, "")) setIin(filters.iin);
    if (filters.q !== name.trim() && !(name.trim().length < 2 && filters.q === "")) setName(filters.q);
  }, [filters.iin, filters.q]);

  const params = listParams(filters);
  const list = useQuery({
    queryKey: personKeys.list(params),
    queryFn: () => personsApi.list(params),
    placeholderData: keepPreviousData,
    enabled: !iinPartial,
  });
  const page = list.data;
  const creates = canEditPersons(user.roles);
  const reset = () =>
    go({ ...NO_FILTERS, iin: filters.iin, q: filters.q, sort: filters.sort, order: filters.order });

  const empty =
    filters.iin || filters.q ? (
      <Text c="dimmed" ta="center" py="md">
        {t("persons.notFound")}
      </Text>
    ) : isNarrowed(filters) ? (
      <Stack align="center" gap="xs" py="md">
        <Text c="dimmed">{t("personsList.emptyFiltered")}</Text>
        <Button variant="light" size="xs" onClick={reset}>
          {t("personsList.reset")}
        </Button>
      </Stack>
    ) : (
      <Stack align="center" gap="xs" py="md">
        <Text c="dimmed">{creates ? t("personsList.emptyNone") : t("personsList.emptyNoneReader")}</Text>
        {creates && (
          <ButtonLink to="/persons/new" variant="light" size="xs">
            {t("persons.create")}
          </ButtonLink>
        )}
      </Stack>
    );

  return (
    <>
      <PageTitle
        actions={
          creates && (
            <ButtonLink to="/persons/new" data-testid="person-create">
              {t("persons.create")}
            </ButtonLink>
          )
        }
      >
        {t("persons.title")}
      </PageTitle>
      <Group align="flex-start" mb="sm" role="search">
        <TextInput
          type="search"
          label={t("persons.iin")}
          inputMode="numeric"
          maxLength={14}
          value={iin}
          onChange={(e) => setIin(e.currentTarget.value)}
          error={iinPartial ? t("persons.iinTwelveDigits") : undefined}
          w={200}
          data-testid="person-search-iin"
        />
        <TextInput
          type="search"
          label={t("persons.name")}
          description={t("persons.nameSearchHint")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          w={520}
          data-testid="person-search-q"
        />
      </Group>
      <PersonsFilters
        filters={filters}
        onChange={change}
        onReset={reset}
        registerShown={page?.registerShown ?? false}
      />
      <ErrorAlert error={list.error} />
      <PersonsTable
        page={iinPartial ? undefined : page}
        districtShown={user.territory.level !== "district"}
        filters={filters}
        loading={list.isPending && !iinPartial}
        busy={list.isFetching}
        onSort={(column) => go(toggleSort(filters, column))}
        empty={empty}
      />
      {page && !iinPartial && (
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed" data-testid="table-total">
            {page.totalIsLowerBound
              ? t("personsList.totalAtLeast", { total: page.total })
              : t("common.total", { total: page.total })}
          </Text>
          {page.total > LIST_PAGE_SIZE && (
            <Pagination
              total={Math.ceil(page.total / LIST_PAGE_SIZE)}
              value={filters.page}
              onChange={(p) => change({ page: p })}
              aria-label={t("pagination.label")}
              getItemProps={(p) => ({ "aria-label": t("pagination.page", { page: p }) })}
              getControlProps={(control) => ({ "aria-label": t(`pagination.${control}`) })}
              data-testid="persons-pager"
            />
          )}
        </Group>
      )}
    </>
  );
}
