import { Button, Group, NativeSelect, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import type { PersonSearchHit } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDate } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { lawFieldError } from "../measures/lawError.ts";
import { badIin, familySearchParams } from "./familySearch.ts";
import { cyrName } from "./personName.ts";
import { DateField } from "../../components/DateField.tsx";

/** 001 Arts. 1(7), 59(2)(7) (the contract's PERSON_LINK_KINDS). */
const LINK_KINDS = [
  "parent",
  "adoptive_parent",
  "guardian",
  "trustee",
  "foster_parent",
  "patronage_educator",
  "other_legal_representative",
] as const;

function hitLabel(hit: PersonSearchHit, lang: ReturnType<typeof useLanguage>): string {
  if (!hit.personal) return hit.id;
  const iin = hit.personal.iin ? `, ${hit.personal.iin}` : "";
  return `${cyrName(hit.personal)} (${formatDate(hit.personal.birthDate, lang)}${iin})`;
}

/**
 * Links the minor to a parent or representative found by IIN or by name (the persons search: typos
 * and Cyrillic ↔ Latin tolerated), so a parent with no IIN can be linked too (R1.2).
 */
export function FamilyAddLink({ minorId }: { minorId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [hits, setHits] = useState<PersonSearchHit[] | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [kind, setKind] = useState<string>("parent");
  const [since, setSince] = useState("");
  const params = familySearchParams(text);
  const search = useMutation({
    mutationFn: () => personsApi.search({ ...params, pageSize: 10 }),
    onSuccess: (page) => {
      const items = page.items.filter((p) => p.mergedInto === null);
      setHits(items);
      setChosenId(items.length === 1 ? items[0]!.id : null);
    },
  });
  const add = useMutation({
    mutationFn: (representativeId: string) =>
      personsApi.addLink(minorId, {
        representativeId,
        kind: LINK_KINDS.find((k) => k === kind) ?? "parent",
        ...(since ? { since } : {}),
      }),
    onSuccess: () => {
      setHits(null);
      setChosenId(null);
      setText("");
      search.reset();
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: personKeys.links(minorId) }),
  });
  const find = (event: FormEvent) => {
    event.preventDefault();
    setHits(null);
    setChosenId(null);
    add.reset();
    if (params) search.mutate();
  };
  const chosen = hits?.find((h) => h.id === chosenId) ?? null;

  return (
    <Stack gap="xs" mt="sm">
      <form onSubmit={find} noValidate>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t("family.findByIinOrName")}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={badIin(text) ? t("errors.iin.length") : undefined}
            data-testid="family-iin"
          />
          <Button type="submit" variant="default" loading={search.isPending} data-testid="family-search">
            {t("common.search")}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={search.error} />
      {hits !== null && hits.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="family-not-found">
          {t("family.notFound")}
        </Text>
      )}
      {hits !== null && hits.length > 1 && (
        <Radio.Group
          label={t("family.choose")}
          value={chosenId}
          onChange={setChosenId}
          data-testid="family-hits"
        >
          <Stack gap={4} mt={4}>
            {hits.map((h) => (
              <Radio key={h.id} value={h.id} label={hitLabel(h, lang)} data-testid="family-hit" />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {chosen && chosen.id !== minorId && (
        <Group align="flex-end" gap="xs" data-testid="family-found">
          <Text fw={500}>{hitLabel(chosen, lang)}</Text>
          <NativeSelect
            label={t("family.kind")}
            value={kind}
            data={LINK_KINDS.map((k) => ({ value: k, label: t(`linkKind.${k}`) }))}
            onChange={(e) => setKind(e.currentTarget.value)}
            data-testid="family-kind"
          />
          <DateField
            label={t("family.since")}
            value={since}
            onChange={(date) => setSince(date)}
            error={lawFieldError(t, add.error, "since")}
            data-testid="family-since"
          />
          <Button onClick={() => add.mutate(chosen.id)} loading={add.isPending} data-testid="family-add">
            {t("family.add")}
          </Button>
        </Group>
      )}
      {chosen && chosen.id === minorId && (
        <Text size="sm" c="red">
          {t("family.self")}
        </Text>
      )}
      <ErrorAlert error={add.error} fields={["since"]} />
    </Stack>
  );
}
