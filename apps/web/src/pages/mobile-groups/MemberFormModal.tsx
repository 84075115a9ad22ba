import { Modal, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BodySelect, type BodyOption } from "../../components/BodySelect.tsx";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { lawCitation, todayIso } from "../../format.ts";
import { mobileGroupKeys, mobileGroupsApi, type MemberCreate } from "./mobileGroupsApi.ts";

/**
 * A member of the group from one of the bodies the law names (001 Art. 10(2)(8): education,
 * healthcare, internal affairs and the centre); a body of another type is refused by the server with
 * the law's code (mobile_group.member_body_type), shown under the body.
 */
export function MemberFormModal({ groupId, onClose }: { groupId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState<BodyOption | null>(null);
  const [fullName, setFullName] = useState("");
  const [since, setSince] = useState(todayIso());
  const current: MemberCreate = { bodyId: body?.id ?? "", fullName: fullName.trim(), since };
  const save = useMutation({
    mutationFn: (m: MemberCreate) => mobileGroupsApi.addMember(groupId, m),
    onSuccess: async () => {
      notifySaved(t("mobileGroups.member.saved"));
      await queryClient.invalidateQueries({ queryKey: mobileGroupKeys.all });
      onClose();
    },
  });
  const required = (filled: boolean, label: string) => (filled ? undefined : t("forms.required", { label }));
  const form = useFormErrors({
    formId: "mg-member",
    fields: ["bodyId", "fullName", "since"],
    checks: {
      bodyId: required(body !== null, t("mobileGroups.member.body")),
      fullName: required(fullName.trim() !== "", t("mobileGroups.member.fullName")),
      since: required(since !== "", t("mobileGroups.member.sinceLabel")),
    },
    save,
    current,
  });
  return (
    <Modal opened onClose={onClose} title={t("mobileGroups.member.add")} size="lg">
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="mg-member-error" />
          <Text size="sm" c="dimmed">
            {t("mobileGroups.member.intro", { article: lawCitation(t, "001 Art. 10(2)(8)") })}
          </Text>
          <div id={form.id("bodyId")}>
            <BodySelect
              label={t("mobileGroups.member.body")}
              required
              value={body}
              onChange={setBody}
              error={form.err("bodyId")}
              testId="mg-member-body"
            />
          </div>
          <TextInput
            id={form.id("fullName")}
            label={t("mobileGroups.member.fullName")}
            required
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            error={form.err("fullName")}
            data-testid="mg-member-name"
          />
          <DateField
            id={form.id("since")}
            label={t("mobileGroups.member.sinceLabel")}
            required
            value={since}
            onChange={setSince}
            error={form.err("since")}
            data-testid="mg-member-since"
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="mg-member-save" />
        </Stack>
      </form>
    </Modal>
  );
}
