import { Group, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { centreCount, centreIdle, dvHomeApi, dvHomeKeys } from "./dvHomeApi.ts";
import { HomeCard } from "./HomeCard.tsx";
import { Stat } from "./Stat.tsx";
import { TODAY_REFRESH_MS } from "./todayApi.ts";

/**
 * The family support centre's day (001 Arts. 10(2), 55, 72(2)): assistance plan steps overdue and
 * due, temporary stays ending or past their month, and notices of incidents to accept (72(3)(2)).
 */
export function CentreWorkCard() {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: dvHomeKeys.centreWorklist,
    queryFn: dvHomeApi.centreWorklist,
    refetchInterval: TODAY_REFRESH_MS,
  });
  const w = q.data;
  return (
    <HomeCard
      title={t("home.centreWork.title")}
      intro={t("home.centreWork.intro")}
      testId="home-centre-work"
      links={
        <>
          <AnchorLink to="/family-support" data-testid="home-centre-open">
            {t("home.centreWork.open")}
          </AnchorLink>
          <AnchorLink to="/mobile-groups">{t("home.centreWork.groups")}</AnchorLink>
        </>
      }
    >
      <ErrorAlert error={q.error} />
      {w && (
        <Group gap="sm" align="stretch">
          <Stat
            label={t("home.centreWork.notices")}
            value={centreCount(w, "incidentNotices")}
            tone="orange"
            testId="home-centre-notices"
          />
          <Stat
            label={t("home.centreWork.stepsOverdue")}
            value={centreCount(w, "stepsOverdue")}
            tone="red"
            testId="home-centre-steps-overdue"
          />
          <Stat
            label={t("home.centreWork.stepsDue")}
            value={centreCount(w, "stepsDue")}
            tone="orange"
            testId="home-centre-steps-due"
          />
          <Stat
            label={t("home.centreWork.staysEnding")}
            value={centreCount(w, "staysEnding")}
            tone="orange"
            testId="home-centre-stays-ending"
          />
          <Stat
            label={t("home.centreWork.staysOverdue")}
            value={centreCount(w, "staysOverdue")}
            tone="red"
            testId="home-centre-stays-overdue"
          />
        </Group>
      )}
      {w && centreIdle(w) && (
        <Text size="sm" c="dimmed" mt="xs" data-testid="home-centre-empty">
          {t("home.centreWork.empty")}
        </Text>
      )}
    </HomeCard>
  );
}
