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
  /** The input's element id, which the list of errors at the top of the form links to. */
  id: (field: string) => string;
}

/** An address: its text, the district it lies in (the district decides who sees the person) and optional coordinates. */
export function AddressFields({ legend, name, value, onChange, required, err, id }: Props) {
  const { t } = useTranslation();
  const testId = name === "actualAddress" ? "person-address-actual" : "person-address-registered";
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DistrictSelect
          id={id(`${name}.territoryId`)}
          label={t("persons.district")}
          required={required}
          value={value.territoryId}
          onChange={(territoryId) => onChange({ ...value, territoryId })}
          error={err(`${name}.territoryId`)}
          testId={`${testId}-district`}
        />
        <TextInput
          id={id(`${name}.text`)}
          label={t("persons.addressText")}
          required={required}
          value={value.text}
          onChange={(e) => onChange({ ...value, text: e.currentTarget.value })}
          error={err(`${name}.text`)}
          data-testid={`${testId}-text`}
        />
        <TextInput
          id={id(`${name}.point.lat`)}
          label={t("persons.latitude")}
          inputMode="decimal"
          placeholder="51.1694"
          value={value.lat}
          onChange={(e) => onChange({ ...value, lat: e.currentTarget.value })}
          error={err(`${name}.point.lat`)}
          data-testid={`${testId}-lat`}
        />
        <TextInput
          id={id(`${name}.point.lon`)}
          label={t("persons.longitude")}
          inputMode="decimal"
          placeholder="71.4491"
          value={value.lon}
          onChange={(e) => onChange({ ...value, lon: e.currentTarget.value })}
          error={err(`${name}.point.lon`)}
          data-testid={`${testId}-lon`}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
