import { Checkbox, NativeSelect, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { NpmParticipantCreate } from "../../api/npm.ts";

export type Candidate = NpmParticipantCreate["candidate"];

// Identifiers of packages/law/src/npm/eligibility.ts (000 Art. 28).
const OFFICES = [
  "judge",
  "advocate",
  "state_servant",
  "military_serviceman",
  "law_enforcement_employee",
  "special_state_body_employee",
] as const;
const RELEASE_GROUNDS = [
  "cpc_35_1_3",
  "cpc_35_1_4",
  "cpc_35_1_9",
  "cpc_35_1_10",
  "cpc_35_1_12",
  "cpc_36",
  "other",
];
const SERVICES = [
  "state_service",
  "military_service",
  "law_enforcement_body",
  "special_state_body",
  "court",
  "bar_association",
] as const;

type Flag =
  | "citizenOfKazakhstan"
  | "permanentResidenceAbroad"
  | "unexpungedCriminalRecord"
  | "suspectOrAccused"
  | "psychiatricOrNarcologicalRegistration"
  | "advocacyLicenceRevoked";
const FLAGS: Flag[] = [
  "citizenOfKazakhstan",
  "permanentResidenceAbroad",
  "unexpungedCriminalRecord",
  "suspectOrAccused",
  "psychiatricOrNarcologicalRegistration",
  "advocacyLicenceRevoked",
];

/** The candidate's answers the selection checks against 000 Art. 28; the server gives the refusals. */
export function EligibilityFields({
  value,
  onChange,
}: {
  value: Candidate;
  onChange: (c: Candidate) => void;
}) {
  const { t } = useTranslation();
  const release = value.releasesFromCriminalLiability?.[0];
  return (
    <Stack gap={6} data-testid="npm-eligibility">
      {FLAGS.map((flag) => (
        <Checkbox
          key={flag}
          label={t(`npm.eligibility.${flag}`)}
          checked={value[flag] === true}
          onChange={(e) => onChange({ ...value, [flag]: e.currentTarget.checked })}
          data-testid={`npm-elig-${flag}`}
        />
      ))}
      <NativeSelect
        label={t("npm.eligibility.legalCapacity")}
        value={value.legalCapacity ?? "full"}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange({ ...value, legalCapacity: v === "limited" || v === "none" ? v : "full" });
        }}
        data={["full", "limited", "none"].map((c) => ({
          value: c,
          label: t(`npm.eligibility.capacity_${c}`),
        }))}
        data-testid="npm-elig-capacity"
      />
      <Checkbox.Group
        label={t("npm.eligibility.offices")}
        value={value.offices ?? []}
        onChange={(offices) => onChange({ ...value, offices })}
      >
        <Stack gap={4} mt={4}>
          {OFFICES.map((o) => (
            <Checkbox key={o} value={o} label={t(`npm.office.${o}`)} data-testid="npm-elig-office" />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox.Group
        label={t("npm.eligibility.dismissals")}
        value={(value.dismissals ?? []).map((d) => d.from)}
        onChange={(from) =>
          onChange({ ...value, dismissals: from.map((f) => ({ from: f, onNegativeGrounds: true })) })
        }
      >
        <Stack gap={4} mt={4}>
          {SERVICES.map((s) => (
            <Checkbox key={s} value={s} label={t(`npm.service.${s}`)} data-testid="npm-elig-dismissal" />
          ))}
        </Stack>
      </Checkbox.Group>
      <NativeSelect
        label={t("npm.eligibility.release")}
        value={release?.ground ?? ""}
        onChange={(e) => {
          const ground = e.currentTarget.value;
          onChange({
            ...value,
            releasesFromCriminalLiability: ground ? [{ ground, intentionalCrime: true }] : [],
          });
        }}
        data={[
          { value: "", label: t("npm.eligibility.noRelease") },
          ...RELEASE_GROUNDS.map((g) => ({ value: g, label: t(`npm.releaseGround.${g}`) })),
        ]}
        data-testid="npm-elig-release"
      />
    </Stack>
  );
}
