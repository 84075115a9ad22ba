import { Button, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { I18nName } from "../../api/types.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import type { FormErrors } from "../../components/useFormErrors.ts";
import { publicReportsApi } from "./publicApi.ts";

export interface Place {
  regionId: string;
  districtId: string;
  lat: number | null;
  lon: number | null;
  locationText: string;
}

type GeoState = "idle" | "asking" | "denied" | "unavailable";

/**
 * Where it happened: a region and, if the reporter knows it, a district (names only, read from the
 * public list); or the phone's location, which the server resolves to a district; and an address or a
 * landmark in the reporter's words.
 */
export function LocationFields({
  place,
  onChange,
  form,
}: {
  place: Place;
  onChange: (change: Partial<Place>) => void;
  form: FormErrors;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [geo, setGeo] = useState<GeoState>("idle");
  const territories = useQuery({
    queryKey: ["public", "territories"],
    queryFn: publicReportsApi.territories,
    staleTime: Infinity,
  });
  const regions = territories.data?.regions ?? [];
  const districts = regions.find((r) => r.id === place.regionId)?.districts ?? [];
  const byName = (a: { name: I18nName }, b: { name: I18nName }) =>
    localName(a.name, lang).localeCompare(localName(b.name, lang), lang);

  const locate = () => {
    if (!("geolocation" in navigator)) {
      setGeo("unavailable");
      return;
    }
    setGeo("asking");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setGeo("idle");
        // Five decimals (about a metre) are as precise as a district needs and a phone gives.
        const round = (x: number) => Math.round(x * 1e5) / 1e5;
        onChange({ lat: round(position.coords.latitude), lon: round(position.coords.longitude) });
      },
      (error) => setGeo(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable"),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const located = place.lat !== null && place.lon !== null;

  return (
    <Stack gap="sm" role="group" aria-labelledby="public-report-where">
      <Text fw={600} id="public-report-where">
        {t("publicReport.where")}
      </Text>
      <Group align="flex-start" gap="sm" grow wrap="wrap">
        <NativeSelect
          id={form.id("regionId")}
          label={t("publicReport.region")}
          required={!located}
          value={place.regionId}
          onChange={(e) => onChange({ regionId: e.currentTarget.value, districtId: "" })}
          data={[
            {
              value: "",
              label: territories.isPending ? t("common.loading") : t("publicReport.chooseRegion"),
            },
            ...[...regions].sort(byName).map((r) => ({ value: r.id, label: localName(r.name, lang) })),
          ]}
          error={form.err("regionId")}
          data-testid="public-report-region"
        />
        <NativeSelect
          id={form.id("districtId")}
          label={t("publicReport.district")}
          description={t("publicReport.districtHint")}
          // The hint under the select, so the two selects stand level.
          inputWrapperOrder={["label", "input", "description", "error"]}
          disabled={place.regionId === ""}
          value={place.districtId}
          onChange={(e) => onChange({ districtId: e.currentTarget.value })}
          data={[
            { value: "", label: t("publicReport.districtUnknown") },
            ...[...districts].sort(byName).map((d) => ({ value: d.id, label: localName(d.name, lang) })),
          ]}
          error={form.err("districtId")}
          data-testid="public-report-district"
        />
      </Group>
      <Group gap="sm" align="center">
        <Button
          variant="light"
          onClick={locate}
          loading={geo === "asking"}
          data-testid="public-report-locate"
        >
          {t("publicReport.useLocation")}
        </Button>
        {located && (
          <Group gap="xs">
            <Text size="sm" data-testid="public-report-located">
              {t("publicReport.located", { lat: place.lat, lon: place.lon })}
            </Text>
            <Button variant="subtle" size="xs" onClick={() => onChange({ lat: null, lon: null })}>
              {t("publicReport.forgetLocation")}
            </Button>
          </Group>
        )}
        {geo === "denied" && (
          <Text size="sm" c="orange.8" role="status">
            {t("publicReport.locationDenied")}
          </Text>
        )}
        {geo === "unavailable" && (
          <Text size="sm" c="orange.8" role="status">
            {t("publicReport.locationUnavailable")}
          </Text>
        )}
      </Group>
      <TextInput
        id={form.id("locationText")}
        label={t("publicReport.locationText")}
        description={t("publicReport.locationTextHint")}
        maxLength={500}
        value={place.locationText}
        onChange={(e) => onChange({ locationText: e.currentTarget.value })}
        error={form.err("locationText")}
        data-testid="public-report-location-text"
      />
    </Stack>
  );
}
