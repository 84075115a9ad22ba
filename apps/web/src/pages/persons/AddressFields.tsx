import { Fieldset, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DistrictSelect } from "../../components/DistrictSelect.tsx";
import type { AddressState } from "./personForm.ts";

interface Props {
  legend: string;
  /** Field path in the request body (actualAddress / registeredAddress), for error messages and test ids. */
  name: "actualAddress" | "registeredAddress";
  value: AddressState;
  onChange: (value: AddressState) => void;
  required?: boolean;
  err: (field: string) => string | undefined;
}

/** An address: its text and the district it lies in (the district decides who sees the person). */
export function AddressFields({ legend, name, value, onChange, required, err }: Props) {
  const { t } = useTranslation();
  const testId = name === "actualAddress" ? "person-address-actual" : "person-address-registered";
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DistrictSelect
          label={t("persons.district")}
          required={required}
          value={value.territoryId}
          onChange={(territoryId) => onChange({ ...value, territoryId })}
          error={err(`${name}.territoryId`) ?? err(name)}
          testId={`${testId}-district`}
        />
        <TextInput
          label={t("persons.addressText")}
          required={required}
          value={value.text}
          onChange={(e) => onChange({ ...value, text: e.currentTarget.value })}
          error={err(`${name}.text`)}
          data-testid={`${testId}-text`}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
