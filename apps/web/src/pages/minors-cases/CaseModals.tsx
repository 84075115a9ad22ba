import { Modal, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import { caseKeys, casesApi } from "./casesApi.ts";
import { MATERIAL_KINDS } from "./caseDomain.ts";
import type { MinorsCaseMaterialCreate as CaseMaterialCreate } from "./caseTypes.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseKeys.all });
}

/**
 * Adds a material to a case (001 Art. 79(6)(9)): a note, a report, a measure or an attachment by its
 * id (the record's page shows it), with the day the commission received it.
 */
export function AddMaterialModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [kind, setKind] = useState<CaseMaterialCreate["kind"]>("note");
  const [title, setTitle] = useState("");
  const [receivedOn, setReceivedOn] = useState(() => todayIso());
  const [ref, setRef] = useState("");
  const needsRef = kind === "measure" || kind === "attachment";
  const current: CaseMaterialCreate = {
    kind,
    title: title.trim(),
    receivedOn,
    ...(kind === "measure" ? { measureId: ref.trim() } : {}),
    ...(kind === "attachment" ? { attachmentId: ref.trim() } : {}),
  };
  const save = useMutation({
    mutationFn: (body: CaseMaterialCreate) => casesApi.addMaterial(caseId, body),
    onSuccess: async () => {
      notifySaved(t("minorsCases.materialAdded"));
      await refresh();
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "minors-case-material",
    fields: ["kind", "title", "receivedOn", "measureId", "attachmentId"],
    aliases: { attachmentId: "measureId" },
    checks: {
      title: title.trim() ? undefined : t("forms.required", { label: t("minorsCases.field.title") }),
      receivedOn: receivedOn ? undefined : t("forms.required", { label: t("minorsCases.field.receivedOn") }),
      measureId: needsRef && !UUID.test(ref.trim()) ? t("minorsCases.check.recordId") : undefined,
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("minorsCases.addMaterial")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="minors-case-material-error" />
          <NativeSelect
            id={form.id("kind")}
            label={t("minorsCases.field.kind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as CaseMaterialCreate["kind"])}
            data={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`minorsCases.materialKind.${k}`) }))}
            error={form.err("kind")}
          />
          <Textarea
            id={form.id("title")}
            label={t("minorsCases.field.title")}
            required
            autosize
            minRows={2}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={form.err("title")}
            data-testid="minors-case-material-title"
          />
          {needsRef && (
            <TextInput
              id={form.id("measureId")}
              label={t(kind === "measure" ? "minorsCases.field.measureId" : "minorsCases.field.attachmentId")}
              description={t("minorsCases.field.recordIdHint")}
              required
              value={ref}
              onChange={(e) => setRef(e.currentTarget.value)}
              error={form.err("measureId")}
            />
          )}
          <DateField
            id={form.id("receivedOn")}
            label={t("minorsCases.field.receivedOn")}
            required
            value={receivedOn}
            max={todayIso()}
            onChange={setReceivedOn}
            error={form.err("receivedOn")}
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="minors-case-material-save" />
        </Stack>
      </form>
    </Modal>
  );
}

/** Closes a decided case with the reason (the decision carried out, the minor of age…). */
export function CloseCaseModal({
  caseId,
  version,
  onClose,
}: {
  caseId: string;
  version: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [reason, setReason] = useState("");
  const current = { reason: reason.trim(), version };
  const save = useMutation({
    mutationFn: (body: { reason: string; version: number }) => casesApi.close(caseId, body),
    onSuccess: async () => {
      notifySaved(t("minorsCases.closed"));
      await refresh();
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "minors-case-close",
    fields: ["reason"],
    checks: {
      reason: current.reason ? undefined : t("forms.required", { label: t("minorsCases.field.reason") }),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("minorsCases.close")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="minors-case-close-error" />
          <Textarea
            id={form.id("reason")}
            label={t("minorsCases.field.reason")}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={form.err("reason")}
          />
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            label={t("minorsCases.close")}
            testId="minors-case-close-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
