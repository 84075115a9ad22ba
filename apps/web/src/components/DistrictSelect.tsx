import { NativeSelect } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { keys, territoriesApi } from "../api/endpoints.ts";
import { localName, useLanguage } from "../i18n/index.ts";

interface Props {
  /** The element id (a form's list of errors links to it). */
  id?: string;
  label: string;
  value: string;
  onChange: (territoryId: string) => void;
  error?: string | undefined;
  required?: boolean;
  testId?: string;
}

/**
 * A district, grouped by region. A native select: every browser makes it keyboard usable and lets
 * the user jump by typing; the whole territory list is small seed data, read once.
 */
export function DistrictSelect({ id, label, value, onChange, error, required, testId }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const all = useQuery({
    queryKey: keys.territories(undefined),
    queryFn: () => territoriesApi.list(),
    staleTime: Infinity,
  });
  const items = all.data?.items ?? [];
  const groups = items
    .filter((parent) => items.some((d) => d.level === "district" && d.parentId === parent.id))
    .map((parent) => ({
      group: localName(parent.name, lang),
      items: items
        .filter((d) => d.level === "district" && d.parentId === parent.id)
        .map((d) => ({ value: d.id, label: localName(d.name, lang) })),
    }));
  return (
    <NativeSelect
      id={id}
      label={label}
      required={required}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: "", label: all.isPending ? t("common.loading") : t("persons.chooseDistrict") },
        ...groups,
      ]}
      error={error}
      data-testid={testId}
    />
  );
}
