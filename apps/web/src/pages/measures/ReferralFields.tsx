import { SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField, Flag, PickOne, type DetailProps } from "./fieldKit.tsx";
import { REFERRAL_APPLICANTS, SPECIAL_REGIME_CATEGORIES } from "./kindDomain.ts";

/** What both referrals ask (001 Arts. 80(7),(12), 81(8),(13)); the months are in the term inputs. */
function CommonReferral({ article, ...p }: DetailProps & { article: "80" | "81" }) {
  const { t } = useTranslation();
  return (
    <>
      <Flag
        {...p}
        name="prosecutorParticipated"
        label={t(`measures.detail.prosecutorParticipated${article}`)}
      />
      <Flag
        {...p}
        name="disqualifyingDisease"
        label={t(`measures.detail.disqualifyingDisease${article}`)}
        description={t("measures.detail.disqualifyingDiseaseHelp")}
      />
    </>
  );
}

/** Referral to a special educational organisation (001 Art. 80). */
export function SpecialEducationReferralFields(p: DetailProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <PickOne
        {...p}
        name="applicant"
        label={t("measures.detail.applicant")}
        options={REFERRAL_APPLICANTS}
        prefix="referralApplicant"
      />
      <CommonReferral {...p} article="80" />
    </Stack>
  );
}

/** Referral to an educational organisation with a special detention regime (001 Art. 81). */
export function SpecialRegimeReferralFields(p: DetailProps) {
  const { t } = useTranslation();
  const terminated = p.details.category === "81.2.1_case_terminated";
  return (
    <Stack gap="sm">
      <PickOne
        {...p}
        name="category"
        label={t("measures.detail.specialRegimeCategory")}
        options={SPECIAL_REGIME_CATEGORIES}
        prefix="specialRegimeCategory"
      />
      {terminated && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField {...p} name="caseTerminatedOn" label={t("measures.detail.caseTerminatedOn")} />
            <DateField
              {...p}
              name="submittedToCourtOn"
              label={t("measures.detail.submittedToCourtOn")}
              description={t("measures.detail.submittedToCourtOnHelp")}
            />
          </SimpleGrid>
          <Flag {...p} name="submissionTermExtended" label={t("measures.detail.submissionTermExtended")} />
          <Flag {...p} name="materialsReviewed" label={t("measures.detail.materialsReviewed")} />
        </>
      )}
      <CommonReferral {...p} article="81" />
    </Stack>
  );
}
