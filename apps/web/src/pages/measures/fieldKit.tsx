import { Checkbox, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { keyOf } from "./kindDomain.ts";

/** A kind's details as the form holds them (sent as `details`, see detailsForKind). */
export type Details = Record<string, unknown>;

/** What every kind's fields receive: the details, their setter and the message per body path. */
export interface DetailProps {
  details: Details;
  set: (key: string, value: unknown) => void;
  /** The message for a field (path inside the body, e.g. `details.category`), with its article. */
  err: (field: string) => string | undefined;
}

export const str = (v: unknown) => (typeof v === "string" ? v : "");
export const list = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

interface Field extends DetailProps {
  /** The detail's name in the law (measure-details.ts); also its testid `detail-<name>`. */
  name: string;
  label: string;
  description?: string;
}

/** One value of a closed list, named under `<prefix>.<value>` in the catalogs. */
export function PickOne({
  name,
  label,
  description,
  options,
  prefix,
  details,
  set,
  err,
}: Field & {
  options: readonly string[];
  prefix: string;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      description={description}
      required
      value={str(details[name])}
      data={[
        { value: "", label: "—" },
        ...options.map((o) => ({ value: o, label: t(`${prefix}.${keyOf(o)}`) })),
      ]}
      onChange={(e) => set(name, e.currentTarget.value || undefined)}
      error={err(`details.${name}`)}
      data-testid={`detail-${name}`}
    />
  );
}

/** Several values of a closed list as checkboxes; each has the testid `detail-<name>-<value>`. */
export function PickMany({
  name,
  label,
  description,
  options,
  prefix,
  details,
  set,
  err,
}: Field & {
  options: readonly string[];
  prefix: string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={label}
      description={description}
      required
      value={list(details[name])}
      onChange={(v) => set(name, v)}
      error={err(`details.${name}`)}
      data-testid={`detail-${name}`}
    >
      <Stack gap={4} mt={4}>
        {options.map((o) => (
          <Checkbox
            key={o}
            value={o}
            label={t(`${prefix}.${keyOf(o)}`)}
            data-testid={`detail-${name}-${o}`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** A yes/no detail; unchecked is sent as `false` once touched. */
export function Flag({ name, label, description, details, set, err }: Field) {
  return (
    <Checkbox
      label={label}
      description={description}
      checked={details[name] === true}
      onChange={(e) => set(name, e.currentTarget.checked)}
      error={err(`details.${name}`)}
      data-testid={`detail-${name}`}
    />
  );
}

/** A legal date (YYYY-MM-DD) detail. */
export function DateField({
  name,
  label,
  description,
  details,
  set,
  err,
  disabled,
}: Field & {
  disabled?: boolean;
}) {
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      disabled={disabled}
      value={str(details[name])}
      onChange={(e) => set(name, e.currentTarget.value || undefined)}
      error={err(`details.${name}`)}
      data-testid={`detail-${name}`}
    />
  );
}
