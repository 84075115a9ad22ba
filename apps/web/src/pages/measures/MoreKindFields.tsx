import { Fieldset, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  AdministrativeSupervisionFields,
  EducationalInfluenceFields,
  ParentalRightsFields,
  ParoleFields,
  RestrainingOrderFields,
} from "./CourtKindFields.tsx";
import { list, str, type Details, type DetailProps } from "./fieldKit.tsx";
import { localToInstant, type MeasureKind } from "./measureDomain.ts";
import { SpecialEducationReferralFields, SpecialRegimeReferralFields } from "./ReferralFields.tsx";
import {
  MovementRestrictionFields,
  PedagogicalSupportFields,
  SocialAdaptationPlanFields,
} from "./SocialKindFields.tsx";

/** The kinds whose article asks for details beyond the common input, and their fields. */
const FIELDS: Partial<Record<MeasureKind, (p: DetailProps) => ReactNode>> = {
  restraining_order: RestrainingOrderFields,
  social_adaptation_plan: SocialAdaptationPlanFields,
  movement_restriction: MovementRestrictionFields,
  pedagogical_support: PedagogicalSupportFields,
  administrative_supervision: AdministrativeSupervisionFields,
  special_education_referral: SpecialEducationReferralFields,
  special_regime_referral: SpecialRegimeReferralFields,
  educational_influence: EducationalInfluenceFields,
  parental_rights_measure: ParentalRightsFields,
  parole: ParoleFields,
};

/** The `details.*` paths of each kind's inputs, in the order they appear (the error list follows it). */
export const MORE_SHOWN: Partial<Record<MeasureKind, readonly string[]>> = {
  restraining_order: ["details.proceduralStatus"],
  social_adaptation_plan: ["details.planActivities"],
  movement_restriction: [
    "details.category",
    "details.expulsionAct",
    "details.courtSanction.at",
    "details.courtSanction.reference",
  ],
  pedagogical_support: ["details.criteria", "details.unexcusedAbsenceDaysInMonth", "details.present"],
  administrative_supervision: ["details.crimeGravity", "details.releaseDate", "details.restrictions"],
  special_education_referral: [
    "details.applicant",
    "details.prosecutorParticipated",
    "details.disqualifyingDisease",
  ],
  special_regime_referral: [
    "details.category",
    "details.caseTerminatedOn",
    "details.submittedToCourtOn",
    "details.submissionTermExtended",
    "details.materialsReviewed",
    "details.prosecutorParticipated",
    "details.disqualifyingDisease",
  ],
  educational_influence: ["details.measures"],
  parental_rights_measure: ["details.action"],
  parole: ["details.lifeSentence", "details.unservedUntil"],
};

/**
 * The fields of the kinds other than conversation, protective order and notice (KindFields.tsx). A
 * kind whose article asks nothing beyond the common input shows what the law expects of it instead
 * (`measures.kindNote.<kind>`, with the article).
 */
export function MoreKindFields({ kind, ...p }: DetailProps & { kind: MeasureKind }) {
  const { t } = useTranslation();
  const Fields = FIELDS[kind];
  return (
    <Fieldset legend={t("measures.kindFields")} data-testid="measure-details">
      {Fields ? (
        <Fields {...p} />
      ) : (
        <Text size="sm" data-testid="measure-kind-note">
          {t(`measures.kindNote.${kind}`)}
        </Text>
      )}
    </Fieldset>
  );
}

/** The details of these kinds as the law takes them: form-only values turned into its shape. */
export function moreDetails(kind: MeasureKind, details: Details): Details | undefined {
  if (!FIELDS[kind]) return undefined;
  if (kind === "social_adaptation_plan") {
    const activities = str(details.planActivitiesText)
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    return { planActivities: activities };
  }
  if (kind === "movement_restriction") {
    const { courtSanctionAtLocal, courtSanctionReference, ...rest } = details;
    const at = str(courtSanctionAtLocal);
    const reference = str(courtSanctionReference).trim();
    if (!at && !reference) return rest;
    // The court's time on the clock of Almaty (R11.4); an unparsable or missing one is sent as is:
    // the server names `details.courtSanction.at`.
    const instant = localToInstant(at);
    return { ...rest, courtSanction: { at: instant, reference } };
  }
  if (kind === "pedagogical_support" && !list(details.criteria).includes("78.2.4_missing_classes")) {
    const { unexcusedAbsenceDaysInMonth: _ignored, ...rest } = details;
    return rest;
  }
  if (kind === "parole" && details.lifeSentence === true) {
    const { unservedUntil: _ignored, ...rest } = details;
    return rest;
  }
  return details;
}
