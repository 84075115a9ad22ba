import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import type { PersonSummary } from "../../api/types.ts";
import { ageOn, formatDate } from "../../format.ts";
import { cyrName } from "../persons/personName.ts";

/** A person found by the search, as the form keeps it. */
export interface Picked {
  personId: string;
  label: string;
  /** Under 18 today by the birth date on the card (a child victim or child present); null when unknown. */
  minor: boolean | null;
}

interface Props {
  /** The search input's label ("Find a victim"). */
  label: string;
  /** Persons already chosen, left out of the hits. */
  exclude: readonly string[];
  onPick: (person: Picked) => void;
  testId: string;
  /** The input's id, for the form's list of problems to move the focus to. */
  id?: string;
  error?: string | undefined;
}

/** The name of a found person, or that it is withheld. */
export function pickedOf(t: (k: string) => string, person: PersonSummary): Picked {
  const age = person.personal ? ageOn(person.personal.birthDate) : null;
  return {
    personId: person.id,
    label: person.personal ? cyrName(person.personal) : t("incidents.personWithheld"),
    minor: age === null ? null : age < 18,
  };
}

/**
 * A search among the persons the user may read, by name or IIN (12 digits), five hits at a time,
 * each with its birth date and an "add" button; Enter in the box adds the first hit.
 */
export function PersonPick({ label, exclude, onPick, testId, id, error }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [typed] = useDebouncedValue(q.trim(), 300);
  const bare = typed.replace(/\s/g, "");
  const params = /^\d{12}$/.test(bare) ? { iin: bare, pageSize: 5 } : { q: typed, pageSize: 5 };
  const found = useQuery({
    queryKey: personKeys.search(params),
    queryFn: () => personsApi.search(params),
    enabled: typed.length >= 2,
  });
  const hits = (found.data?.items ?? []).filter((h) => !exclude.includes(h.id));
  const pick = (person: PersonSummary) => {
    onPick(pickedOf(t, person));
    setQ("");
  };
  return (
    <Stack gap={4}>
      <TextInput
        id={id}
        type="search"
        label={label}
        description={t("incidents.findPersonHint")}
        value={q}
        error={error}
        onChange={(e) => setQ(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            if (hits[0]) pick(hits[0]);
          }
        }}
        maw={420}
        data-testid={testId}
      />
      {typed.length >= 2 && found.data && hits.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("common.nothingFound")}
        </Text>
      )}
      {typed.length >= 2 &&
        hits.map((person) => (
          <Group key={person.id} gap="sm">
            <Text size="sm">
              {person.personal ? cyrName(person.personal) : t("incidents.personWithheld")}
              {person.personal && ` · ${formatDate(person.personal.birthDate)}`}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => pick(person)}
              data-testid={`${testId}-add`}
            >
              {t("incidents.addPerson")}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}
