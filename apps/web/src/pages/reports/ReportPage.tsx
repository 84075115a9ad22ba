import { Badge, Center, Group, Loader, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { AnswerCard } from "./AnswerCard.tsx";
import { HandoffsCard } from "./HandoffsCard.tsx";
import { LockBanner, lockHeld } from "./LockBanner.tsx";
import { RelatedCard } from "./RelatedCard.tsx";
import { ReportSummary } from "./ReportSummary.tsx";
import { ReportTimeline } from "./ReportTimeline.tsx";
import { reportLabel, STATUS_COLOR } from "./reportLabels.ts";
import { reportKeys, reportsApi } from "./reportsApi.ts";
import { RoutingModal } from "./RoutingModal.tsx";
import { TriageCard } from "./TriageCard.tsx";
import { urgencyColor } from "./triageList.ts";

/**
 * `/reports/$reportId`: a report from a citizen as its officials work on it (R6) — what was
 * reported, the lock, triage, the bodies told by legal duty (001 Art. 39(3)), the answer to the
 * reporter (001 Arts. 6(4), 49(2)), likely duplicates, the measures it grounds, and its timeline.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { reportId } = useParams({ from: "/reports/$reportId" });
  const [routing, setRouting] = useState(false);
  const report = useQuery({ queryKey: reportKeys.one(reportId), queryFn: () => reportsApi.get(reportId) });
  const r = report.data;
  // Another official's lock makes the page read-only until it is released or runs out.
  const lockedByOther = r ? lockHeld(r.lock) && r.lock?.mine !== true : false;
  const canWork = (r?.can.work ?? false) && !lockedByOther && r?.status !== "closed";
  const triaging = r ? r.status === "received" || r.status === "triaged" : false;
  return (
    <>
      <PageTitle
        actions={
          r && (
            <Group gap="xs">
              {r.urgency && (
                <Badge size="lg" color={urgencyColor(r.urgency)}>
                  {reportLabel(t, "urgency", r.urgency)}
                </Badge>
              )}
              <Badge
                size="lg"
                variant="light"
                color={STATUS_COLOR[r.status] ?? "gray"}
                data-testid="report-status"
                data-status={r.status}
              >
                {reportLabel(t, "status", r.status)}
              </Badge>
            </Group>
          )
        }
      >
        {r ? t("report.pageTitle", { number: r.registrationNumber }) : t("report.pageTitleLoading")}
      </PageTitle>
      <ErrorAlert error={report.error} />
      {report.isPending && (
        <Center py="lg">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {r && (
        <Stack gap="md">
          <LockBanner report={r} />
          <ReportSummary report={r} />
          {r.can.work && triaging && <TriageCard key={r.version} report={r} readOnly={!canWork} />}
          <HandoffsCard report={r} canRoute={canWork} onRoute={() => setRouting(true)} />
          <AnswerCard report={r} canAnswer={canWork} />
          <RelatedCard report={r} canWork={canWork} />
          <ReportTimeline report={r} />
          {routing && <RoutingModal report={r} onClose={() => setRouting(false)} />}
        </Stack>
      )}
    </>
  );
}
