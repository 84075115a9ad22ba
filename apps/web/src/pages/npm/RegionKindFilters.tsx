import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NPM_INSTITUTION_KINDS } from "../../api/npm.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { useRegions } from "./regions.ts";

/**
 * The region and institution-type selects of the NPM lists (catalogue, coverage), "" meaning all;
 * a change goes to the caller, which also returns its pager to the first page where it has one.
 */
export function RegionKindFilters(props: {
  region: string;
  kind: string;
  onRegion: (code: string) => void;
  onKind: (kind: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { regions } = useRegions();
  return (
    <>
      <NativeSelect
        label={t("npm.region")}
        value={props.region}
        onChange={(e) => props.onRegion(e.currentTarget.value)}
        data={[
          { value: "", label: t("npm.allRegions") },
          ...regions.map((r) => ({ value: r.code, label: localName(r.name, lang) })),
        ]}
        data-testid="npm-filter-region"
      />
      <NativeSelect
        label={t("npm.institution.kind")}
        value={props.kind}
        onChange={(e) => props.onKind(e.currentTarget.value)}
        data={[
          { value: "", label: t("npm.allKinds") },
          ...NPM_INSTITUTION_KINDS.map((k) => ({ value: k, label: t(`npm.institutionKind.${k}`) })),
        ]}
        data-testid="npm-filter-kind"
      />
    </>
  );
}
