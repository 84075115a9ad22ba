import { Group } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { lawCitation } from "../../format.ts";
import { dvHomeApi, dvHomeKeys } from "./dvHomeApi.ts";
import { HomeCard } from "./HomeCard.tsx";
import { Stat } from "./Stat.tsx";
import { TODAY_REFRESH_MS } from "./todayApi.ts";

/**
 * The DV inspector's incidents: notifications of the interested bodies not received within 24 hours
 * (001 Art. 72(3)(2)) and those still running, and the incidents recorded this month.
 */
export function DvIncidentsCard() {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: dvHomeKeys.incidentSummary,
    queryFn: dvHomeApi.incidentSummary,
    refetchInterval: TODAY_REFRESH_MS,
  });
  return (
    <HomeCard
      title={t("home.dvIncidents.title")}
      intro={t("home.dvIncidents.intro", { article: lawCitation(t, "001 Art. 72(3)(2)") })}
      testId="home-dv-incidents"
      links={
        <>
          <AnchorLink to="/incidents" data-testid="home-dv-incidents-open">
            {t("home.dvIncidents.open")}
          </AnchorLink>
          <AnchorLink to="/incidents/new" data-testid="home-dv-incidents-new">
            {t("home.dvIncidents.record")}
          </AnchorLink>
        </>
      }
    >
      <ErrorAlert error={q.error} />
      {q.data && (
        <Group gap="sm" align="stretch">
          <Stat
            label={t("home.dvIncidents.overdue")}
            value={q.data.notifyOverdue}
            tone="red"
            testId="home-dv-notify-overdue"
          />
          <Stat
            label={t("home.dvIncidents.pending")}
            value={q.data.notifyPending}
            tone="orange"
            testId="home-dv-notify-pending"
          />
          <Stat
            label={t("home.dvIncidents.thisMonth")}
            value={q.data.incidentsThisMonth}
            testId="home-dv-month"
          />
        </Group>
      )}
    </HomeCard>
  );
}
