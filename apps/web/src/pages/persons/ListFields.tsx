import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CONTACT_KINDS, DOCUMENT_KINDS, type ContactState, type DocumentState } from "./personForm.ts";
import { DateField } from "../../components/DateField.tsx";

type Err = (field: string) => string | undefined;
/** The input's element id, which the list of errors at the top of the form links to. */
type Id = (field: string) => string;

function replace<T>(list: T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

/** Phones, e-mails and other contacts; each row has its own remove button. */
export function ContactsFields(props: {
  value: ContactState[];
  onChange: (v: ContactState[]) => void;
  err: Err;
  id: Id;
}) {
  const { value, onChange, err, id } = props;
  const { t } = useTranslation();
  return (
    <Fieldset legend={t("persons.contacts")}>
      <Stack gap="xs">
        {value.map((c, i) => (
          <Group key={i} align="flex-end" wrap="wrap">
            <NativeSelect
              label={t("persons.contactKind")}
              value={c.kind}
              data={CONTACT_KINDS.map((k) => ({ value: k, label: t(`persons.contactKinds.${k}`) }))}
              onChange={(e) => {
                const kind = CONTACT_KINDS.find((k) => k === e.currentTarget.value) ?? "other";
                onChange(replace(value, i, { ...c, kind }));
              }}
            />
            <TextInput
              id={id(`contacts.${i}.value`)}
              label={t("persons.contactValue")}
              required
              value={c.value}
              onChange={(e) => onChange(replace(value, i, { ...c, value: e.currentTarget.value }))}
              error={err(`contacts.${i}.value`)}
              data-testid="person-contact-value"
            />
            <Button
              variant="subtle"
              color="red"
              aria-label={t("persons.removeContact", { n: i + 1 })}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t("common.remove")}
            </Button>
          </Group>
        ))}
        <Button
          variant="light"
          w="fit-content"
          onClick={() => onChange([...value, { kind: "phone", value: "" }])}
          data-testid="person-contact-add"
        >
          {t("persons.addContact")}
        </Button>
      </Stack>
    </Fieldset>
  );
}

/** Identity documents: kind, number, who issued it and when. */
export function DocumentsFields(props: {
  value: DocumentState[];
  onChange: (v: DocumentState[]) => void;
  err: Err;
  id: Id;
}) {
  const { value, onChange, err, id } = props;
  const { t } = useTranslation();
  return (
    <Fieldset legend={t("persons.documents")}>
      <Stack gap="xs">
        {value.map((d, i) => (
          <Group key={i} align="flex-end" wrap="wrap">
            <NativeSelect
              label={t("persons.documentKind")}
              value={d.kind}
              data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`persons.documentKinds.${k}`) }))}
              onChange={(e) => {
                const kind = DOCUMENT_KINDS.find((k) => k === e.currentTarget.value) ?? "other";
                onChange(replace(value, i, { ...d, kind }));
              }}
            />
            <TextInput
              id={id(`documents.${i}.number`)}
              label={t("persons.documentNumber")}
              required
              value={d.number}
              onChange={(e) => onChange(replace(value, i, { ...d, number: e.currentTarget.value }))}
              error={err(`documents.${i}.number`)}
              data-testid="person-document-number"
            />
            <TextInput
              label={t("persons.documentIssuedBy")}
              value={d.issuedBy}
              onChange={(e) => onChange(replace(value, i, { ...d, issuedBy: e.currentTarget.value }))}
            />
            <DateField
              id={id(`documents.${i}.issuedOn`)}
              label={t("persons.documentIssuedOn")}
              value={d.issuedOn}
              onChange={(date) => onChange(replace(value, i, { ...d, issuedOn: date }))}
              error={err(`documents.${i}.issuedOn`)}
            />
            <Button
              variant="subtle"
              color="red"
              aria-label={t("persons.removeDocument", { n: i + 1 })}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t("common.remove")}
            </Button>
          </Group>
        ))}
        <Button
          variant="light"
          w="fit-content"
          onClick={() =>
            onChange([...value, { kind: "identity_card", number: "", issuedBy: "", issuedOn: "" }])
          }
          data-testid="person-document-add"
        >
          {t("persons.addDocument")}
        </Button>
      </Stack>
    </Fieldset>
  );
}
