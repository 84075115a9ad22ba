import { Fieldset, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NO_IIN_REASONS, type PersonFormState } from "./personForm.ts";
import { DateField } from "../../components/DateField.tsx";

interface Props {
  form: PersonFormState;
  set: <K extends keyof PersonFormState>(key: K, value: PersonFormState[K]) => void;
  /** The message for an input: the form's check or the server's refusal (check digit, century…). */
  err: (field: string) => string | undefined;
  /** The input's element id, which the list of errors at the top of the form links to. */
  id: (field: string) => string;
}

type NameKey =
  "lastNameCyr" | "firstNameCyr" | "middleNameCyr" | "lastNameLat" | "firstNameLat" | "middleNameLat";
const NAME_FIELDS: readonly { key: NameKey; required?: boolean }[] = [
  { key: "lastNameCyr", required: true },
  { key: "firstNameCyr", required: true },
  { key: "middleNameCyr" },
  { key: "lastNameLat" },
  { key: "firstNameLat" },
  { key: "middleNameLat" },
];

/** IIN (or why there is none), names in Cyrillic and Latin, birth date, sex, citizenship. */
export function PersonFields({ form, set, err, id }: Props) {
  const { t } = useTranslation();
  const noIin = form.iin.trim() === "";
  return (
    <>
      <Fieldset legend={t("persons.identity")}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            id={id("iin")}
            label={t("persons.iin")}
            description={t("persons.iinHint")}
            inputMode="numeric"
            maxLength={14}
            value={form.iin}
            onChange={(e) => set("iin", e.currentTarget.value)}
            error={err("iin")}
            data-testid="person-iin"
          />
          {noIin && (
            <NativeSelect
              id={id("noIinReason")}
              label={t("persons.noIinReason")}
              required
              value={form.noIinReason}
              data={[
                { value: "", label: "—" },
                ...NO_IIN_REASONS.map((r) => ({ value: r, label: t(`persons.noIinReasons.${r}`) })),
              ]}
              onChange={(e) => {
                const reason = NO_IIN_REASONS.find((r) => r === e.currentTarget.value) ?? "";
                set("noIinReason", reason);
              }}
              error={err("noIinReason")}
              data-testid="person-no-iin-reason"
            />
          )}
          <TextInput
            id={id("citizenship")}
            label={t("persons.citizenship")}
            description={t("persons.citizenshipHint")}
            maxLength={3}
            value={form.citizenship}
            onChange={(e) => set("citizenship", e.currentTarget.value)}
            error={err("citizenship")}
            data-testid="person-citizenship"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
          <DateField
            id={id("birthDate")}
            label={t("persons.birthDate")}
            description={noIin ? undefined : t("persons.fromIinHint")}
            required={noIin}
            value={form.birthDate}
            onChange={(date) => set("birthDate", date)}
            error={err("birthDate")}
            data-testid="person-birth-date"
          />
          <NativeSelect
            id={id("sex")}
            label={t("persons.sex")}
            description={noIin ? undefined : t("persons.fromIinHint")}
            required={noIin}
            value={form.sex}
            data={[
              { value: "", label: "—" },
              { value: "female", label: t("sex.female") },
              { value: "male", label: t("sex.male") },
            ]}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set("sex", v === "male" || v === "female" ? v : "");
            }}
            error={err("sex")}
            data-testid="person-sex"
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t("persons.names")}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {NAME_FIELDS.map(({ key, required }) => (
            <TextInput
              key={key}
              id={id(key)}
              label={t(`persons.field.${key}`)}
              required={required}
              value={form[key]}
              onChange={(e) => set(key, e.currentTarget.value)}
              error={err(key)}
              data-testid={`person-${key}`}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
