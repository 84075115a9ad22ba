import { Modal, NativeSelect, Stack, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { personLine } from "./fsDomain.ts";
import { FamilySelect, PersonSelect } from "./FsPickers.tsx";
import { VICTIM_SOURCES, type FamilyRef, type PersonRef, type VictimRecord } from "./fsTypes.ts";

/** Opens a record of a victim of domestic violence in the centre's record (001 Art. 10(2)(10)). */
export function VictimOpenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<PersonRef | null>(null);
  const [family, setFamily] = useState<FamilyRef | null>(null);
  const [openedOn, setOpenedOn] = useState(() => todayIso());
  const [source, setSource] = useState<string>("self");
  const current = {
    personId: person?.id ?? "",
    ...(family ? { familyId: family.id } : {}),
    openedOn,
    source: VICTIM_SOURCES.find((s) => s === source) ?? "other",
  };
  const close = () => {
    setPerson(null);
    setFamily(null);
    save.reset();
    onClose();
  };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.openVictim(body),
    onSuccess: async () => {
      notifySaved(t("familySupport.victims.opened"));
      await queryClient.invalidateQueries({ queryKey: fsKeys.all });
      close();
    },
  });
  const form = useFormErrors({
    formId: "fs-victim",
    fields: ["personId", "familyId", "openedOn", "source"],
    checks: {
      personId: person ? undefined : t("forms.required", { label: t("familySupport.field.person") }),
      openedOn: openedOn ? undefined : t("forms.required", { label: t("familySupport.field.openedOn") }),
    },
    save,
    current,
  });
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t("familySupport.victims.open")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="fs-victim-error" />
          <PersonSelect
            id={form.id("personId")}
            label={t("familySupport.field.person")}
            required
            value={person}
            onChange={setPerson}
            error={form.err("personId")}
            testId="fs-victim-person"
          />
          <FamilySelect
            id={form.id("familyId")}
            label={t("familySupport.field.family")}
            description={t("familySupport.field.familyOptional")}
            value={family}
            onChange={setFamily}
            error={form.err("familyId")}
            testId="fs-victim-family"
          />
          <DateField
            id={form.id("openedOn")}
            label={t("familySupport.field.openedOn")}
            required
            value={openedOn}
            max={todayIso()}
            onChange={setOpenedOn}
            error={form.err("openedOn")}
            data-testid="fs-victim-opened-on"
          />
          <NativeSelect
            id={form.id("source")}
            label={t("familySupport.field.source")}
            value={source}
            data={VICTIM_SOURCES.map((s) => ({ value: s, label: t(`familySupport.source.${s}`) }))}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={form.err("source")}
            data-testid="fs-victim-source"
          />
          <FormFooter onCancel={close} saving={save.isPending} testId="fs-victim-save" />
        </Stack>
      </form>
    </Modal>
  );
}

/** Closes a victim's record with the day and the reason (the record stays in the history). */
export function VictimCloseModal({ record, onClose }: { record: VictimRecord | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [closedOn, setClosedOn] = useState(() => todayIso());
  const [reason, setReason] = useState("");
  const current = { closedOn, reason: reason.trim() };
  const close = () => {
    setReason("");
    save.reset();
    onClose();
  };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.closeVictim(record!.id, body),
    onSuccess: async () => {
      notifySaved(t("familySupport.victims.closed"));
      await queryClient.invalidateQueries({ queryKey: fsKeys.all });
      close();
    },
  });
  const form = useFormErrors({
    formId: "fs-victim-close",
    fields: ["closedOn", "reason"],
    checks: {
      closedOn: closedOn ? undefined : t("forms.required", { label: t("familySupport.field.closedOn") }),
      reason: reason.trim() ? undefined : t("forms.required", { label: t("familySupport.field.reason") }),
    },
    save,
    current,
  });
  return (
    <Modal
      opened={record !== null}
      onClose={close}
      title={t("familySupport.victims.closeTitle", { name: record ? personLine(t, record.person) : "" })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="fs-victim-close-error" />
          <DateField
            id={form.id("closedOn")}
            label={t("familySupport.field.closedOn")}
            required
            value={closedOn}
            max={todayIso()}
            onChange={setClosedOn}
            error={form.err("closedOn")}
          />
          <Textarea
            id={form.id("reason")}
            label={t("familySupport.field.reason")}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={form.err("reason")}
            data-testid="fs-victim-close-reason"
          />
          <FormFooter
            onCancel={close}
            saving={save.isPending}
            label={t("familySupport.victims.close")}
            testId="fs-victim-close-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
