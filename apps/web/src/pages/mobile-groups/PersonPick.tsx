import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import type { PersonSearchHit } from "../../api/types.ts";
import { formatDate } from "../../format.ts";
import { familySearchParams } from "../persons/familySearch.ts";
import { cyrName } from "../persons/personName.ts";

export interface PickedPerson {
  id: string;
  label: string;
}

/**
 * A person found by IIN (twelve digits) or name (three letters or more) among those the user may
 * read; a person withheld from the user (the victim barrier) is not offered, as the search leaves out
 * their personal part.
 */
export function PersonPick(props: {
  id: string;
  label: string;
  onPick: (p: PickedPerson) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const params = debounced.length >= 3 || /^\d{12}$/.test(debounced) ? familySearchParams(debounced) : null;
  const found = useQuery({
    queryKey: personKeys.search({ ...params, pageSize: 10 }),
    queryFn: () => personsApi.search({ ...params, pageSize: 10 }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
  const hits: PersonSearchHit[] =
    params === null ? [] : (found.data?.items ?? []).filter((h) => h.mergedInto === null && h.personal);
  const label = (h: PersonSearchHit) =>
    `${cyrName(h.personal!)} (${t("forms.victims.born", { date: formatDate(h.personal!.birthDate) })})`;
  return (
    <Select
      id={props.id}
      style={{ flex: 1, minWidth: 280 }}
      label={props.label}
      description={t("forms.victims.searchHint")}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={hits.map((h) => ({ value: h.id, label: label(h) }))}
      value={null}
      onChange={(personId) => {
        const hit = hits.find((h) => h.id === personId);
        if (!hit) return;
        setSearch("");
        props.onPick({ id: hit.id, label: label(hit) });
      }}
      nothingFoundMessage={
        params === null
          ? undefined
          : found.isFetching
            ? t("forms.victims.searching")
            : t("forms.victims.nothingFound")
      }
      data-testid={props.testId}
    />
  );
}
