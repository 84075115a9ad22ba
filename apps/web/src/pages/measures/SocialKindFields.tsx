import { NumberInput, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { lawLabel } from "../../components/LawLabel.tsx";
import { list, PickMany, PickOne, str, type DetailProps } from "./fieldKit.tsx";
import { MOVEMENT_CATEGORIES, PEDAGOGICAL_CRITERIA } from "./kindDomain.ts";
import { PRESENT_PERSONS } from "./measureDomain.ts";
import { DateTimeField } from "../../components/DateTimeField.tsx";

/**
 * Social adaptation under an individual assistance plan (001 Art. 55(1)): the plan's activities, one
 * per line (held as text while typing; detailsForKind splits it).
 */
export function SocialAdaptationPlanFields({ details, set, err, id, req }: DetailProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      id={id("details.planActivities")}
      label={lawLabel(t("measures.detail.planActivities"), req("details.planActivities"))}
      description={t("measures.detail.planActivitiesHelp")}
      required
      autosize
      minRows={3}
      value={str(details.planActivitiesText)}
      onChange={(e) => set("planActivitiesText", e.currentTarget.value)}
      error={err("details.planActivities")}
      data-testid="detail-planActivities"
    />
  );
}

/**
 * Restriction on freedom of movement (001 Art. 56): the category of 56(1) and, when the court has
 * already sanctioned it, the sanction (56(2)); without it the measure waits for the sanction fact.
 */
export function MovementRestrictionFields(p: DetailProps) {
  const { t } = useTranslation();
  const { details, set, err, id } = p;
  const foreigner = details.category === "foreigner_subject_to_expulsion";
  return (
    <Stack gap="sm">
      <PickOne
        {...p}
        name="category"
        label={t("measures.detail.movementCategory")}
        options={MOVEMENT_CATEGORIES}
        prefix="movementCategory"
      />
      {foreigner && (
        <TextInput
          id={id("details.expulsionAct")}
          label={t("measures.detail.expulsionAct")}
          required
          value={str(details.expulsionAct)}
          onChange={(e) => set("expulsionAct", e.currentTarget.value)}
          error={err("details.expulsionAct")}
          data-testid="detail-expulsionAct"
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateTimeField
          id={id("details.courtSanction.at")}
          label={t("measures.detail.courtSanctionAt")}
          description={t("measures.detail.courtSanctionHelp")}
          value={str(details.courtSanctionAtLocal)}
          onChange={(date) => set("courtSanctionAtLocal", date)}
          error={err("details.courtSanction.at")}
          data-testid="detail-courtSanction-at"
        />
        <TextInput
          id={id("details.courtSanction.reference")}
          label={t("measures.detail.courtSanctionReference")}
          value={str(details.courtSanctionReference)}
          onChange={(e) => set("courtSanctionReference", e.currentTarget.value)}
          error={err("details.courtSanction.reference")}
          data-testid="detail-courtSanction-reference"
        />
      </SimpleGrid>
    </Stack>
  );
}

/**
 * Pedagogical support (001 Art. 78): the criteria of 78(2), the days missed for 78(2)(4), and who took
 * part in the prevention council's meeting (78(3): the minor and the legal representatives).
 */
export function PedagogicalSupportFields(p: DetailProps) {
  const { t } = useTranslation();
  const { details, set, err, id } = p;
  const absence = list(details.criteria).includes("78.2.4_missing_classes");
  return (
    <Stack gap="sm">
      <PickMany
        {...p}
        name="criteria"
        label={t("measures.detail.criteria")}
        options={PEDAGOGICAL_CRITERIA}
        prefix="pedagogicalCriterion"
      />
      {absence && (
        <NumberInput
          id={id("details.unexcusedAbsenceDaysInMonth")}
          label={t("measures.detail.absenceDays")}
          description={t("measures.detail.absenceDaysHelp")}
          required
          min={0}
          max={31}
          maw={320}
          value={
            typeof details.unexcusedAbsenceDaysInMonth === "number" ? details.unexcusedAbsenceDaysInMonth : ""
          }
          onChange={(v) => set("unexcusedAbsenceDaysInMonth", typeof v === "number" ? v : undefined)}
          error={err("details.unexcusedAbsenceDaysInMonth")}
          data-testid="detail-unexcusedAbsenceDaysInMonth"
        />
      )}
      <PickMany
        {...p}
        name="present"
        label={t("measures.detail.councilPresent")}
        description={t("measures.detail.councilPresentHelp")}
        options={PRESENT_PERSONS}
        prefix="presentPerson"
      />
    </Stack>
  );
}
