import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { bodiesApi, keys } from "../api/endpoints.ts";
import type { I18nName } from "../api/types.ts";
import { localName, useLanguage } from "../i18n/index.ts";

export interface BodyOption {
  id: string;
  name: I18nName;
}

interface Props {
  label: string;
  value: BodyOption | null;
  onChange: (value: BodyOption | null) => void;
  error?: string | undefined;
  description?: string | undefined;
  required?: boolean;
  clearable?: boolean;
  /** A body that may not be chosen (a body cannot be its own parent). */
  excludeId?: string;
  testId?: string;
}

/** Choose a body by typing part of its name; the server searches, 50 at a time. */
export function BodySelect(props: Props) {
  const { label, value, onChange, error, description, required, clearable, excludeId, testId } = props;
  const { t } = useTranslation();
  const lang = useLanguage();
  const [search, setSearch] = useState("");
  const selectedLabel = value ? localName(value.name, lang) : "";
  // The input shows the chosen body's name; that is not a search for it.
  const [q] = useDebouncedValue(search === selectedLabel ? "" : search.trim(), 300);
  const found = useQuery({
    queryKey: [...keys.bodies, "select", q],
    queryFn: () => bodiesApi.list({ q: q || undefined, pageSize: 50 }),
    placeholderData: keepPreviousData,
  });

  const options = new Map<string, BodyOption>();
  if (value) options.set(value.id, value);
  for (const body of found.data?.items ?? []) options.set(body.id, { id: body.id, name: body.name });
  if (excludeId) options.delete(excludeId);

  return (
    <Select
      label={label}
      description={description}
      required={required}
      clearable={clearable}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the query; do not filter a second time in the browser.
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t("common.loading") : t("bodies.empty")}
      data={[...options.values()].map((option) => ({
        value: option.id,
        label: localName(option.name, lang),
      }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (options.get(id) ?? null) : null)}
      error={error}
      clearButtonProps={{ "aria-label": t("common.clear") }}
      data-testid={testId}
    />
  );
}
