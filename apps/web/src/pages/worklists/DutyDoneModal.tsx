import { Modal, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, measuresApi } from "../../api/measures.ts";
import type { DueDuty as Duty } from "../../api/types.ts";
import { DateTimeField } from "../../components/DateTimeField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { almatyLocalOf, instantOfAlmatyLocal } from "../../format.ts";
import { labelOf } from "../measures/labels.ts";
import { lawFieldError } from "../measures/lawError.ts";

/** What the fact that records the duty done says: "Copy sent to the prosecutor", "Notice sent: victim". */
export function completionLabel(t: ReturnType<typeof useTranslation>["t"], duty: Duty): string {
  const by = duty.completedBy;
  if (!by) return "";
  const fact = labelOf(t, "factType", by.type);
  return by.to ? `${fact}: ${labelOf(t, "noticeRecipient", by.to)}` : fact;
}

/**
 * Records a duty as done with the measure's fact the law completes it with (the worklist row names
 * it: the prosecutor's copy is `prosecutor_notified`, 001 Art. 51(3)), at the time it was done — now
 * unless changed, on the clock of Almaty. The measure is read first for its version.
 */
export function DutyDoneModal({ duty, onClose }: { duty: Duty; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [at, setAt] = useState(() => almatyLocalOf(new Date().toISOString()));
  const [note, setNote] = useState("");
  const measure = useQuery({
    queryKey: measureKeys.one(duty.measureId),
    queryFn: () => measuresApi.get(duty.measureId),
  });
  const save = useMutation({
    mutationFn: async () => {
      const by = duty.completedBy!;
      return measuresApi.addFact(duty.measureId, {
        version: measure.data!.version,
        type: by.type,
        at: instantOfAlmatyLocal(at),
        ...(by.to ? { to: by.to } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
    },
    onSuccess: () => onClose(),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: measureKeys.worklists });
      void queryClient.invalidateQueries({ queryKey: measureKeys.all });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The fact is written against the version read: before the measure is loaded there is none, and
    // a guessed one is refused as stale (409).
    if (!measure.data) return;
    save.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("worklists.doneTitle", { duty: labelOf(t, "duty", duty.code) })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={measure.error ?? save.error} fields={["at", "note", "to"]} />
          <Text size="sm" data-testid="duty-done-fact">
            {t("worklists.doneRecords", { fact: completionLabel(t, duty) })}
          </Text>
          <DateTimeField
            label={t("worklists.doneAt")}
            required
            value={at}
            onChange={setAt}
            max={almatyLocalOf(new Date().toISOString())}
            error={lawFieldError(t, save.error, "at")}
            data-testid="duty-done-at"
          />
          <Textarea
            label={t("worklists.doneNote")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={lawFieldError(t, save.error, "note")}
            data-testid="duty-done-note"
          />
          <FormFooter
            onCancel={onClose}
            saving={save.isPending || measure.isPending}
            testId="duty-done-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
