import { Alert, Checkbox, Modal, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, registerApi } from "../../api/measures.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { todayIso } from "../../format.ts";
import { groundLabel } from "../measures/labels.ts";
import { lawFieldError } from "../measures/lawError.ts";
import { REGISTER_GROUNDS } from "./registerDomain.ts";
import { FormFooter } from "../../components/FormFooter.tsx";

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
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      registerApi.place({
        personId,
        ground,
        placedOn,
        rightsExplained: rights,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (entry) => {
      void queryClient.invalidateQueries({ queryKey: measureKeys.register });
      void queryClient.invalidateQueries({ queryKey: measureKeys.worklists });
      void navigate({ to: "/register/$entryId", params: { entryId: entry.id } });
    },
  });
  const err = (field: string) => lawFieldError(t, save.error, field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (ground && rights) save.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t("register.placeTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate data-testid="register-place-form">
        <Stack gap="sm">
          <ErrorAlert
            error={save.error}
            fields={["ground", "placedOn", "rightsExplained", "note"]}
            testId="register-place-error"
          />
          <NativeSelect
            label={t("register.ground")}
            required
            value={ground}
            data={[
              { value: "", label: "—" },
              ...REGISTER_GROUNDS.map((g) => ({ value: g, label: groundLabel(t, g) })),
            ]}
            onChange={(e) => setGround(e.currentTarget.value)}
            error={(tried && !ground ? t("errors.field.required") : undefined) ?? err("ground")}
            data-testid="register-place-ground"
          />
          <TextInput
            type="date"
            label={t("register.placedOn")}
            required
            max={todayIso()}
            value={placedOn}
            onChange={(e) => setPlacedOn(e.currentTarget.value)}
            error={err("placedOn")}
            data-testid="register-place-date"
          />
          <Alert color="blue" title={t("register.rightsTitle")} data-testid="register-rights-text">
            {t("register.rightsText")}
          </Alert>
          <Checkbox
            label={t("measures.rightsExplained")}
            required
            checked={rights}
            onChange={(e) => setRights(e.currentTarget.checked)}
            error={(tried && !rights ? t("register.rightsRequired") : undefined) ?? err("rightsExplained")}
            data-testid="register-place-rights"
          />
          <Textarea
            label={t("measures.note")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={err("note")}
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
