import { Modal, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { LawCitation, todayIso } from "../../format.ts";
import { CriteriaChecklist } from "./CriteriaChecklist.tsx";
import { schoolApi, schoolKeys } from "./schoolApi.ts";

/**
 * Puts a pupil among those requiring increased attention with the criteria of 001 Art. 78(2) that
 * apply; a pupil who met 78(2)(4) from the attendance comes with that criterion ticked.
 */
export function AttentionModal({
  pupil,
  suggested,
  onClose,
}: {
  pupil: { personId: string; fullName: string | null };
  suggested: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [criteria, setCriteria] = useState<string[]>([...suggested]);
  const [since, setSince] = useState(() => todayIso());
  const [note, setNote] = useState("");
  const current = {
    personId: pupil.personId,
    criteria,
    since,
    ...(note.trim() ? { note: note.trim() } : {}),
  };
  const save = useMutation({
    mutationFn: (body: typeof current) => schoolApi.openAttention(body),
    onSuccess: async () => {
      notifySaved(t("school.attention.saved"));
      await queryClient.invalidateQueries({ queryKey: schoolKeys.all });
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "school-attention",
    fields: ["criteria", "since", "note"],
    checks: {
      criteria: criteria.length === 0 ? t("school.check.criteriaRequired") : undefined,
      since: since ? undefined : t("forms.required", { label: t("school.field.since") }),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t("school.attention.title", { name: pupil.fullName ?? t("school.withheldName") })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t("school.attention.intro")} <LawCitation code="001 Art. 78(2)" />
          </Text>
          <FormErrorSummary form={form} testId="school-attention-error" />
          <CriteriaChecklist
            id={form.id("criteria")}
            label={t("school.field.criteria")}
            value={criteria}
            onChange={setCriteria}
            error={form.err("criteria")}
            testId="school-attention-criteria"
          />
          <DateField
            id={form.id("since")}
            label={t("school.field.since")}
            required
            value={since}
            max={todayIso()}
            onChange={setSince}
            error={form.err("since")}
            data-testid="school-attention-since"
          />
          <Textarea
            id={form.id("note")}
            label={t("school.field.note")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={form.err("note")}
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="school-attention-save" />
        </Stack>
      </form>
    </Modal>
  );
}
