import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, registerApi } from "../../api/measures.ts";
import type { RegisterEntry, RegisterFactCreate } from "../../api/types.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import { REGISTER_APPEAL_OUTCOMES, REGISTER_TERMINATION_GROUNDS } from "./registerDomain.ts";
import { DateField } from "../../components/DateField.tsx";

export type RegisterAction = "extended" | "terminated" | "appealed" | "appeal_decided";

/** Actions that end or contest the registration: asked twice, as they change the person's status. */
const CONFIRMED: readonly RegisterAction[] = ["terminated", "appealed", "appeal_decided"];

/**
 * Extension (001 Art. 59(9)), termination (59(8)), appeal and its outcome (59(5)) of a register
 * entry. The entry's version goes with the fact (optimistic concurrency: a stale one is a 409).
 */
export function RegisterFactModal(props: {
  entry: RegisterEntry;
  action: RegisterAction;
  onClose: () => void;
}) {
  const { entry, action, onClose } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [on, setOn] = useState(todayIso);
  const [until, setUntil] = useState("");
  const [reason, setReason] = useState("");
  const [ground, setGround] = useState("");
  const [positive, setPositive] = useState(false);
  const [outcome, setOutcome] = useState("");
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);

  const body = (): RegisterFactCreate => {
    const base = { version: entry.version, type: action, on, ...(note.trim() ? { note: note.trim() } : {}) };
    if (action === "extended") return { ...base, until: until || null, reason: reason.trim() };
    if (action === "terminated")
      return { ...base, ground, ...(ground === "corrected" ? { positiveCharacterisation: positive } : {}) };
    if (action === "appeal_decided") {
      const value = REGISTER_APPEAL_OUTCOMES.find((o) => o === outcome);
      return { ...base, ...(value ? { appealOutcome: value } : {}) };
    }
    return base;
  };
  const save = useMutation({
    mutationFn: (sent: RegisterFactCreate) => registerApi.addFact(entry.id, sent),
    onSuccess: (saved) => {
      notifySaved(t("forms.saved.registerFact"));
      queryClient.setQueryData(measureKeys.registerEntry(entry.id), saved);
      onClose();
    },
    onError: () => setConfirming(false),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: measureKeys.register });
      void queryClient.invalidateQueries({ queryKey: measureKeys.worklists });
    },
  });
  const required = (ok: boolean, label: string) =>
    ok ? undefined : t("forms.required", { label: t(label) });
  const current = body();
  const form = useFormErrors({
    formId: "register-fact",
    fields: ["on", "until", "reason", "ground", "appealOutcome", "note"],
    checks: {
      on: required(on !== "", "register.factOn"),
      ...(action === "extended" ? { reason: required(reason.trim() !== "", "register.reason") } : {}),
      ...(action === "terminated" ? { ground: required(ground !== "", "register.terminationGround") } : {}),
      ...(action === "appeal_decided"
        ? { appealOutcome: required(outcome !== "", "register.appealOutcome") }
        : {}),
    },
    save,
    current,
  });
  const err = form.err;
  // Ending or contesting the registration is asked twice, once the form is complete.
  const send = () => {
    if (CONFIRMED.includes(action) && !confirming) setConfirming(true);
    else save.mutate(current);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`register.actionTitle.${action}`)}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(send)} noValidate data-testid="register-fact-form">
        <Stack gap="sm">
          <FormErrorSummary form={form} testId="register-fact-error" />
          <DateField
            id={form.id("on")}
            label={t("register.factOn")}
            required
            value={on}
            onChange={(date) => setOn(date)}
            error={err("on")}
            data-testid="register-fact-on"
            disabled={confirming}
          />
          {action === "extended" && (
            <>
              <DateField
                id={form.id("until")}
                label={t("register.extendUntil")}
                description={t("register.extendUntilHint")}
                value={until}
                onChange={(date) => setUntil(date)}
                error={err("until")}
                data-testid="register-extend-until"
                disabled={confirming}
              />
              <Textarea
                id={form.id("reason")}
                label={lawLabel(t("register.reason"), "001 Art. 59(9)")}
                required
                autosize
                minRows={2}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={err("reason")}
                data-testid="register-reason"
                disabled={confirming}
              />
            </>
          )}
          {action === "terminated" && (
            <>
              <NativeSelect
                id={form.id("ground")}
                label={lawLabel(t("register.terminationGround"), "001 Art. 59(8)")}
                required
                value={ground}
                data={[
                  { value: "", label: "—" },
                  ...REGISTER_TERMINATION_GROUNDS.map((g) => ({
                    value: g,
                    label: t(`registerTermination.${g}`),
                  })),
                ]}
                onChange={(e) => setGround(e.currentTarget.value)}
                error={err("ground")}
                data-testid="register-termination-ground"
                disabled={confirming}
              />
              {ground === "corrected" && (
                <Checkbox
                  label={t("register.positiveCharacterisation")}
                  checked={positive}
                  onChange={(e) => setPositive(e.currentTarget.checked)}
                  data-testid="register-positive"
                  disabled={confirming}
                />
              )}
            </>
          )}
          {action === "appeal_decided" && (
            <NativeSelect
              id={form.id("appealOutcome")}
              label={t("register.appealOutcome")}
              required
              value={outcome}
              data={[
                { value: "", label: "—" },
                ...REGISTER_APPEAL_OUTCOMES.map((o) => ({
                  value: o,
                  label: t(`registerAppealOutcome.${o}`),
                })),
              ]}
              onChange={(e) => setOutcome(e.currentTarget.value)}
              error={err("appealOutcome")}
              data-testid="register-appeal-outcome"
              disabled={confirming}
            />
          )}
          <Textarea
            id={form.id("note")}
            label={t("measures.note")}
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={err("note")}
            data-testid="register-note"
            disabled={confirming}
          />
          {confirming && (
            <Alert color="orange" role="alert" data-testid="register-confirm">
              {t(`register.confirm.${action}`)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirming ? () => setConfirming(false) : onClose}>
              {confirming ? t("register.back") : t("common.cancel")}
            </Button>
            <Button
              type="submit"
              color={action === "terminated" ? "red" : undefined}
              loading={save.isPending}
              data-testid={confirming ? "confirm-submit" : "register-fact-save"}
            >
              {confirming ? t("register.confirmYes") : t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
