import { SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField, Flag, PickMany, PickOne, type DetailProps } from "./fieldKit.tsx";
import {
  CRIME_GRAVITIES,
  EDUCATIONAL_MEASURES,
  PARENTAL_ACTIONS,
  PROCEDURAL_STATUSES,
  SUPERVISION_RESTRICTIONS,
} from "./kindDomain.ts";

/** Restraining order (001 Art. 52(1)): whom it binds in the criminal proceedings. */
export function RestrainingOrderFields(p: DetailProps) {
  const { t } = useTranslation();
  return (
    <PickOne
      {...p}
      name="proceduralStatus"
      label={t("measures.detail.proceduralStatus")}
      options={PROCEDURAL_STATUSES}
      prefix="proceduralStatus"
    />
  );
}

/** Measures concerning parental rights (001 Art. 68): the action decided. */
export function ParentalRightsFields(p: DetailProps) {
  const { t } = useTranslation();
  return (
    <PickOne
      {...p}
      name="action"
      label={t("measures.detail.parentalAction")}
      description={t("measures.detail.parentalActionHelp")}
      options={PARENTAL_ACTIONS}
      prefix="parentalAction"
    />
  );
}

/** Parole (001 Art. 63(3)): registered for the unserved portion, ten years after a life sentence. */
export function ParoleFields(p: DetailProps) {
  const { t } = useTranslation();
  const life = p.details.lifeSentence === true;
  return (
    <Stack gap="sm">
      <Flag
        {...p}
        name="lifeSentence"
        label={t("measures.detail.lifeSentence")}
        description={t("measures.detail.lifeSentenceHelp")}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          {...p}
          name="unservedUntil"
          label={t("measures.detail.unservedUntil")}
          description={t("measures.detail.unservedUntilHelp")}
          disabled={life}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Administrative supervision (001 Arts. 64(2), 65(2)): the term follows gravity and release. */
export function AdministrativeSupervisionFields(p: DetailProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PickOne
          {...p}
          name="crimeGravity"
          label={t("measures.detail.crimeGravity")}
          description={t("measures.detail.crimeGravityHelp")}
          options={CRIME_GRAVITIES}
          prefix="crimeGravity"
        />
        <DateField
          {...p}
          name="releaseDate"
          label={t("measures.detail.releaseDate")}
          description={t("measures.detail.releaseDateHelp")}
        />
      </SimpleGrid>
      <PickMany
        {...p}
        name="restrictions"
        label={t("measures.detail.restrictions")}
        options={SUPERVISION_RESTRICTIONS}
        prefix="supervisionRestriction"
      />
    </Stack>
  );
}

/** Measures of educational influence (001 Art. 67(2)): one or more of the eight. */
export function EducationalInfluenceFields(p: DetailProps) {
  const { t } = useTranslation();
  return (
    <PickMany
      {...p}
      name="measures"
      label={t("measures.detail.educationalMeasures")}
      options={EDUCATIONAL_MEASURES}
      prefix="educationalMeasure"
    />
  );
}
