import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import { FamilySelect } from "../family-support/FsPickers.tsx";
import type { FamilyRef } from "../family-support/fsTypes.ts";
import {
  mobileGroupKeys,
  mobileGroupsApi,
  VISIT_PERSON_ROLES,
  type VisitCreate,
  type VisitPersonRole,
} from "./mobileGroupsApi.ts";
import { PersonPick } from "./PersonPick.tsx";

interface Row {
  personId: string;
  label: string;
  role: VisitPersonRole;
}

/**
 * An outreach visit of the group (001 Art. 11(1): early identification): when and where, what was
 * found, whether there are signs of violence, and the persons identified. The place is the victim's
 * confidential field (83(2)); the visit's page then sends it on (inform, refer).
 */
export function VisitFormModal({ groupId, onClose }: { groupId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [visitedOn, setVisitedOn] = useState(todayIso());
  const [place, setPlace] = useState("");
  const [findings, setFindings] = useState("");
  const [signs, setSigns] = useState(false);
  // The family visited, when it is already known (001 Art. 54(1): persons (families)); optional.
  const [family, setFamily] = useState<FamilyRef | null>(null);
  const [persons, setPersons] = useState<Row[]>([]);
  const current: VisitCreate = {
    visitedOn,
    place: place.trim(),
    findings: findings.trim(),
    signsOfViolence: signs,
    ...(family ? { familyId: family.id } : {}),
    persons: persons.map(({ personId, role }) => ({ personId, role })),
  };
  const save = useMutation({
    mutationFn: (v: VisitCreate) => mobileGroupsApi.recordVisit(groupId, v),
    onSuccess: async (saved) => {
      notifySaved(t("mobileGroups.visit.saved"));
      await queryClient.invalidateQueries({ queryKey: mobileGroupKeys.all });
      onClose();
      await navigate({ to: "/outreach-visits/$visitId", params: { visitId: saved.id } });
    },
  });
  const required = (filled: boolean, label: string) => (filled ? undefined : t("forms.required", { label }));
  const form = useFormErrors({
    formId: "mg-visit",
    fields: ["visitedOn", "place", "familyId", "findings", "signsOfViolence", "persons"],
    checks: {
      visitedOn: required(visitedOn !== "", t("mobileGroups.visit.visitedOn")),
      place: required(place.trim() !== "", t("mobileGroups.visit.place")),
      findings: required(findings.trim() !== "", t("mobileGroups.visit.findings")),
    },
    save,
    current,
  });
  return (
    <Modal opened onClose={onClose} title={t("mobileGroups.visit.create")} size="xl">
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="mg-visit-error" />
          <DateField
            id={form.id("visitedOn")}
            label={t("mobileGroups.visit.visitedOn")}
            required
            value={visitedOn}
            onChange={setVisitedOn}
            max={todayIso()}
            error={form.err("visitedOn")}
            data-testid="mg-visit-date"
          />
          <TextInput
            id={form.id("place")}
            label={t("mobileGroups.visit.place")}
            description={t("mobileGroups.visit.placeHint")}
            required
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={form.err("place")}
            data-testid="mg-visit-place"
          />
          <FamilySelect
            id={form.id("familyId")}
            label={t("mobileGroups.visit.family")}
            description={t("mobileGroups.visit.familyHint")}
            value={family}
            onChange={setFamily}
            error={form.err("familyId")}
            testId="mg-visit-family-select"
          />
          <Textarea
            id={form.id("findings")}
            label={t("mobileGroups.visit.findings")}
            required
            autosize
            minRows={3}
            value={findings}
            onChange={(e) => setFindings(e.currentTarget.value)}
            error={form.err("findings")}
            data-testid="mg-visit-findings"
          />
          <Checkbox
            id={form.id("signsOfViolence")}
            label={t("mobileGroups.visit.signs")}
            checked={signs}
            onChange={(e) => setSigns(e.currentTarget.checked)}
            error={form.err("signsOfViolence")}
            data-testid="mg-visit-signs"
          />
          <Stack gap="xs" id={form.id("persons")}>
            <Text size="sm" fw={500}>
              {t("mobileGroups.visit.persons")}
            </Text>
            {persons.map((p, i) => (
              <Group key={p.personId} gap="sm" wrap="nowrap" data-testid="mg-visit-person">
                <Text size="sm" style={{ flex: 1 }}>
                  {p.label}
                </Text>
                <NativeSelect
                  aria-label={t("mobileGroups.visit.role")}
                  value={p.role}
                  onChange={(e) => {
                    const role = e.currentTarget.value as VisitPersonRole;
                    setPersons((all) => all.map((r, j) => (j === i ? { ...r, role } : r)));
                  }}
                  data={VISIT_PERSON_ROLES.map((r) => ({
                    value: r,
                    label: t(`mobileGroups.personRole.${r}`),
                  }))}
                />
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => setPersons((all) => all.filter((_, j) => j !== i))}
                >
                  {t("mobileGroups.visit.removePerson")}
                </Button>
              </Group>
            ))}
            <PersonPick
              id="mg-visit-person-search"
              label={t("mobileGroups.visit.addPerson")}
              testId="mg-visit-person-search"
              onPick={(p) =>
                setPersons((all) =>
                  all.some((r) => r.personId === p.id)
                    ? all
                    : [...all, { personId: p.id, label: p.label, role: "identified" }],
                )
              }
            />
            {form.err("persons") && (
              <Text size="sm" c="red" role="alert">
                {form.err("persons")}
              </Text>
            )}
          </Stack>
          <FormFooter onCancel={onClose} saving={save.isPending} testId="mg-visit-save" />
        </Stack>
      </form>
    </Modal>
  );
}
