import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { DOMESTIC_VIOLENCE_FORMS } from "@aldyn/law";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateTimeField } from "../../components/DateTimeField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { ButtonLink } from "../../components/links.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { FamilyPick, type ChosenFamily } from "../families/FamilyPick.tsx";
import { familyKeys } from "../families/familiesApi.ts";
import { nowLocal } from "../measures/measureDomain.ts";
import { incidentChecks, incidentRequest, type IncidentDraft, EMPTY_DRAFT } from "./incidentDomain.ts";
import { formLabel } from "./incidentLabels.ts";
import { incidentKeys, incidentsApi, type DvIncidentCreated } from "./incidentsApi.ts";
import { IncidentPersonsFields } from "./IncidentPersonsFields.tsx";
import { NotifyPreview } from "./NotifyPreview.tsx";

const FIELDS = [
  "familyId",
  "victims",
  "offenderPersonId",
  "childrenPresentCount",
  "forms",
  "occurredAt",
  "reportedAt",
  "place",
  "injury",
  "immediateResponse",
] as const;

interface Props {
  /** The family the form starts with (from the family page), if any. */
  family: ChosenFamily | null;
  citizenReportId: string | null;
  onSaved: (created: DvIncidentCreated, draft: IncidentDraft) => void;
}

/**
 * Recording an incident of domestic violence (001 Art. 72): the family, the persons, the forms
 * (72(1)), when it happened and when the report reached the police (the 24 hours of 72(3)(2) run
 * from it), the place, children present, an injury (health data), the immediate response (72(3)(1)).
 * The form's own checks speak from the first attempt to save; the server's refusals land on their input.
 */
export function IncidentForm({ family: initialFamily, citizenReportId, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [family, setFamily] = useState<ChosenFamily | null>(initialFamily);
  const [draft, setDraft] = useState<IncidentDraft>(() => ({
    ...EMPTY_DRAFT,
    familyId: initialFamily?.id ?? null,
    reportedAt: nowLocal(),
    citizenReportId,
  }));
  const set = (change: Partial<IncidentDraft>) => setDraft((d) => ({ ...d, ...change }));
  const current = incidentRequest(draft);
  const save = useMutation({
    mutationFn: incidentsApi.create,
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      void queryClient.invalidateQueries({ queryKey: familyKeys.all });
      onSaved(created, draft);
    },
  });
  const checks = Object.fromEntries(
    Object.entries(incidentChecks(draft, new Date())).map(([field, code]) => [
      field,
      t(`incidents.check.${code}`),
    ]),
  );
  const form = useFormErrors({ formId: "incident", fields: FIELDS, checks, save, current });
  const text = (field: (typeof FIELDS)[number], label: string, article?: string) => ({
    id: form.id(field),
    error: form.err(field),
    label: lawLabel(label, article),
  });

  return (
    <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
      <Stack gap="md" maw={960}>
        <FormErrorSummary form={form} testId="incident-error" />
        <FamilyPick
          id={form.id("familyId")}
          error={form.err("familyId")}
          value={family}
          onChange={(f) => {
            setFamily(f);
            set({ familyId: f?.id ?? null });
          }}
        />
        <IncidentPersonsFields draft={draft} set={set} form={form} />
        <Fieldset legend={t("incidents.what")}>
          <Stack gap="sm">
            <Checkbox.Group
              id={form.id("forms")}
              label={lawLabel(t("incidents.forms"), "001 Art. 72(1)")}
              required
              value={draft.forms}
              onChange={(forms) => set({ forms })}
              error={form.err("forms")}
            >
              <Group mt={6}>
                {DOMESTIC_VIOLENCE_FORMS.map((f) => (
                  <Checkbox key={f} value={f} label={formLabel(t, f)} data-testid={`incident-form-${f}`} />
                ))}
              </Group>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateTimeField
                {...text("occurredAt", t("incidents.occurredAt"))}
                required
                value={draft.occurredAt}
                max={nowLocal()}
                onChange={(occurredAt) => set({ occurredAt })}
                data-testid="incident-occurred-at"
              />
              <DateTimeField
                {...text("reportedAt", t("incidents.reportedAt"), "001 Art. 72(3)(2)")}
                required
                description={t("incidents.reportedAtHint")}
                value={draft.reportedAt}
                max={nowLocal()}
                onChange={(reportedAt) => set({ reportedAt })}
                data-testid="incident-reported-at"
              />
            </SimpleGrid>
            <Textarea
              {...text("place", t("incidents.place"))}
              required
              description={t("incidents.placeHint")}
              autosize
              minRows={2}
              value={draft.place}
              onChange={(e) => set({ place: e.currentTarget.value })}
              data-testid="incident-place"
            />
            <Checkbox
              label={t("incidents.injuryRecorded")}
              checked={draft.injuryRecorded}
              onChange={(e) => set({ injuryRecorded: e.currentTarget.checked })}
              data-testid="incident-injury-recorded"
            />
            {draft.injuryRecorded && (
              <Textarea
                {...text("injury", t("incidents.injury"))}
                description={t("incidents.injuryHint")}
                autosize
                minRows={2}
                value={draft.injury}
                onChange={(e) => set({ injury: e.currentTarget.value })}
                data-testid="incident-injury"
              />
            )}
            <Textarea
              {...text("immediateResponse", t("incidents.immediateResponse"), "001 Art. 72(3)(1)")}
              required
              description={t("incidents.immediateResponseHint")}
              autosize
              minRows={2}
              value={draft.immediateResponse}
              onChange={(e) => set({ immediateResponse: e.currentTarget.value })}
              data-testid="incident-immediate-response"
            />
          </Stack>
        </Fieldset>
        <NotifyPreview draft={draft} />
        {draft.citizenReportId && (
          <Text size="sm" c="dimmed">
            {t("incidents.fromReport")}
          </Text>
        )}
        <Group justify="flex-end">
          <ButtonLink variant="default" to="/incidents">
            {t("common.cancel")}
          </ButtonLink>
          <Button type="submit" loading={save.isPending} data-testid="incident-save">
            {t("incidents.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
