import { Select, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { UserChoice } from "@aldyn/contract";
import { localName, useLanguage } from "../../i18n/index.ts";

interface Props {
  label: string;
  description?: string | undefined;
  value: UserChoice | null;
  onChange: (value: UserChoice | null) => void;
  /** The server's search of the users this field may take (the auditor's, the office's). */
  search: (q: string | undefined) => Promise<{ items: UserChoice[] }>;
  /** What the search is of, for its cache: "audit-actors", "npm-logins". */
  queryKey: string;
  error?: string | undefined;
  testId?: string;
}

/** How a user reads in the list: "Full Name (login)". */
export function userLabel(u: UserChoice): string {
  return `${u.fullName} (${u.username})`;
}

/**
 * Pick a user by typing part of the name or login: the server searches (20 at a time) and each option
 * names the person, the login and the body — so nobody pastes a user's id.
 */
export function UserPicker({ label, description, value, onChange, search, queryKey, error, testId }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [text, setText] = useState("");
  // The input shows the chosen user; that is not a search for them.
  const [q] = useDebouncedValue(value && text === userLabel(value) ? "" : text.trim(), 300);
  const found = useQuery({
    queryKey: ["user-choices", queryKey, q],
    queryFn: () => search(q || undefined),
    placeholderData: keepPreviousData,
  });
  const options = new Map<string, UserChoice>();
  if (value) options.set(value.id, value);
  for (const u of found.data?.items ?? []) options.set(u.id, u);
  return (
    <Select
      label={label}
      description={description}
      clearable
      searchable
      searchValue={text}
      onSearchChange={setText}
      // The server already filtered by the query; do not filter a second time in the browser.
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t("common.loading") : t("common.nothingFound")}
      data={[...options.values()].map((u) => ({ value: u.id, label: userLabel(u) }))}
      renderOption={({ option }) => {
        const u = options.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {u && (
              <Text size="xs" c="dimmed">
                {localName(u.bodyName, lang)}
              </Text>
            )}
          </Stack>
        );
      }}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (options.get(id) ?? null) : null)}
      error={error}
      clearButtonProps={{ "aria-label": t("common.clear") }}
      data-testid={testId}
    />
  );
}
