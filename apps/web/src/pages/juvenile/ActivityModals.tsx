import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import { CHECK_OUTCOMES, juvenileApi, juvenileKeys, type RehabilitationActivity } from "./juvenileApi.ts";
import { ACTIVITIES, activityLabel } from "./lawLists.ts";

/** After a write on an entry's activities: its list and the worklist's states are read again. */
function useSaved(entryId: string, message: string, onClose: () => void) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return () => {
    notifySaved(t(message));
    void queryClient.invalidateQueries({ queryKey: juvenileKeys.activities(entryId) });
    void queryClient.invalidateQueries({ queryKey: juvenileKeys.all });
    onClose();
  };
}

function Shell(props: { title: string; testId: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.title}
      closeButtonProps={{ "aria-label": t("common.close") }}
      data-testid={`${props.testId}-modal`}
    >
      {props.children}
    </Modal>
  );
}

function Buttons({ pending, onClose, testId }: { pending: boolean; onClose: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onClose}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={pending} data-testid={testId}>
        {t("common.save")}
      </Button>
    </Group>
  );
}

/** A rehabilitation activity of 001 Art. 82(2): which, who provides it, its term and the minor's duties. */
export function ActivityModal({ entryId, onClose }: { entryId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [activity, setActivity] = useState("");
  const [provider, setProvider] = useState("");
  const [fromOn, setFromOn] = useState(todayIso);
  const [untilOn, setUntilOn] = useState("");
  const [duties, setDuties] = useState("");
  const done = useSaved(entryId, "juvenile.saved.activity", onClose);
  const body = {
    activity,
    provider: provider.trim(),
    fromOn,
    untilOn: untilOn || null,
    duties: duties.trim(),
  };
  const save = useMutation({
    mutationFn: (b: typeof body) => juvenileApi.addActivity(entryId, b),
    onSuccess: done,
  });
  const required = (ok: boolean, label: string) =>
    ok ? undefined : t("forms.required", { label: t(label) });
  const form = useFormErrors({
    formId: "rehab-activity",
    fields: ["activity", "provider", "fromOn", "untilOn", "duties"],
    checks: {
      activity: required(activity !== "", "juvenile.activityForm.activity"),
      provider: required(provider.trim() !== "", "juvenile.activityForm.provider"),
      fromOn: required(fromOn !== "", "juvenile.activityForm.from"),
      duties: required(duties.trim() !== "", "juvenile.activityForm.duties"),
    },
    save,
    current: body,
  });
  const err = form.err;
  return (
    <Shell title={t("juvenile.activityForm.title")} testId="rehab-activity" onClose={onClose}>
      <form onSubmit={form.onSubmit(() => save.mutate(body))} noValidate data-testid="rehab-activity-form">
        <Stack gap="sm">
          <FormErrorSummary form={form} testId="rehab-activity-error" />
          <NativeSelect
            id={form.id("activity")}
            label={lawLabel(t("juvenile.activityForm.activity"), "001 Art. 82(2)")}
            required
            value={activity}
            data={[
              { value: "", label: "—" },
              ...ACTIVITIES.map((a) => ({ value: a.id, label: activityLabel(t, a.id) })),
            ]}
            onChange={(e) => setActivity(e.currentTarget.value)}
            error={err("activity")}
            data-testid="rehab-activity-kind"
          />
          <TextInput
            id={form.id("provider")}
            label={t("juvenile.activityForm.provider")}
            description={t("juvenile.activityForm.providerHint")}
            required
            value={provider}
            onChange={(e) => setProvider(e.currentTarget.value)}
            error={err("provider")}
            data-testid="rehab-activity-provider"
          />
          <Group grow align="flex-start">
            <DateField
              id={form.id("fromOn")}
              label={t("juvenile.activityForm.from")}
              required
              value={fromOn}
              onChange={setFromOn}
              error={err("fromOn")}
              data-testid="rehab-activity-from"
            />
            <DateField
              id={form.id("untilOn")}
              label={t("juvenile.activityForm.until")}
              value={untilOn}
              onChange={setUntilOn}
              error={err("untilOn")}
              data-testid="rehab-activity-until"
            />
          </Group>
          <Textarea
            id={form.id("duties")}
            label={t("juvenile.activityForm.duties")}
            required
            autosize
            minRows={2}
            value={duties}
            onChange={(e) => setDuties(e.currentTarget.value)}
            error={err("duties")}
            data-testid="rehab-activity-duties"
          />
          <Buttons pending={save.isPending} onClose={onClose} testId="rehab-activity-save" />
        </Stack>
      </form>
    </Shell>
  );
}

/** A check of how the minor takes part in an activity: attends, irregular or stopped. */
export function CheckModal(props: {
  entryId: string;
  activity: RehabilitationActivity;
  onClose: () => void;
}) {
  const { entryId, activity: a, onClose } = props;
  const { t } = useTranslation();
  const [checkedOn, setCheckedOn] = useState(todayIso);
  const [outcome, setOutcome] = useState("");
  const [note, setNote] = useState("");
  const done = useSaved(entryId, "juvenile.saved.check", onClose);
  const value = CHECK_OUTCOMES.find((o) => o === outcome);
  const body = { checkedOn, outcome: value ?? "attends", ...(note.trim() ? { note: note.trim() } : {}) };
  const save = useMutation({ mutationFn: (b: typeof body) => juvenileApi.check(a.id, b), onSuccess: done });
  const form = useFormErrors({
    formId: "rehab-check",
    fields: ["checkedOn", "outcome", "note"],
    checks: {
      checkedOn: checkedOn ? undefined : t("forms.required", { label: t("juvenile.checkForm.on") }),
      outcome: value ? undefined : t("forms.required", { label: t("juvenile.checkForm.outcome") }),
    },
    save,
    current: body,
  });
  return (
    <Shell
      title={t("juvenile.checkForm.title", { activity: activityLabel(t, a.activity) })}
      testId="rehab-check"
      onClose={onClose}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(body))} noValidate data-testid="rehab-check-form">
        <Stack gap="sm">
          <FormErrorSummary form={form} testId="rehab-check-error" />
          <DateField
            id={form.id("checkedOn")}
            label={t("juvenile.checkForm.on")}
            required
            min={a.fromOn}
            max={todayIso()}
            value={checkedOn}
            onChange={setCheckedOn}
            error={form.err("checkedOn")}
            data-testid="rehab-check-on"
          />
          <NativeSelect
            id={form.id("outcome")}
            label={t("juvenile.checkForm.outcome")}
            required
            value={outcome}
            data={[
              { value: "", label: "—" },
              ...CHECK_OUTCOMES.map((o) => ({ value: o, label: t(`juvenile.outcome.${o}`) })),
            ]}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            error={form.err("outcome")}
            data-testid="rehab-check-outcome"
          />
          <Textarea
            id={form.id("note")}
            label={t("measures.note")}
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={form.err("note")}
          />
          <Buttons pending={save.isPending} onClose={onClose} testId="rehab-check-save" />
        </Stack>
      </form>
    </Shell>
  );
}

/** Ends an activity (completed, stopped, the minor came of age) with the day and the reason. */
export function EndModal(props: { entryId: string; activity: RehabilitationActivity; onClose: () => void }) {
  const { entryId, activity: a, onClose } = props;
  const { t } = useTranslation();
  const [endedOn, setEndedOn] = useState(todayIso);
  const [reason, setReason] = useState("");
  const done = useSaved(entryId, "juvenile.saved.ended", onClose);
  const body = { endedOn, reason: reason.trim() };
  const save = useMutation({ mutationFn: (b: typeof body) => juvenileApi.end(a.id, b), onSuccess: done });
  const form = useFormErrors({
    formId: "rehab-end",
    fields: ["endedOn", "reason"],
    checks: {
      endedOn: endedOn ? undefined : t("forms.required", { label: t("juvenile.endForm.on") }),
      reason: reason.trim() ? undefined : t("forms.required", { label: t("juvenile.endForm.reason") }),
    },
    save,
    current: body,
  });
  return (
    <Shell
      title={t("juvenile.endForm.title", { activity: activityLabel(t, a.activity) })}
      testId="rehab-end"
      onClose={onClose}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(body))} noValidate data-testid="rehab-end-form">
        <Stack gap="sm">
          <FormErrorSummary form={form} testId="rehab-end-error" />
          <DateField
            id={form.id("endedOn")}
            label={t("juvenile.endForm.on")}
            required
            min={a.fromOn}
            max={todayIso()}
            value={endedOn}
            onChange={setEndedOn}
            error={form.err("endedOn")}
            data-testid="rehab-end-on"
          />
          <TextInput
            id={form.id("reason")}
            label={t("juvenile.endForm.reason")}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={form.err("reason")}
            data-testid="rehab-end-reason"
          />
          <Buttons pending={save.isPending} onClose={onClose} testId="rehab-end-save" />
        </Stack>
      </form>
    </Shell>
  );
}
