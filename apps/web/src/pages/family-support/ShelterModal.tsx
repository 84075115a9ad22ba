import { Modal, NumberInput, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { fsApi, fsKeys } from "./fsApi.ts";

/**
 * A place of temporary residence of the centre (001 Arts. 10(2)(4), 72(2)): its name, its address
 * (confidential: only the centre and the DV inspector read it) and its number of places.
 */
export function ShelterModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [address, setAddress] = useState("");
  const [places, setPlaces] = useState<number | string>(10);
  const current = { name: name.trim(), address: address.trim(), places: Number(places) };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.createShelter(body),
    onSuccess: async () => {
      notifySaved(t("familySupport.shelters.saved"));
      await queryClient.invalidateQueries({ queryKey: fsKeys.shelters });
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "fs-shelter",
    fields: ["name", "address", "places"],
    checks: {
      name: name.trim() ? undefined : t("forms.required", { label: t("familySupport.field.shelterName") }),
      address: address.trim() ? undefined : t("forms.required", { label: t("familySupport.field.address") }),
      places:
        Number.isInteger(Number(places)) && Number(places) > 0 && places !== ""
          ? undefined
          : t("familySupport.check.places"),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("familySupport.shelters.add")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="fs-shelter-error" />
          <TextInput
            id={form.id("name")}
            label={t("familySupport.field.shelterName")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={form.err("name")}
            data-testid="fs-shelter-name"
          />
          <TextInput
            id={form.id("address")}
            label={t("familySupport.field.address")}
            description={t("familySupport.shelters.addressConfidential")}
            required
            value={address}
            onChange={(e) => setAddress(e.currentTarget.value)}
            error={form.err("address")}
            data-testid="fs-shelter-address"
          />
          <NumberInput
            id={form.id("places")}
            label={t("familySupport.field.places")}
            required
            min={1}
            allowDecimal={false}
            value={places}
            onChange={setPlaces}
            error={form.err("places")}
            data-testid="fs-shelter-places"
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="fs-shelter-save" />
        </Stack>
      </form>
    </Modal>
  );
}
