import { Button, Checkbox, Group, NativeSelect } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { MEASURE_KINDS } from "../measures/measureDomain.ts";
import { labelOf } from "../measures/labels.ts";
import { useDistricts } from "../worklists/useDistricts.ts";
import { isNarrowed, type ListFilters, type RegisterFilter } from "./personsList.ts";

/**
 * The kinds offered: a compulsory medical measure and psychological assistance are health data as a
 * whole (001 Arts. 58, 69, 83(2)); the list counts them for no one (migration 0027).
 */
const LISTED_KINDS = MEASURE_KINDS.filter(
  (k) => k !== "compulsory_medical_measure" && k !== "psychological_assistance",
);

interface Props {
  filters: ListFilters;
  onChange: (change: Partial<ListFilters>) => void;
  onReset: () => void;
  /** The user's role reads the register (the server says so with the list): its filters are offered. */
  registerShown: boolean;
}

/**
 * What narrows the persons list: one district of a region-level user's territory, on the register
 * or not (001 Art. 59), a kind of measure the person has had (001 Art. 48(3)), the responsible
 * official or only the user's own persons. Native selects: every browser makes them keyboard usable.
 */
export function PersonsFilters({ filters, onChange, onReset, registerShown }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { regionLevel, districts } = useDistricts();
  const officials = useQuery({
    queryKey: personKeys.officials,
    queryFn: () => personsApi.officials(),
    enabled: registerShown,
    staleTime: 5 * 60_000,
  });
  const narrowed = isNarrowed({ ...filters, iin: "", q: "" });
  return (
    <Group align="flex-end" mb="md" gap="sm" role="group" aria-label={t("personsList.filters")}>
      {regionLevel && (
        <NativeSelect
          label={t("personsList.district")}
          value={filters.territoryId ?? ""}
          data={[
            { value: "", label: t("personsList.allDistricts") },
            ...districts.map((d) => ({ value: d.id, label: localName(d.name, lang) })),
          ]}
          onChange={(e) => onChange({ territoryId: e.currentTarget.value || undefined })}
          w={185}
          data-testid="persons-filter-district"
        />
      )}
      {registerShown && (
        <NativeSelect
          label={t("personsList.register")}
          value={filters.register ?? ""}
          data={[
            { value: "", label: t("personsList.registerAny") },
            { value: "on", label: t("personsList.registerOn") },
            { value: "off", label: t("personsList.registerOff") },
          ]}
          onChange={(e) =>
            onChange({ register: (e.currentTarget.value || undefined) as RegisterFilter | undefined })
          }
          w={205}
          data-testid="persons-filter-register"
        />
      )}
      <NativeSelect
        label={t("personsList.measureKind")}
        value={filters.measureKind ?? ""}
        data={[
          { value: "", label: t("personsList.anyMeasure") },
          ...LISTED_KINDS.map((k) => ({ value: k, label: labelOf(t, "measureKind", k) })),
        ]}
        onChange={(e) => onChange({ measureKind: e.currentTarget.value || undefined })}
        w={205}
        data-testid="persons-filter-kind"
      />
      {registerShown && (
        <NativeSelect
          label={t("personsList.responsible")}
          value={filters.mine ? "" : (filters.responsibleId ?? "")}
          disabled={filters.mine}
          data={[
            { value: "", label: t("personsList.anyone") },
            ...(officials.data?.items ?? []).map((o) => ({
              value: o.id,
              label: `${o.fullName} (${localName(o.bodyName, lang)})`,
            })),
            // A link may name an official no longer in the list: keep it chosen, by its id.
            ...(filters.responsibleId && !officials.data?.items.some((o) => o.id === filters.responsibleId)
              ? [{ value: filters.responsibleId, label: t("personsList.otherOfficial") }]
              : []),
          ]}
          onChange={(e) => onChange({ responsibleId: e.currentTarget.value || undefined })}
          w={220}
          data-testid="persons-filter-responsible"
        />
      )}
      {registerShown && (
        <Checkbox
          label={t("personsList.mine")}
          checked={filters.mine}
          onChange={(e) => onChange({ mine: e.currentTarget.checked })}
          mb={8}
          data-testid="persons-filter-mine"
        />
      )}
      {narrowed && (
        <Button variant="subtle" onClick={onReset} data-testid="persons-filter-reset">
          {t("personsList.reset")}
        </Button>
      )}
    </Group>
  );
}
