import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { todayIso } from "../../format.ts";
import { schoolApi } from "./schoolApi.ts";
import type { Representative, SupportStepInput } from "./schoolTypes.ts";

/** Who a legal representative is to the minor (001 Art. 78(3): the parents or other legal representatives). */
export const RELATIONS = ["mother", "father", "guardian", "trustee", "other"] as const;

/** A pupil of the school, searched by name or IIN among the school's own pupils. */
export function PupilSelect(props: {
  id: string;
  value: { id: string; label: string } | null;
  onChange: (value: { id: string; label: string } | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState("");
  const [q] = useDebouncedValue(typed.trim(), 300);
  const found = useQuery({
    queryKey: ["school-prevention", "pupil-pick", q],
    queryFn: () => schoolApi.pupils({ filter: "all", q }),
    enabled: props.value === null,
  });
  const options = [
    ...(props.value ? [{ value: props.value.id, label: props.value.label }] : []),
    ...(found.data?.items ?? [])
      .filter((p) => p.personId !== props.value?.id)
      .map((p) => ({
        value: p.personId,
        label: [p.fullName, p.iin].filter(Boolean).join(" · "),
      })),
  ];
  return (
    <Select
      id={props.id}
      label={t("school.field.pupil")}
      required
      searchable
      clearable
      data={options}
      value={props.value?.id ?? null}
      searchValue={props.value ? props.value.label : typed}
      onSearchChange={(s) => {
        if (!props.value) setTyped(s);
      }}
      onChange={(v) =>
        props.onChange(
          options.find((o) => o.value === v)
            ? { id: v!, label: options.find((o) => o.value === v)!.label }
            : null,
        )
      }
      nothingFoundMessage={t("common.nothingFound")}
      error={props.error}
      data-testid="school-council-pupil"
    />
  );
}

/** The legal representatives present at the council's meeting (001 Art. 78(3)). */
export function RepresentativesFields(props: {
  id: string;
  value: Representative[];
  onChange: (value: Representative[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Representative>) =>
    props.onChange(props.value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Fieldset
      legend={t("school.field.representatives")}
      id={props.id}
      data-testid="school-council-representatives"
    >
      <Stack gap="xs">
        {props.value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("school.council.noRepresentatives")}
          </Text>
        )}
        {props.value.map((r, i) => (
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput
              label={t("school.field.representativeName")}
              required
              value={r.fullName}
              onChange={(e) => set(i, { fullName: e.currentTarget.value })}
              style={{ flex: 1 }}
              data-testid="school-council-rep-name"
            />
            <Select
              label={t("school.field.relation")}
              required
              data={RELATIONS.map((x) => ({ value: x, label: t(`school.relation.${x}`) }))}
              value={r.relation}
              onChange={(v) => set(i, { relation: v ?? "other" })}
              allowDeselect={false}
              w={200}
              data-testid="school-council-rep-relation"
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t("school.council.removeRepresentative")}
              onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {props.error && (
          <Text size="sm" c="red" data-testid="school-council-representatives-error">
            {props.error}
          </Text>
        )}
        <Group>
          <Button
            size="xs"
            variant="default"
            onClick={() => props.onChange([...props.value, { fullName: "", relation: "mother" }])}
            data-testid="school-council-rep-add"
          >
            {t("school.council.addRepresentative")}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

export const blankSupportStep = (): SupportStepInput => ({ activity: "", responsible: "", dueOn: "" });

/** One step of the plan of pedagogical support: what is done, who does it, by when. */
export function SupportStepFields(props: {
  step: SupportStepInput;
  n: number;
  onChange: (patch: Partial<SupportStepInput>) => void;
  onRemove?: (() => void) | undefined;
  id: (field: string) => string;
  err: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t("school.support.stepN", { n: props.n })} data-testid="school-support-step">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          id={props.id("activity")}
          label={t("school.field.activity")}
          required
          value={props.step.activity}
          onChange={(e) => props.onChange({ activity: e.currentTarget.value })}
          error={props.err("activity")}
          data-testid="school-step-activity"
        />
        <TextInput
          id={props.id("responsible")}
          label={t("school.field.responsible")}
          required
          value={props.step.responsible}
          onChange={(e) => props.onChange({ responsible: e.currentTarget.value })}
          error={props.err("responsible")}
          data-testid="school-step-responsible"
        />
        <DateField
          id={props.id("dueOn")}
          label={t("school.field.dueOn")}
          required
          value={props.step.dueOn}
          min={todayIso()}
          onChange={(v) => props.onChange({ dueOn: v })}
          error={props.err("dueOn")}
          data-testid="school-step-due"
        />
      </SimpleGrid>
      {props.onRemove && (
        <Button size="xs" variant="subtle" color="red" mt="xs" onClick={props.onRemove}>
          {t("school.support.removeStep")}
        </Button>
      )}
    </Fieldset>
  );
}
