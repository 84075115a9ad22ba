import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, measuresApi, registerApi } from "../../api/measures.ts";
import { DateField } from "../../components/DateField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { checkInstant, todayIso } from "../../format.ts";
import { lawFieldError } from "../measures/lawError.ts";
import { CONTROL_OUTCOMES } from "../measures/measureDomain.ts";

export interface CheckTarget {
  source: "measure" | "register_entry";
  id: string;
  /** Who is checked, for the dialog's title. */
  label: string;
}

/**
 * Record a check of preventive control (001 Art. 59(10)): date, place, outcome and any violation
 * found. The record is read first for its current version (optimistic concurrency).
 */
export function RecordCheckModal({ target, onClose }: { target: CheckTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [on, setOn] = useState(() => todayIso());
  const [place, setPlace] = useState("");
  const [outcome, setOutcome] = useState("");
  const [violation, setViolation] = useState("");
  const record = useQuery({
    queryKey: target.source === "measure" ? measureKeys.one(target.id) : ["register", "one", target.id],
    queryFn: async () =>
      target.source === "measure" ? measuresApi.get(target.id) : registerApi.get(target.id),
  });

  const save = useMutation({
    mutationFn: async () => {
      const version = record.data?.version ?? 1;
      const outcomeValue = CONTROL_OUTCOMES.find((o) => o === outcome);
      if (target.source === "register_entry") {
        return registerApi.addFact(target.id, {
          version,
          type: "control_check",
          on,
          place: place.trim(),
          ...(outcomeValue ? { outcome: outcomeValue } : {}),
          ...(violation.trim() ? { violation: violation.trim() } : {}),
        });
      }
      // A measure's fact is an instant: now for a check made today, noon of an earlier day.
      return measuresApi.addFact(target.id, {
        version,
        type: "control_check",
        at: checkInstant(on),
        ...(place.trim() ? { place: place.trim() } : {}),
        ...(outcome ? { outcome } : {}),
        ...(violation.trim() ? { note: violation.trim() } : {}),
      });
    },
    onSuccess: () => onClose(),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: measureKeys.worklists });
      void queryClient.invalidateQueries({ queryKey: measureKeys.all });
      void queryClient.invalidateQueries({ queryKey: measureKeys.register });
    },
  });
  const err = (field: string) => lawFieldError(t, save.error, field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t("checks.title", { name: target.label })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert
            error={record.error ?? save.error}
            fields={["on", "at", "place", "outcome", "violation"]}
          />
          <DateField
            label={t("checks.date")}
            required
            value={on}
            onChange={setOn}
            max={todayIso()}
            error={err("on") ?? err("at")}
            data-testid="check-date"
          />
          <TextInput
            label={t("checks.place")}
            required
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={err("place")}
            data-testid="check-place"
          />
          <NativeSelect
            label={t("checks.outcome")}
            required
            value={outcome}
            data={[
              { value: "", label: "—" },
              ...CONTROL_OUTCOMES.map((o) => ({ value: o, label: t(`checkOutcome.${o}`) })),
            ]}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            error={err("outcome")}
            data-testid="check-outcome"
          />
          <Textarea
            label={t("checks.violation")}
            description={t("checks.violationHint")}
            autosize
            minRows={2}
            value={violation}
            onChange={(e) => setViolation(e.currentTarget.value)}
            error={err("violation")}
            data-testid="check-violation"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={record.isPending}
              data-testid="check-save"
            >
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
