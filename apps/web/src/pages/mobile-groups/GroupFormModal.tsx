import { Modal, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { mobileGroupKeys, mobileGroupsApi, type MobileGroupCreate } from "./mobileGroupsApi.ts";

/**
 * A new mobile group organised by the user's family support centre (001 Art. 10(2)(8)) in the
 * centre's territory; its members from the other bodies are added on the group's page.
 */
export function GroupFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [formedOn, setFormedOn] = useState(todayIso());
  const current: MobileGroupCreate = { name: name.trim(), formedOn };
  const save = useMutation({
    mutationFn: (body: MobileGroupCreate) => mobileGroupsApi.create(body),
    onSuccess: async (saved) => {
      notifySaved(t("mobileGroups.saved"));
      await queryClient.invalidateQueries({ queryKey: mobileGroupKeys.all });
      onClose();
      await navigate({ to: "/mobile-groups/$groupId", params: { groupId: saved.id } });
    },
  });
  const required = (filled: boolean, label: string) => (filled ? undefined : t("forms.required", { label }));
  const form = useFormErrors({
    formId: "mg-group",
    fields: ["name", "formedOn"],
    checks: {
      name: required(name.trim() !== "", t("mobileGroups.name")),
      formedOn: required(formedOn !== "", t("mobileGroups.formedOn")),
    },
    save,
    current,
  });
  return (
    <Modal opened onClose={onClose} title={t("mobileGroups.create")} size="lg">
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="mg-group-error" />
          <Text size="sm" c="dimmed">
            {t("mobileGroups.organisedBy", { body: localName(user.body.name, lang) })}
          </Text>
          <TextInput
            id={form.id("name")}
            label={t("mobileGroups.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={form.err("name")}
            data-testid="mg-group-name"
          />
          <DateField
            id={form.id("formedOn")}
            label={t("mobileGroups.formedOn")}
            required
            value={formedOn}
            onChange={setFormedOn}
            max={todayIso()}
            error={form.err("formedOn")}
            data-testid="mg-group-formed"
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="mg-group-save" />
        </Stack>
      </form>
    </Modal>
  );
}
