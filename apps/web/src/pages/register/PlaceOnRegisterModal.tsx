import { Alert, Checkbox, Modal, NativeSelect, Stack, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, registerApi } from "../../api/measures.ts";
import type { RegisterPlacementCreate } from "../../api/types.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import { groundLabel } from "../measures/labels.ts";
import { REGISTER_GROUNDS } from "./registerDomain.ts";
import { DateField } from "../../components/DateField.tsx";

/**
 * Manual placement on the preventive register on a ground of 001 Art. 59(2) (or 59(3)). The person's
 * rights, duties and liability must be explained first (59(4)): the box is required here and by the
 * law on the server. On success the new entry opens.
 */
export function PlaceOnRegisterModal({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [ground, setGround] = useState("");
  const [placedOn, setPlacedOn] = useState(todayIso);
  const [rights, setRights] = useState(false);
  const [note, setNote] = useState("");
  const body: RegisterPlacementCreate = {
    personId,
    ground,
    placedOn,
    rightsExplained: rights,
    ...(note.trim() ? { note: note.trim() } : {}),
  };
  const save = useMutation({
    mutationFn: (sent: RegisterPlacementCreate) => registerApi.place(sent),
    onSuccess: (entry) => {
      notifySaved(t("forms.saved.placed"));
      void queryClient.invalidateQueries({ queryKey: measureKeys.register });
      void queryClient.invalidateQueries({ queryKey: measureKeys.worklists });
      void navigate({ to: "/register/$entryId", params: { entryId: entry.id } });
    },
  });
  const form = useFormErrors({
    formId: "register-place",
    fields: ["ground", "placedOn", "rightsExplained", "note"],
    checks: {
      ground: ground ? undefined : t("forms.required", { label: t("register.ground") }),
      placedOn: placedOn ? undefined : t("forms.required", { label: t("register.placedOn") }),
      rightsExplained: rights ? undefined : t("register.rightsRequired"),
    },
    save,
    current: body,
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t("register.placeTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(body))} noValidate data-testid="register-place-form">
        <Stack gap="sm">
          <FormErrorSummary form={form} testId="register-place-error" />
          <NativeSelect
            id={form.id("ground")}
            label={lawLabel(t("register.ground"), "001 Art. 59(2)")}
            required
            value={ground}
            data={[
              { value: "", label: "—" },
              ...REGISTER_GROUNDS.map((g) => ({ value: g, label: groundLabel(t, g) })),
            ]}
            onChange={(e) => setGround(e.currentTarget.value)}
            error={form.err("ground")}
            data-testid="register-place-ground"
          />
          <DateField
            id={form.id("placedOn")}
            label={t("register.placedOn")}
            required
            max={todayIso()}
            value={placedOn}
            onChange={(date) => setPlacedOn(date)}
            error={form.err("placedOn")}
            data-testid="register-place-date"
          />
          <Alert color="blue" title={t("register.rightsTitle")} data-testid="register-rights-text">
            {t("register.rightsText")}
          </Alert>
          <Checkbox
            id={form.id("rightsExplained")}
            label={lawLabel(t("measures.rightsExplained"), "001 Art. 59(4)", true)}
            required
            checked={rights}
            onChange={(e) => setRights(e.currentTarget.checked)}
            error={form.err("rightsExplained")}
            data-testid="register-place-rights"
          />
          <Textarea
            id={form.id("note")}
            label={t("measures.note")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={form.err("note")}
            data-testid="register-place-note"
          />
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            label={t("register.place")}
            testId="register-place-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
