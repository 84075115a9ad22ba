import { Checkbox, Modal, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BodySelect, type BodyOption } from "../../components/BodySelect.tsx";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import { required, useRefresh } from "./commissionForm.ts";
import { commissionsApi } from "./commissionsApi.ts";
import { MEMBER_ROLES, REPRESENTS } from "./commissionDomain.ts";
import type { CommissionMember, CommissionMemberCreate, MinorsCommissionDetail } from "./commissionTypes.ts";

type Role = CommissionMemberCreate["role"];
type Represents = CommissionMemberCreate["represents"];

/** Adds a member with the term of office (001 Art. 79(4),(5)); the law refuses a second chair. */
export function AddMemberModal({
  commission,
  onClose,
}: {
  commission: MinorsCommissionDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [fullName, setName] = useState("");
  const [position, setPosition] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [represents, setRepresents] = useState<Represents>(commission.gaps.missingBodies[0] ?? "other");
  const [body, setBody] = useState<BodyOption | null>(null);
  const [deputyAkim, setDeputyAkim] = useState(true);
  const [since, setSince] = useState(() => todayIso());
  const [until, setUntil] = useState("");
  const current: CommissionMemberCreate = {
    fullName: fullName.trim(),
    position: position.trim(),
    role,
    represents,
    since,
    ...(body ? { representsBodyId: body.id } : {}),
    ...(role === "chair" ? { chairIsDeputyAkim: deputyAkim } : {}),
    ...(until ? { until } : {}),
  };
  const save = useMutation({
    mutationFn: (b: CommissionMemberCreate) => commissionsApi.addMember(commission.bodyId, b),
    onSuccess: async () => {
      notifySaved(t("commissions.memberAdded"));
      await refresh();
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "commission-member",
    fields: [
      "fullName",
      "position",
      "role",
      "represents",
      "representsBodyId",
      "chairIsDeputyAkim",
      "since",
      "until",
      "userId",
    ],
    aliases: { userId: "role" },
    checks: {
      fullName: required(t, !!current.fullName, t("commissions.field.fullName")),
      position: required(t, !!current.position, t("commissions.field.position")),
      since: required(t, !!since, t("commissions.field.since")),
      until: until && until < since ? t("commissions.check.untilBeforeSince") : undefined,
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t("commissions.addMember")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="commission-member-error" />
          <TextInput
            id={form.id("fullName")}
            label={t("commissions.field.fullName")}
            required
            value={fullName}
            onChange={(e) => setName(e.currentTarget.value)}
            error={form.err("fullName")}
            data-testid="commission-member-name"
          />
          <TextInput
            id={form.id("position")}
            label={t("commissions.field.position")}
            required
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value)}
            error={form.err("position")}
          />
          <NativeSelect
            id={form.id("role")}
            label={t("commissions.col.role")}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`commissions.role.${r}`) }))}
            error={form.err("role")}
          />
          {role === "chair" && (
            <Checkbox
              id={form.id("chairIsDeputyAkim")}
              label={t(
                commission.level === "settlement"
                  ? "commissions.field.isAkim"
                  : "commissions.field.isDeputyAkim",
              )}
              checked={deputyAkim}
              onChange={(e) => setDeputyAkim(e.currentTarget.checked)}
              error={form.err("chairIsDeputyAkim")}
            />
          )}
          <NativeSelect
            id={form.id("represents")}
            label={t("commissions.col.represents")}
            value={represents}
            onChange={(e) => setRepresents(e.currentTarget.value as Represents)}
            data={REPRESENTS.map((r) => ({ value: r, label: t(`commissions.represents.${r}`) }))}
            error={form.err("represents")}
          />
          <BodySelect
            label={t("commissions.field.representsBody")}
            clearable
            value={body}
            onChange={setBody}
            error={form.err("representsBodyId")}
          />
          <DateField
            id={form.id("since")}
            label={t("commissions.field.since")}
            required
            value={since}
            onChange={setSince}
            error={form.err("since")}
          />
          <DateField
            id={form.id("until")}
            label={t("commissions.field.until")}
            value={until}
            min={since || undefined}
            onChange={setUntil}
            error={form.err("until")}
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="commission-member-save" />
        </Stack>
      </form>
    </Modal>
  );
}

/** Ends a member's office before the term (a new act, a transfer) with the day and the reason. */
export function EndMemberModal(props: {
  commission: MinorsCommissionDetail;
  member: CommissionMember;
  onClose: () => void;
}) {
  const { commission, member, onClose } = props;
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [endedOn, setOn] = useState(() => todayIso());
  const [reason, setReason] = useState("");
  const current = { endedOn, reason: reason.trim() };
  const save = useMutation({
    mutationFn: (b: typeof current) => commissionsApi.endMember(commission.bodyId, member.id, b),
    onSuccess: async () => {
      notifySaved(t("commissions.memberEnded"));
      await refresh();
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "commission-end",
    fields: ["endedOn", "reason"],
    checks: {
      endedOn: required(t, !!endedOn, t("commissions.field.endedOn")),
      reason: required(t, !!current.reason, t("commissions.field.reason")),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${t("commissions.endMember")}: ${member.fullName}`}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="commission-end-error" />
          <DateField
            id={form.id("endedOn")}
            label={t("commissions.field.endedOn")}
            required
            value={endedOn}
            min={member.since}
            onChange={setOn}
            error={form.err("endedOn")}
          />
          <Textarea
            id={form.id("reason")}
            label={t("commissions.field.reason")}
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
            label={t("commissions.endMember")}
            testId="commission-end-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
