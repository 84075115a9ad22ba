import { Group, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { lawCitation, todayIso } from "../../format.ts";
import { periodLabel, StatusBadge } from "../dv-assessment/AssessmentPacksPage.tsx";
import { dvAssessmentApi, dvAssessmentKeys } from "../dv-assessment/dvAssessmentApi.ts";
import { halfOf } from "../dv-assessment/figures.ts";
import { HomeCard } from "./HomeCard.tsx";
import { Stat } from "./Stat.tsx";
import { TODAY_REFRESH_MS } from "./todayApi.ts";

/**
 * The region's akimat and its interdepartmental commission (001 Art. 72(4),(7)): the current
 * half-year's assessment pack (draft or approved, or not yet opened) and the half-years missed.
 */
export function AssessmentCard() {
  const { t } = useTranslation();
  const packs = useQuery({
    queryKey: dvAssessmentKeys.list,
    queryFn: dvAssessmentApi.list,
    refetchInterval: TODAY_REFRESH_MS,
  });
  const schedule = useQuery({ queryKey: dvAssessmentKeys.schedule, queryFn: dvAssessmentApi.schedule });
  const now = halfOf(todayIso());
  const period = periodLabel(t, now);
  const current = packs.data?.items.find((p) => p.period.year === now.year && p.period.half === now.half);

  return (
    <HomeCard
      title={t("home.dvAssessment.title")}
      intro={t("home.dvAssessment.intro", { article: lawCitation(t, "001 Art. 72(4)") })}
      testId="home-dv-assessment"
      links={
        current ? (
          <AnchorLink
            to="/dv-assessments/$packId"
            params={{ packId: current.id }}
            data-testid="home-dva-open"
          >
            {t("home.dvAssessment.openCurrent")}
          </AnchorLink>
        ) : (
          <AnchorLink to="/dv-assessments" data-testid="home-dva-list">
            {t("home.dvAssessment.openList")}
          </AnchorLink>
        )
      }
    >
      <ErrorAlert error={packs.error ?? schedule.error} />
      {packs.isSuccess && (
        <Group gap="sm" align="stretch">
          <div style={{ flex: "2 1 200px" }} data-testid="home-dva-current">
            <Text size="sm" fw={600}>
              {period}
            </Text>
            {current ? (
              <StatusBadge status={current.status} />
            ) : (
              <Text size="sm" c="orange">
                {t("home.dvAssessment.notOpened")}
              </Text>
            )}
          </div>
          {schedule.data && (
            <Stat
              label={t("home.dvAssessment.missed")}
              value={schedule.data.missed}
              tone="red"
              testId="home-dva-missed"
            />
          )}
        </Group>
      )}
    </HomeCard>
  );
}
