import { ActionIcon, Button, Checkbox, Group, Modal, NativeSelect, Stack, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { PersonSelect } from "../family-support/FsPickers.tsx";
import type { PersonRef } from "../family-support/fsTypes.ts";
import { caseKeys, casesApi } from "./casesApi.ts";
import { CASE_SUBJECTS, DIRECT_SOURCES, PERSON_ROLES } from "./caseDomain.ts";
import type { MinorsCaseCreate } from "./caseTypes.ts";

type PersonRole = NonNullable<MinorsCaseCreate["persons"]>[number]["role"];
type Subject = NonNullable<MinorsCaseCreate["subject"]>;
type Source = NonNullable<MinorsCaseCreate["source"]>;

interface PersonRow {
  person: PersonRef | null;
  role: PersonRole;
}

/**
 * Opens a case directly — police materials, a report, the commission's own initiative (001 Art.
 * 79(6)(9)) — or from a hand-off whose record names no minor (a citizen's report): the minor is
 * then chosen here and the hand-off becomes the case's first material.
 */
export function NewCaseModal({ onClose, fromHandoffId }: { onClose: () => void; fromHandoffId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [minor, setMinor] = useState<PersonRef | null>(null);
  const [subject, setSubject] = useState<Subject>("minor");
  const [source, setSource] = useState<Source>("police_materials");
  const [summary, setSummary] = useState("");
  const [urgent, setUrgent] = useState(false);
  const [persons, setPersons] = useState<PersonRow[]>([]);
  const current: MinorsCaseCreate = {
    ...(fromHandoffId ? { fromHandoffId } : { source }),
    ...(minor ? { minorPersonId: minor.id } : {}),
    subject,
    ...(summary.trim() ? { summary: summary.trim() } : {}),
    urgent,
    persons: persons.filter((p) => p.person).map((p) => ({ personId: p.person!.id, role: p.role })),
  };
  const save = useMutation({
    mutationFn: (body: MinorsCaseCreate) => casesApi.open(body),
    onSuccess: async (created) => {
      notifySaved(t(created.joined ? "minorsCases.joined" : "minorsCases.opened"));
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      onClose();
      void navigate({ to: "/minors-cases/$caseId", params: { caseId: created.id } });
    },
  });
  const form = useFormErrors({
    formId: "minors-case-new",
    fields: ["minorPersonId", "subject", "source", "summary", "persons"],
    checks: {
      minorPersonId: minor ? undefined : t("forms.required", { label: t("minorsCases.field.minor") }),
      // A case opened from a hand-off takes its summary later; one opened directly says what it is about.
      summary:
        fromHandoffId || summary.trim()
          ? undefined
          : t("forms.required", { label: t("minorsCases.field.summary") }),
      persons: persons.some((p) => !p.person)
        ? t("forms.required", { label: t("minorsCases.field.person") })
        : undefined,
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t(fromHandoffId ? "minorsCases.openFromHandoffTitle" : "minorsCases.newTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="minors-case-new-error" />
          <PersonSelect
            id={form.id("minorPersonId")}
            label={t("minorsCases.field.minor")}
            required
            value={minor}
            onChange={setMinor}
            error={form.err("minorPersonId")}
            testId="minors-case-minor"
          />
          <NativeSelect
            id={form.id("subject")}
            label={t("minorsCases.field.subject")}
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value as Subject)}
            data={CASE_SUBJECTS.map((s) => ({ value: s, label: t(`minorsCases.subject.${s}`) }))}
            error={form.err("subject")}
          />
          {!fromHandoffId && (
            <NativeSelect
              id={form.id("source")}
              label={t("minorsCases.field.source")}
              value={source}
              onChange={(e) => setSource(e.currentTarget.value as Source)}
              data={DIRECT_SOURCES.map((s) => ({ value: s, label: t(`minorsCases.source.${s}`) }))}
              error={form.err("source")}
            />
          )}
          <Textarea
            id={form.id("summary")}
            label={t("minorsCases.field.summary")}
            required={!fromHandoffId}
            autosize
            minRows={3}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={form.err("summary")}
            data-testid="minors-case-summary"
          />
          <Checkbox
            label={t("minorsCases.field.urgent")}
            checked={urgent}
            onChange={(e) => setUrgent(e.currentTarget.checked)}
          />
          {persons.map((row, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <PersonSelect
                id={i === 0 ? form.id("persons") : undefined}
                label={t("minorsCases.field.person")}
                value={row.person}
                onChange={(p) => setPersons((all) => all.map((r, j) => (j === i ? { ...r, person: p } : r)))}
                error={!row.person ? form.err("persons") : undefined}
              />
              <NativeSelect
                label={t("minorsCases.field.personRole")}
                value={row.role}
                onChange={(e) => {
                  const role = e.currentTarget.value as PersonRole;
                  setPersons((all) => all.map((r, j) => (j === i ? { ...r, role } : r)));
                }}
                data={PERSON_ROLES.map((r) => ({ value: r, label: t(`minorsCases.personRole.${r}`) }))}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                aria-label={t("common.remove")}
                onClick={() => setPersons((all) => all.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="default"
            size="xs"
            w="fit-content"
            onClick={() => setPersons((all) => [...all, { person: null, role: "legal_representative" }])}
          >
            {t("minorsCases.addPerson")}
          </Button>
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            label={t("minorsCases.openCase")}
            testId="minors-case-new-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
