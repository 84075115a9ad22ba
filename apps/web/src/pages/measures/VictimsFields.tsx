import { Anchor, Badge, Button, Fieldset, Group, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import type { PersonSearchHit } from "../../api/types.ts";
import { lawLabel } from "../../components/LawLabel.tsx";
import { formatDate } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { familySearchParams } from "../persons/familySearch.ts";
import { cyrName } from "../persons/personName.ts";
import { pickedVictim, unlinkedVictim, victimRows, type VictimRow } from "./victims.ts";

interface Props {
  value: unknown;
  onChange: (rows: VictimRow[]) => void;
  error: string | undefined;
  /** The element id of the first row's search, which the list of errors links to. */
  id: string;
  /** The article that requires a victim (001 Art. 60(1), (4)). */
  article: string | undefined;
}

/**
 * The protected person(s) of a protective order: the victim(s) named on the order (001 Art. 60(1),
 * (4)). Each is found among persons by IIN or name and linked to that record, so the order, the copy
 * and the victim's own card name the same person; a victim who is not registered is named by hand.
 * At least one is required; a refusal of `details.victims` shows under the first row.
 */
export function VictimsFields({ value, onChange, error, id, article }: Props) {
  const { t } = useTranslation();
  const rows = victimRows(value);
  const setRow = (i: number, row: VictimRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <Fieldset legend={lawLabel(t("measures.protective.victims"), article)} data-testid="protective-victims">
      <Stack gap="sm">
        {rows.map((row, i) => (
          <Paper key={i} withBorder p="sm" data-testid={`protective-victim-${i}`}>
            <Stack gap="xs">
              {row.personId ? (
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="xs">
                    <Badge variant="light" color="teal">
                      {t("forms.victims.fromRegister")}
                    </Badge>
                    <Text size="sm" fw={500} data-testid={`protective-victim-linked-${i}`}>
                      {row.label ?? row.fullName}
                    </Text>
                  </Group>
                  <Button variant="subtle" size="xs" onClick={() => setRow(i, unlinkedVictim(row))}>
                    {t("forms.victims.unlink")}
                  </Button>
                </Group>
              ) : (
                <Group align="flex-end" wrap="wrap" gap="sm">
                  <VictimSearch
                    id={i === 0 ? id : `${id}-${i}`}
                    onPick={(person) => setRow(i, pickedVictim(row, person))}
                    testId={`protective-victim-search-${i}`}
                  />
                  <TextInput
                    style={{ flex: 1, minWidth: 240 }}
                    label={t("measures.protective.victimName")}
                    description={t("forms.victims.notRegistered")}
                    // A new order names at least one victim (Art. 60(1), (4)); the law's refusal shows here.
                    required={i === 0}
                    value={row.fullName}
                    onChange={(e) => setRow(i, { ...row, fullName: e.currentTarget.value })}
                    error={i === 0 ? error : undefined}
                    data-testid={`protective-victim-name-${i}`}
                  />
                </Group>
              )}
              {row.personId && i === 0 && error && (
                <Text size="sm" c="red" role="alert">
                  {error}
                </Text>
              )}
              <Group align="flex-end" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={t("measures.protective.victimAddress")}
                  value={row.address}
                  onChange={(e) => setRow(i, { ...row, address: e.currentTarget.value })}
                  data-testid={`protective-victim-address-${i}`}
                />
                {rows.length > 1 && (
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    {t("measures.protective.removeVictim")}
                  </Button>
                )}
              </Group>
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => onChange([...rows, { fullName: "", address: "" }])}
            data-testid="protective-add-victim"
          >
            {t("measures.protective.addVictim")}
          </Button>
          <Anchor href="/persons/new" target="_blank" rel="noopener" size="sm">
            {t("forms.victims.addPerson")}
          </Anchor>
        </Group>
      </Stack>
    </Fieldset>
  );
}

interface Picked {
  id: string;
  fullName: string;
  label: string;
  address?: string | null;
}

/**
 * The search among persons: twelve digits are an IIN, looked up exactly; three letters or more are a
 * name (typos and Cyrillic ↔ Latin tolerated). A pick reads the record for its actual address.
 */
function VictimSearch({ id, onPick, testId }: { id: string; onPick: (p: Picked) => void; testId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
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
    `${cyrName(h.personal!)} (${t("forms.victims.born", { date: formatDate(h.personal!.birthDate, lang) })}${
      h.personal!.iin ? `, ${h.personal!.iin}` : ""
    })`;
  const pick = async (personId: string | null) => {
    const hit = hits.find((h) => h.id === personId);
    if (!hit?.personal) return;
    const base = { id: hit.id, fullName: cyrName(hit.personal), label: label(hit) };
    setSearch("");
    // The actual address is where the victim receives the copy (Art. 60(1)); the search does not carry it.
    const address = await personsApi.get(hit.id).then(
      (person) => person.personal?.actualAddress?.text ?? null,
      // Not readable (confidential, another territory): the address stays to be typed.
      () => null,
    );
    onPick({ ...base, address });
  };
  return (
    <Select
      id={id}
      style={{ flex: 1, minWidth: 280 }}
      label={t("forms.victims.search")}
      description={t("forms.victims.searchHint")}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already searched; the browser does not filter its answer again.
      filter={({ options }) => options}
      data={hits.map((h) => ({ value: h.id, label: label(h) }))}
      value={null}
      onChange={(personId) => void pick(personId)}
      nothingFoundMessage={
        params === null
          ? undefined
          : found.isFetching
            ? t("forms.victims.searching")
            : t("forms.victims.nothingFound")
      }
      data-testid={testId}
    />
  );
}
