import { Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { required, useRefresh } from "./commissionForm.ts";
import { commissionsApi } from "./commissionsApi.ts";
import type { MinorsCommissionCreate, MinorsCommissionList } from "./commissionTypes.ts";

const LEVELS = ["interdepartmental", "region", "city", "district", "settlement"] as const;
type Level = MinorsCommissionCreate["level"];

/**
 * Registers a body of type commission as a commission of a level under its parent (001 Art.
 * 79(2),(3), 79(6)(4)); a settlement commission names its settlement and the maslikhat's approval.
 */
export function RegisterCommissionModal({
  list,
  onClose,
}: {
  list: MinorsCommissionList;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const refresh = useRefresh();
  const [bodyId, setBodyId] = useState(list.unregisteredBodies[0]?.id ?? "");
  const [level, setLevel] = useState<Level>("district");
  const [parentBodyId, setParent] = useState("");
  const [settlementName, setSettlement] = useState("");
  const [establishedOn, setOn] = useState(() => todayIso());
  const [establishedBy, setBy] = useState("");
  const [maslikhatApproval, setApproval] = useState("");
  const current: MinorsCommissionCreate = {
    bodyId,
    level,
    establishedOn,
    establishedBy: establishedBy.trim(),
    ...(parentBodyId ? { parentBodyId } : {}),
    ...(settlementName.trim() ? { settlementName: settlementName.trim() } : {}),
    ...(maslikhatApproval.trim() ? { maslikhatApproval: maslikhatApproval.trim() } : {}),
  };
  const save = useMutation({
    mutationFn: (body: MinorsCommissionCreate) => commissionsApi.create(body),
    onSuccess: async () => {
      notifySaved(t("commissions.registered"));
      await refresh();
      onClose();
    },
  });
  const settlement = level === "settlement";
  const form = useFormErrors({
    formId: "commission-register",
    fields: [
      "bodyId",
      "level",
      "parentBodyId",
      "settlementName",
      "maslikhatApproval",
      "establishedOn",
      "establishedBy",
    ],
    checks: {
      bodyId: required(t, !!bodyId, t("commissions.field.body")),
      establishedOn: required(t, !!establishedOn, t("commissions.field.establishedOn")),
      establishedBy: required(t, !!establishedBy.trim(), t("commissions.field.establishedBy")),
      settlementName: settlement
        ? required(t, !!settlementName.trim(), t("commissions.field.settlementName"))
        : undefined,
      maslikhatApproval: settlement
        ? required(t, !!maslikhatApproval.trim(), t("commissions.field.maslikhatApproval"))
        : undefined,
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("commissions.register")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="commission-register-error" />
          <NativeSelect
            id={form.id("bodyId")}
            label={t("commissions.field.body")}
            value={bodyId}
            onChange={(e) => setBodyId(e.currentTarget.value)}
            data={list.unregisteredBodies.map((b) => ({
              value: b.id,
              label: `${localName(b.name, lang)} (${localName(b.territory.name, lang)})`,
            }))}
            error={form.err("bodyId")}
          />
          <NativeSelect
            id={form.id("level")}
            label={t("commissions.field.level")}
            value={level}
            onChange={(e) => setLevel(e.currentTarget.value as Level)}
            data={LEVELS.map((l) => ({ value: l, label: t(`commissions.level.${l}`) }))}
            error={form.err("level")}
          />
          <NativeSelect
            id={form.id("parentBodyId")}
            label={t("commissions.parent")}
            value={parentBodyId}
            onChange={(e) => setParent(e.currentTarget.value)}
            data={[
              { value: "", label: t("commissions.noParent") },
              ...list.items.map((c) => ({ value: c.bodyId, label: localName(c.name, lang) })),
            ]}
            error={form.err("parentBodyId")}
          />
          {settlement && (
            <>
              <TextInput
                id={form.id("settlementName")}
                label={t("commissions.field.settlementName")}
                required
                value={settlementName}
                onChange={(e) => setSettlement(e.currentTarget.value)}
                error={form.err("settlementName")}
              />
              <TextInput
                id={form.id("maslikhatApproval")}
                label={t("commissions.field.maslikhatApproval")}
                required
                value={maslikhatApproval}
                onChange={(e) => setApproval(e.currentTarget.value)}
                error={form.err("maslikhatApproval")}
              />
            </>
          )}
          <DateField
            id={form.id("establishedOn")}
            label={t("commissions.field.establishedOn")}
            required
            value={establishedOn}
            max={todayIso()}
            onChange={setOn}
            error={form.err("establishedOn")}
          />
          <TextInput
            id={form.id("establishedBy")}
            label={t("commissions.field.establishedBy")}
            description={t("commissions.field.establishedByHint")}
            required
            value={establishedBy}
            onChange={(e) => setBy(e.currentTarget.value)}
            error={form.err("establishedBy")}
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="commission-register-save" />
        </Stack>
      </form>
    </Modal>
  );
}
