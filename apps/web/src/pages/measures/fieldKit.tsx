import { Checkbox, NativeSelect, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { lawLabel } from "../../components/LawLabel.tsx";
import { keyOf } from "./kindDomain.ts";
import { DateField as DateFieldInput } from "../../components/DateField.tsx";

/** A kind's details as the form holds them (sent as `details`, see detailsForKind). */
export type Details = Record<string, unknown>;

/** What each input of the issue form needs to know about itself, by its path inside the body. */
export interface FieldKit {
  /** The message for the input (e.g. `details.category`): the form's check or the server's refusal. */
  err: (field: string) => string | undefined;
  /** The input's element id, which the list of errors at the top of the form links to. */
  id: (field: string) => string;
  /** The article that makes the input required, if the law does (shown on hover of its label). */
  req: (field: string) => string | undefined;
}

/** What every kind's fields receive: the details, their setter, and each input's id and message. */
export interface DetailProps extends FieldKit {
  details: Details;
  set: (key: string, value: unknown) => void;
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
  id,
  req,
}: Field & {
  options: readonly string[];
  prefix: string;
}) {
  const { t } = useTranslation();
  const path = `details.${name}`;
  return (
    <NativeSelect
      id={id(path)}
      label={lawLabel(label, req(path))}
      description={description}
      required={req(path) !== undefined}
      value={str(details[name])}
      data={[
        { value: "", label: "—" },
        ...options.map((o) => ({ value: o, label: t(`${prefix}.${keyOf(o)}`) })),
      ]}
      onChange={(e) => set(name, e.currentTarget.value || undefined)}
      error={err(path)}
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
  id,
  req,
}: Field & {
  options: readonly string[];
  prefix: string;
}) {
  const { t } = useTranslation();
  const path = `details.${name}`;
  return (
    <Checkbox.Group
      id={id(path)}
      label={lawLabel(label, req(path))}
      description={description}
      required={req(path) !== undefined}
      value={list(details[name])}
      onChange={(v) => set(name, v)}
      error={err(path)}
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

/** A yes/no detail; unchecked is sent as `false` once touched. A required one must be ticked. */
export function Flag({ name, label, description, details, set, err, id, req }: Field) {
  const path = `details.${name}`;
  return (
    <Checkbox
      id={id(path)}
      label={lawLabel(label, req(path), true)}
      description={description}
      required={req(path) !== undefined}
      checked={details[name] === true}
      onChange={(e) => set(name, e.currentTarget.checked)}
      error={err(path)}
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
  id,
  req,
  disabled,
}: Field & {
  disabled?: boolean;
}) {
  const path = `details.${name}`;
  return (
    <DateFieldInput
      id={id(path)}
      label={lawLabel(label, disabled ? undefined : req(path))}
      description={description}
      required={!disabled && req(path) !== undefined}
      disabled={disabled}
      value={str(details[name])}
      onChange={(date) => set(name, date || undefined)}
      error={err(path)}
      data-testid={`detail-${name}`}
    />
  );
}
