import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { ReportTriagePage } from "@aldyn/contract";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { HomeCard } from "./HomeCard.tsx";
import { Stat } from "./Stat.tsx";
import { TODAY_REFRESH_MS } from "./todayApi.ts";

/**
 * The hotline operator's queue: citizens' reports received and not yet triaged in the territory
 * (every report is answered, 001 Art. 6(4); the queue itself is the triage page). The count is the
 * queue's own total, one row read.
 */
export function TriageCard() {
  const { t } = useTranslation();
  const params = { status: "received", page: 1, pageSize: 1 };
  const q = useQuery({
    queryKey: ["home", "triage", params],
    queryFn: () => api.get<ReportTriagePage>("/reports/triage", params),
    refetchInterval: TODAY_REFRESH_MS,
  });
  return (
    <HomeCard
      title={t("home.triage.title")}
      intro={t("home.triage.intro")}
      testId="home-triage"
      links={
        <AnchorLink to="/reports" data-testid="home-triage-open">
          {t("home.triage.open")}
        </AnchorLink>
      }
    >
      <ErrorAlert error={q.error} />
      {q.data && (
        <Stat
          label={t("home.triage.waiting")}
          value={q.data.total}
          tone="orange"
          testId="home-triage-waiting"
        />
      )}
    </HomeCard>
  );
}
