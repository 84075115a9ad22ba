import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import { AnchorLink } from "../../components/links.tsx";
import { formatDate } from "../../format.ts";
import { REPORT_PERSON_ROLES, type ReportTriageInput } from "@aldyn/contract";
import { reportLabel } from "./reportLabels.ts";

type PersonRole = NonNullable<ReportTriageInput["personIds"]>[number]["role"];

export interface LinkedPerson {
  personId: string;
  role: PersonRole;
  /** The name as found by the search; null for a link already saved (the page links to the person). */
  label: string | null;
}

/**
 * The persons a report concerns (a minor at risk, the person who acts, a victim…): found by name
 * or IIN among the persons the user may read, each with its role in the report.
 */
export function PersonsPicker({
  value,
  onChange,
  error,
}: {
  value: readonly LinkedPerson[];
  onChange: (next: LinkedPerson[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [typed] = useDebouncedValue(q.trim(), 300);
  const iin = /^\d{12}$/.test(typed.replace(/\s/g, ""));
  const params = iin ? { iin: typed.replace(/\s/g, ""), pageSize: 5 } : { q: typed, pageSize: 5 };
  const found = useQuery({
    queryKey: personKeys.search(params),
    queryFn: () => personsApi.search(params),
    enabled: typed.length >= 2,
  });
  const hits = (found.data?.items ?? []).filter((h) => !value.some((p) => p.personId === h.id));
  return (
    <Stack gap="xs" role="group" aria-labelledby="report-persons-label">
      <Text size="sm" fw={500} id="report-persons-label">
        {t("report.persons")}
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("report.noPersons")}
        </Text>
      )}
      {value.map((p, i) => (
        <Group key={p.personId} gap="sm" data-testid="report-person">
          <AnchorLink to="/persons/$personId" params={{ personId: p.personId }} size="sm">
            {p.label ?? t("report.openPerson")}
          </AnchorLink>
          <NativeSelect
            size="xs"
            aria-label={t("report.personRole.label")}
            value={p.role}
            data={REPORT_PERSON_ROLES.map((r) => ({ value: r, label: reportLabel(t, "personRole", r) }))}
            onChange={(e) =>
              onChange(
                value.map((x, j) => (j === i ? { ...x, role: e.currentTarget.value as PersonRole } : x)),
              )
            }
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t("report.removePerson")}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <TextInput
        type="search"
        size="sm"
        label={t("report.findPerson")}
        description={t("report.findPersonHint")}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maw={420}
        data-testid="report-person-search"
      />
      {typed.length >= 2 && found.data && hits.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("common.nothingFound")}
        </Text>
      )}
      {hits.map((person) => {
        const name = person.personal
          ? `${person.personal.lastNameCyr} ${person.personal.firstNameCyr} ${person.personal.middleNameCyr ?? ""}`.trim()
          : t("report.personWithheld");
        return (
          <Group key={person.id} gap="sm">
            <Text size="sm">
              {name}
              {person.personal && ` · ${formatDate(person.personal.birthDate)}`}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => {
                onChange([...value, { personId: person.id, role: "concerned", label: name }]);
                setQ("");
              }}
              data-testid="report-person-add"
            >
              {t("report.addPerson")}
            </Button>
          </Group>
        );
      })}
      {error && (
        <Text size="sm" c="red.8">
          {error}
        </Text>
      )}
    </Stack>
  );
}
