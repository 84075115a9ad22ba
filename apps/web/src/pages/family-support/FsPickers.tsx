import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import { formatDate } from "../../format.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { cyrName } from "../persons/personName.ts";
import { personLine } from "./fsDomain.ts";
import type { FamilyRef, PersonRef } from "./fsTypes.ts";

const RELATION_ORDER: readonly string[] = ["victim", "child", "parent", "spouse", "other", "offender"];

interface Common {
  placeholder?: string;
  label: string;
  error?: string | undefined;
  required?: boolean;
  id?: string;
  testId?: string;
  description?: string;
}

/** Choose a family (001 Art. 54: persons (families)) by typing part of its label or a member's name. */
export function FamilySelect(
  props: Common & { value: FamilyRef | null; onChange: (f: FamilyRef | null) => void },
) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const shown = props.value?.label ?? "";
  const [q] = useDebouncedValue(search === shown ? "" : search.trim(), 300);
  const found = useQuery({
    queryKey: fsKeys.families(q),
    queryFn: () => fsApi.families({ q: q || undefined, pageSize: 30 }),
    placeholderData: keepPreviousData,
  });
  const options = new Map<string, FamilyRef>();
  if (props.value) options.set(props.value.id, props.value);
  // A family withheld from the reader (no label) cannot be chosen by name.
  for (const f of found.data?.items ?? [])
    if (f.label !== null) options.set(f.id, { id: f.id, label: f.label });
  return (
    <Select
      id={props.id}
      label={props.label}
      description={props.description}
      placeholder={props.placeholder}
      required={props.required}
      clearable={!props.required}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t("common.loading") : t("familySupport.noFamilies")}
      data={[...options.values()].map((f) => ({ value: f.id, label: f.label }))}
      value={props.value?.id ?? null}
      onChange={(v) => props.onChange(v ? (options.get(v) ?? null) : null)}
      error={props.error}
      clearButtonProps={{ "aria-label": t("common.clear") }}
      data-testid={props.testId}
    />
  );
}

/** Choose a person among the family's current members (the record concerns one of them). */
export function MemberSelect(
  props: Common & {
    familyId: string | null;
    value: string | null;
    onChange: (personId: string | null) => void;
  },
) {
  const { t } = useTranslation();
  const family = useQuery({
    queryKey: fsKeys.family(props.familyId ?? ""),
    queryFn: () => fsApi.family(props.familyId!),
    enabled: props.familyId !== null,
  });
  // Current members, victims first: the centre's records are mostly theirs (001 Art. 10(2)(10)).
  const members = (family.data?.members ?? [])
    .filter((m) => m.until === null)
    .sort((a, b) => RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation));
  return (
    <Select
      id={props.id}
      label={props.label}
      description={props.description}
      required={props.required}
      disabled={props.familyId === null}
      placeholder={props.familyId === null ? t("familySupport.chooseFamilyFirst") : undefined}
      data={members.map((m) => ({
        value: m.person.id,
        label: `${m.person.personal ? cyrName(m.person.personal) : t("familySupport.personWithheld")} — ${t(`familySupport.relation.${m.relation}`)}`,
      }))}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      nothingFoundMessage={t("familySupport.noMembers")}
      data-testid={props.testId}
    />
  );
}

/** Choose any person by name or IIN (the persons' search: typos and Cyrillic ↔ Latin tolerated). */
export function PersonSelect(
  props: Common & { value: PersonRef | null; onChange: (p: PersonRef | null) => void },
) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  // The input shows the chosen person's line (with the birth date); that is not a search for it.
  const [shown, setShown] = useState("");
  const [text] = useDebouncedValue(props.value && search === shown ? "" : search.trim(), 300);
  const params = /^\d{12}$/.test(text) ? { iin: text } : text.length >= 2 ? { q: text } : null;
  const found = useQuery({
    queryKey: personKeys.search({ ...params, pageSize: 20 }),
    queryFn: () => personsApi.search({ ...params, pageSize: 20 }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
  // The hits as the record names them, with the birth date to tell namesakes apart.
  const options = new Map<string, { ref: PersonRef; label: string }>();
  for (const p of found.data?.items ?? []) {
    if (p.mergedInto !== null || options.has(p.id)) continue;
    const name = p.personal ? cyrName(p.personal) : null;
    const born = p.personal?.birthDate ? ` (${formatDate(p.personal.birthDate)})` : "";
    options.set(p.id, {
      ref: { id: p.id, fullName: name },
      label: `${name ?? t("familySupport.personWithheld")}${born}`,
    });
  }
  if (props.value && !options.has(props.value.id))
    options.set(props.value.id, { ref: props.value, label: shown || personLine(t, props.value) });
  return (
    <Select
      id={props.id}
      label={props.label}
      description={props.description ?? t("familySupport.personSearchHint")}
      required={props.required}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={
        params === null
          ? t("familySupport.typeToSearch")
          : found.isFetching
            ? t("common.loading")
            : t("familySupport.noPersons")
      }
      data={[...options.values()].map((o) => ({ value: o.ref.id, label: o.label }))}
      value={props.value?.id ?? null}
      onChange={(v) => {
        const option = v ? options.get(v) : undefined;
        setShown(option?.label ?? "");
        props.onChange(option?.ref ?? null);
      }}
      error={props.error}
      clearButtonProps={{ "aria-label": t("common.clear") }}
      data-testid={props.testId}
    />
  );
}
