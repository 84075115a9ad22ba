import { Alert, Button, Card, Group, Loader, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { COMPOSITION_ARTICLE, missingInOrder } from "./composition.ts";
import { MembersPanel } from "./MembersPanel.tsx";
import { mobileGroupKeys, mobileGroupsApi, type MobileGroupDetail } from "./mobileGroupsApi.ts";
import { CompositionBadge } from "./MobileGroupsPage.tsx";
import { VisitFormModal } from "./VisitFormModal.tsx";
import { VisitsPanel } from "./VisitsPanel.tsx";

function Composition({ group }: { group: MobileGroupDetail }) {
  const { t } = useTranslation();
  if (group.composition.complete) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t("mobileGroups.composition.incomplete")}
      data-testid="mg-missing"
    >
      <Text size="sm">
        {t("mobileGroups.composition.missing", {
          parts: missingInOrder(group.composition)
            .map((p) => t(`mobileGroups.part.${p}`))
            .join(", "),
        })}{" "}
        (<LawCitation code={COMPOSITION_ARTICLE} />)
      </Text>
    </Alert>
  );
}

/**
 * One mobile group (001 Arts. 11, 10(2)(8)): its organiser and composition with the participants
 * it lacks, its members (added and ended by the organising centre), and its outreach visits.
 */
export function MobileGroupPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { groupId } = useParams({ strict: false }) as { groupId: string };
  const [recording, setRecording] = useState(false);
  const group = useQuery({
    queryKey: mobileGroupKeys.group(groupId),
    queryFn: () => mobileGroupsApi.group(groupId),
  });
  const g = group.data;
  // The server says what the reader may do: the organising centre keeps the composition (10(2)(8)),
  // its participants and the centre's specialists record visits (11(1)).
  const active = !!g && g.dissolvedOn === null;
  return (
    <>
      <PageTitle
        actions={
          active &&
          g.mayRecordVisits && (
            <Button onClick={() => setRecording(true)} data-testid="mg-visit-create">
              {t("mobileGroups.visit.create")}
            </Button>
          )
        }
      >
        {g ? g.name : t("mobileGroups.group")}
      </PageTitle>
      <ErrorAlert error={group.error} />
      {group.isPending && <Loader size="sm" aria-label={t("common.loading")} />}
      {g && (
        <Stack gap="md">
          <Card withBorder data-testid="mg-summary">
            <Group gap="xl" wrap="wrap">
              <div>
                <Text size="xs" c="dimmed">
                  {t("mobileGroups.organiser")}
                </Text>
                <Text size="sm">{localName(g.organiserBody.name, lang)}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t("mobileGroups.territory")}
                </Text>
                <Text size="sm">{localName(g.territory.name, lang)}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t("mobileGroups.formedOn")}
                </Text>
                <Text size="sm">
                  {formatDate(g.formedOn)}
                  {g.dissolvedOn && ` — ${formatDate(g.dissolvedOn)}`}
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t("mobileGroups.composition.title")}
                </Text>
                <CompositionBadge group={g} />
              </div>
            </Group>
          </Card>
          <Composition group={g} />
          <MembersPanel group={g} canEdit={g.mayManage && active} />
          <VisitsPanel groupId={g.id} />
        </Stack>
      )}
      {recording && g && <VisitFormModal groupId={g.id} onClose={() => setRecording(false)} />}
    </>
  );
}
