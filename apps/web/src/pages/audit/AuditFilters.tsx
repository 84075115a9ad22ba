import { Button, Group, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { UserChoice } from "@aldyn/contract";
import { auditApi } from "../../api/endpoints.ts";
import type { AuditQuery } from "../../api/types.ts";
import { DateField } from "../../components/DateField.tsx";
import { UserPicker } from "../users/UserPicker.tsx";
import { AUDIT_DOMAINS, auditDomainLabel } from "./auditActions.ts";

export interface AuditFilterValues {
  from: string;
  to: string;
  actorId: string;
  action: string;
  recordType: string;
  recordId: string;
}

export const NO_FILTERS: AuditFilterValues = {
  from: "",
  to: "",
  actorId: "",
  action: "",
  recordType: "",
  recordId: "",
};

export const AUDIT_FILTER_FIELDS = ["from", "to", "actorId", "action", "recordType", "recordId"] as const;

// Kazakhstan keeps one time zone, UTC+5: a day in the filter is that local calendar day.
const ALMATY_OFFSET = "+05:00";

/** The API query for the filters: whole local days, empty fields left out. */
export function toAuditQuery(values: AuditFilterValues): AuditQuery {
  const text = (value: string) => value.trim() || undefined;
  return {
    from: values.from ? `${values.from}T00:00:00${ALMATY_OFFSET}` : undefined,
    to: values.to ? `${values.to}T23:59:59.999${ALMATY_OFFSET}` : undefined,
    actorId: text(values.actorId),
    action: text(values.action),
    recordType: text(values.recordType),
    recordId: text(values.recordId),
  };
}

interface Props {
  onApply: (values: AuditFilterValues) => void;
  fieldError: (field: string) => string | undefined;
}

/** The audit search form; it applies on submit so typing does not query on every key. */
export function AuditFilters({ onApply, fieldError }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AuditFilterValues>(NO_FILTERS);
  // The user is picked by name or login; the filter sends the id.
  const [actor, setActor] = useState<UserChoice | null>(null);
  const set = (key: keyof AuditFilterValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    setValues(NO_FILTERS);
    setActor(null);
    onApply(NO_FILTERS);
  };

  return (
    <form onSubmit={submit} aria-label={t("audit.filters")}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="sm">
        <DateField
          label={t("audit.from")}
          value={values.from}
          onChange={(from) => setValues((current) => ({ ...current, from }))}
          max={values.to || undefined}
          error={fieldError("from")}
          data-testid="audit-from"
        />
        <DateField
          label={t("audit.to")}
          value={values.to}
          onChange={(to) => setValues((current) => ({ ...current, to }))}
          min={values.from || undefined}
          error={fieldError("to")}
          data-testid="audit-to"
        />
        <UserPicker
          label={t("audit.actorPick")}
          description={t("audit.actorHint")}
          value={actor}
          onChange={(u) => {
            setActor(u);
            setValues((current) => ({ ...current, actorId: u?.id ?? "" }));
          }}
          search={auditApi.actors}
          queryKey="audit-actors"
          error={fieldError("actorId")}
          testId="audit-actor"
        />
        {/* The log is searched by the action's domain: "person." finds every action on persons. */}
        <NativeSelect
          label={t("audit.action")}
          value={values.action}
          onChange={set("action")}
          error={fieldError("action")}
          data={[
            { value: "", label: t("audit.anyAction") },
            ...AUDIT_DOMAINS.map((d) => ({ value: `${d}.`, label: auditDomainLabel(t, d) })),
          ]}
          data-testid="audit-action"
        />
        <NativeSelect
          label={t("audit.recordType")}
          value={values.recordType}
          onChange={set("recordType")}
          error={fieldError("recordType")}
          data={[
            { value: "", label: t("audit.anyRecordType") },
            ...AUDIT_DOMAINS.map((d) => ({ value: d, label: auditDomainLabel(t, d) })),
          ]}
          data-testid="audit-record-type"
        />
        <TextInput
          label={t("audit.recordId")}
          description={t("audit.recordIdHint")}
          value={values.recordId}
          onChange={set("recordId")}
          error={fieldError("recordId")}
          data-testid="audit-record-id"
        />
      </SimpleGrid>
      <Group mb="md">
        <Button type="submit" data-testid="audit-apply">
          {t("common.apply")}
        </Button>
        <Button variant="default" onClick={clear}>
          {t("common.reset")}
        </Button>
      </Group>
    </form>
  );
}
