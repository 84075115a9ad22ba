import { Badge, Center, Group, Loader, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { WithheldNotice } from "../../components/Withheld.tsx";
import { formatDateTime } from "../../format.ts";
import { canWorkIncidents } from "./incidentDomain.ts";
import { IncidentEventsCard } from "./IncidentEventsCard.tsx";
import { IncidentHandoffsCard } from "./IncidentHandoffsCard.tsx";
import { NOTIFY_COLOR, notifyLabel } from "./incidentLabels.ts";
import { IncidentMeasuresCard } from "./IncidentMeasuresCard.tsx";
import { incidentKeys, incidentsApi } from "./incidentsApi.ts";
import { IncidentSummaryCard } from "./IncidentSummaryCard.tsx";
import { UnnotifiedNotice } from "./UnnotifiedNotice.tsx";

/**
 * `/incidents/$incidentId`: one incident of domestic violence (001 Art. 72) — what happened and to
 * whom, the notifications of the interested subjects within 24 hours (72(3)(2)), the measures taken,
 * and the events, among them order ensured while the victim removed her belongings (72(3)(3)). Parts
 * the reader may not see (a victim's card, the injury behind the health barrier) are withheld and
 * said so (R11.1; 001 Art. 83(2)).
 */
export function IncidentPage() {
  const { t } = useTranslation();
  const { incidentId } = useParams({ from: "/incidents/$incidentId" });
  const { user } = useSession();
  const incident = useQuery({
    queryKey: incidentKeys.one(incidentId),
    queryFn: () => incidentsApi.get(incidentId),
  });
  const i = incident.data;
  const canWork = canWorkIncidents(user.roles);
  return (
    <>
      <PageTitle
        actions={
          i && (
            <Group gap="xs">
              {i.repeatNumber > 1 && (
                <Badge size="lg" color="grape" variant="light" data-testid="incident-repeat">
                  {t("incidents.repeat", { n: i.repeatNumber })}
                </Badge>
              )}
              <Badge
                size="lg"
                variant="light"
                color={NOTIFY_COLOR[i.notifyState] ?? "gray"}
                data-testid="incident-notify-state"
                data-state={i.notifyState}
              >
                {t("incidents.notifyTitle", { state: notifyLabel(t, i.notifyState) })}
              </Badge>
            </Group>
          )
        }
      >
        {i ? t("incidents.pageTitle", { at: formatDateTime(i.occurredAt) }) : t("incidents.pageTitleLoading")}
      </PageTitle>
      <ErrorAlert error={incident.error} testId="incident-error" />
      {incident.isPending && (
        <Center py="lg">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {i && (
        <Stack gap="md">
          <WithheldNotice parts={i.withheld} />
          <IncidentSummaryCard incident={i} />
          <UnnotifiedNotice subjects={i.unnotified} />
          <IncidentHandoffsCard handoffs={i.handoffs} />
          <IncidentMeasuresCard incident={i} canWork={canWork} />
          <IncidentEventsCard incident={i} canWork={canWork} />
        </Stack>
      )}
    </>
  );
}
