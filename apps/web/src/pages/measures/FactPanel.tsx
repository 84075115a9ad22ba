import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { measureKeys, measuresApi } from "../../api/measures.ts";
import type { Measure, MeasureFactCreate, MeasureFactField } from "../../api/types.ts";
import { isBlank } from "../../components/formErrors.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { factFieldLabel, FactFields } from "./FactFields.tsx";
import {
  FACT_FIELDS,
  factBody,
  nowLocal,
  offeredFactTypes,
  type FactExtra,
  type FactType,
} from "./measureDomain.ts";
import { DateTimeField } from "../../components/DateTimeField.tsx";

/** Record a legal fact of the measure (served, refusal to sign, prosecutor's copy, check, …). */
export function FactPanel({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // Only the facts the law accepts for this kind (001 Chapter 5; the measure's `factTypes`).
  const offered = offeredFactTypes(measure.factTypes);
  const [chosen, setType] = useState<FactType | null>(null);
  const type =
    chosen !== null && offered.includes(chosen)
      ? chosen
      : (offered.find((f) => f === "served") ?? offered[0] ?? "superseded");
  const [at, setAt] = useState(nowLocal);
  const [note, setNote] = useState("");
  const [extra, setExtra] = useState<FactExtra>({});
  const set = (key: MeasureFactField, value: string) => setExtra((old) => ({ ...old, [key]: value }));

  const save = useMutation({
    mutationFn: (body: MeasureFactCreate) => measuresApi.addFact(measure.id, body),
    onSuccess: (saved) => {
      notifySaved(t("forms.saved.fact"));
      queryClient.setQueryData(measureKeys.one(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: measureKeys.ofPerson(saved.personId ?? "") });
      void queryClient.invalidateQueries({ queryKey: measureKeys.register });
      void queryClient.invalidateQueries({ queryKey: measureKeys.worklists });
      setNote("");
      setExtra({});
    },
  });
  const { required, optional } = FACT_FIELDS[type];
  const current = factBody(measure, type, at, note, extra);
  const checks: Record<string, string | undefined> = {
    at: at ? undefined : t("forms.required", { label: t("measures.factAt") }),
  };
  for (const f of required)
    if (isBlank(extra[f])) checks[f] = t("forms.required", { label: factFieldLabel(t, type, f) });
  const form = useFormErrors({
    formId: "fact",
    fields: ["at", ...required, ...optional, "note"],
    checks,
    save,
    current,
  });
  const stale = save.error instanceof ApiError && save.error.code === "conflict.stale_version";

  return (
    <Card withBorder data-testid="fact-panel">
      <Title order={2} size="h4" mb="xs">
        {t("measures.recordFact")}
      </Title>
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack gap="sm">
          <FormErrorSummary form={form} testId="fact-error" />
          {stale && (
            <Button
              variant="light"
              w="fit-content"
              onClick={() => {
                save.reset();
                void queryClient.invalidateQueries({ queryKey: measureKeys.one(measure.id) });
              }}
            >
              {t("persons.reload")}
            </Button>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t("measures.factType")}
              value={type}
              data={offered.map((f) => ({ value: f, label: t(`factType.${f}`) }))}
              onChange={(e) => {
                const next = offered.find((f) => f === e.currentTarget.value);
                if (next) setType(next);
                setExtra({});
              }}
              data-testid="fact-type"
            />
            <DateTimeField
              id={form.id("at")}
              label={t("measures.factAt")}
              required
              value={at}
              onChange={(date) => setAt(date)}
              error={form.err("at")}
              data-testid="fact-at"
            />
            <FactFields type={type} measure={measure} extra={extra} set={set} err={form.err} id={form.id} />
          </SimpleGrid>
          {type === "superseded" && (
            <Text size="sm" c="dimmed">
              {t("measures.correctionHint")}
            </Text>
          )}
          <Textarea
            id={form.id("note")}
            label={t("measures.note")}
            error={form.err("note")}
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-testid="fact-note"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="fact-save">
              {t("measures.recordFact")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
