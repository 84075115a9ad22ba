import { Modal, NativeSelect, NumberInput, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NPM_INSTITUTION_KINDS, npmApi, npmKeys, type NpmInstitution } from "../../api/npm.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useMarkSaved } from "../../components/savedRow.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { useRegions } from "./regions.ts";
import { DateField } from "../../components/DateField.tsx";

const FIELDS = [
  "name",
  "kind",
  "regionCode",
  "address",
  "capacity",
  "department",
  "subjectSince",
  "lastPeriodicVisitBefore",
];

/**
 * A new institution of the catalogue (000 Art. 26(2); 003 p.1), or the correction of `institution`
 * with the version read, for the Commissioner's office.
 */
export function InstitutionFormModal({
  onClose,
  institution: i,
}: {
  onClose: () => void;
  institution?: NpmInstitution;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const { regions } = useRegions();
  const [name, setName] = useState(i?.name ?? "");
  const [kind, setKind] = useState<string>(i?.kind ?? NPM_INSTITUTION_KINDS[3]);
  const [regionCode, setRegionCode] = useState(i?.regionCode ?? "");
  const [address, setAddress] = useState(i?.address ?? "");
  const [capacity, setCapacity] = useState<number | string>(i?.capacity ?? "");
  const [department, setDepartment] = useState(i?.department ?? "");
  const [subjectSince, setSubjectSince] = useState(i?.subjectSince ?? "");
  const [lastVisit, setLastVisit] = useState(i?.lastPeriodicVisitBefore ?? "");
  const markSaved = useMarkSaved();
  const fields = {
    name,
    kind,
    regionCode: regionCode || (regions[0]?.code ?? ""),
    address,
    capacity: typeof capacity === "number" ? capacity : null,
    department,
  };
  // The values sent go with the save, so a refused input's message goes once it is changed.
  const current = { ...fields, subjectSince, lastPeriodicVisitBefore: lastVisit };
  const save = useMutation({
    mutationFn: (_sent: typeof current) => {
      if (i)
        return npmApi.updateInstitution(i.id, {
          ...fields,
          version: i.version,
          subjectSince: subjectSince || null,
          lastPeriodicVisitBefore: lastVisit || null,
        });
      return npmApi.createInstitution({
        ...fields,
        ...(subjectSince ? { subjectSince } : {}),
        ...(lastVisit ? { lastPeriodicVisitBefore: lastVisit } : {}),
      });
    },
    onSuccess: async (saved) => {
      markSaved(saved.id);
      notifySaved(t("forms.saved.institution"));
      await queryClient.invalidateQueries({ queryKey: npmKeys.all });
      onClose();
    },
  });
  const required = (value: string, label: string) =>
    value.trim() ? undefined : t("forms.required", { label: t(label) });
  const form = useFormErrors({
    formId: "npm-institution",
    fields: FIELDS,
    checks: {
      name: required(name, "npm.institution.name"),
      regionCode: required(fields.regionCode, "npm.region"),
      address: required(address, "npm.institution.address"),
      department: required(department, "npm.institution.department"),
    },
    save,
    current,
  });
  const err = form.err;
  return (
    <Modal opened onClose={onClose} title={i ? t("common.edit") : t("npm.institution.create")} size="lg">
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="npm-institution-error" />
          <TextInput
            label={t("npm.institution.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err("name")}
            id={form.id("name")}
            data-testid="npm-institution-name"
          />
          <NativeSelect
            label={t("npm.institution.kind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value)}
            data={NPM_INSTITUTION_KINDS.map((k) => ({ value: k, label: t(`npm.institutionKind.${k}`) }))}
            error={err("kind")}
            id={form.id("kind")}
            data-testid="npm-institution-kind"
          />
          <NativeSelect
            label={t("npm.region")}
            required
            value={regionCode || (regions[0]?.code ?? "")}
            onChange={(e) => setRegionCode(e.currentTarget.value)}
            data={regions.map((r) => ({ value: r.code, label: localName(r.name, lang) }))}
            error={err("regionCode")}
            id={form.id("regionCode")}
            data-testid="npm-institution-region"
          />
          <TextInput
            label={t("npm.institution.address")}
            required
            value={address}
            onChange={(e) => setAddress(e.currentTarget.value)}
            error={err("address")}
            id={form.id("address")}
            data-testid="npm-institution-address"
          />
          <NumberInput
            label={t("npm.institution.capacity")}
            min={0}
            value={capacity}
            onChange={setCapacity}
            error={err("capacity")}
            id={form.id("capacity")}
            data-testid="npm-institution-capacity"
          />
          <TextInput
            label={t("npm.institution.department")}
            required
            value={department}
            onChange={(e) => setDepartment(e.currentTarget.value)}
            error={err("department")}
            id={form.id("department")}
            data-testid="npm-institution-department"
          />
          {/* Never visited, it is overdue only four years after this date (003 p.3(1)). */}
          <DateField
            label={t("npm.institution.subjectSince")}
            description={t("npm.institution.subjectSinceHint")}
            value={subjectSince}
            onChange={(date) => setSubjectSince(date)}
            error={err("subjectSince")}
            id={form.id("subjectSince")}
            data-testid="npm-institution-subject-since"
          />
          <DateField
            label={t("npm.institution.lastVisitBefore")}
            value={lastVisit}
            onChange={(date) => setLastVisit(date)}
            error={err("lastPeriodicVisitBefore")}
            id={form.id("lastPeriodicVisitBefore")}
            data-testid="npm-institution-last-visit"
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="npm-institution-save" />
        </Stack>
      </form>
    </Modal>
  );
}
