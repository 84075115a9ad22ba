import { Button, Group, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../format.ts";
import { familiesApi, familyKeys } from "./familiesApi.ts";

export interface ChosenFamily {
  id: string;
  label: string;
}

interface Props {
  value: ChosenFamily | null;
  onChange: (family: ChosenFamily | null) => void;
  id?: string;
  error?: string | undefined;
}

/**
 * The family an incident belongs to (001 Art. 72(4): repeat incidents of a family are counted): a
 * new family, named after the victim's surname by the server, or one found by its name or a member's.
 */
export function FamilyPick({ value, onChange, id, error }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"new" | "existing">(value ? "existing" : "new");
  const [q, setQ] = useState("");
  const [typed] = useDebouncedValue(q.trim(), 300);
  const found = useQuery({
    queryKey: familyKeys.list({ q: typed, pageSize: 5 }),
    queryFn: () => familiesApi.list({ q: typed, pageSize: 5 }),
    enabled: mode === "existing" && typed.length >= 2,
  });
  return (
    <Stack gap="xs">
      <Radio.Group
        id={id}
        label={t("incidents.family")}
        value={mode}
        error={error}
        onChange={(v) => {
          const next = v === "existing" ? "existing" : "new";
          setMode(next);
          if (next === "new") onChange(null);
        }}
      >
        <Group mt={4}>
          <Radio value="new" label={t("incidents.familyNew")} data-testid="incident-family-new" />
          <Radio
            value="existing"
            label={t("incidents.familyExisting")}
            data-testid="incident-family-existing"
          />
        </Group>
      </Radio.Group>
      {mode === "new" && (
        <Text size="xs" c="dimmed">
          {t("incidents.familyNewHint")}
        </Text>
      )}
      {mode === "existing" && value && (
        <Group gap="sm" data-testid="incident-family-chosen">
          <Text size="sm" fw={500}>
            {t("families.named", { label: value.label })}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => onChange(null)}>
            {t("incidents.familyChange")}
          </Button>
        </Group>
      )}
      {mode === "existing" && !value && (
        <>
          <TextInput
            type="search"
            label={t("families.search")}
            description={t("families.searchHint")}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            maw={420}
            data-testid="incident-family-search"
          />
          {typed.length >= 2 && found.data?.items.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("common.nothingFound")}
            </Text>
          )}
          {typed.length >= 2 &&
            found.data?.items
              .filter((f) => f.label !== null)
              .map((f) => (
                <Group key={f.id} gap="sm">
                  <Text size="sm">
                    {t("families.named", { label: f.label })} · {t("families.membersCount", { n: f.members })}
                    {f.lastIncidentAt &&
                      ` · ${t("families.lastIncident", { at: formatDateTime(f.lastIncidentAt) })}`}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => onChange({ id: f.id, label: f.label ?? "" })}
                    data-testid="incident-family-pick"
                  >
                    {t("incidents.familyChoose")}
                  </Button>
                </Group>
              ))}
        </>
      )}
    </Stack>
  );
}
