import { Button, Group, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { todayIso } from "../../format.ts";
import { CompositionBadge } from "../mobile-groups/MobileGroupsPage.tsx";
import { mobileGroupKeys, mobileGroupsApi, type MobileGroupRow } from "../mobile-groups/mobileGroupsApi.ts";
import { VisitFormModal } from "../mobile-groups/VisitFormModal.tsx";
import { HomeCard } from "./HomeCard.tsx";
import { Stat } from "./Stat.tsx";
import { TODAY_REFRESH_MS } from "./todayApi.ts";

/** The member's group: the first one not dissolved among those the server lists for the user. */
export function ownGroup(groups: readonly MobileGroupRow[]): MobileGroupRow | null {
  return groups.find((g) => g.dissolvedOn === null) ?? null;
}

/** Visits made in the month of `today` (a legal date, Almaty). */
export function visitsInMonth(visits: readonly { visitedOn: string }[], today: string): number {
  return visits.filter((v) => v.visitedOn.slice(0, 7) === today.slice(0, 7)).length;
}

/**
 * A mobile group member's day (001 Art. 11(1)): their group and whether its composition is complete
 * (10(2)(8)), the outreach visits this month, and recording a visit from here.
 */
export function MobileGroupCard() {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const groups = useQuery({
    queryKey: mobileGroupKeys.list,
    queryFn: mobileGroupsApi.list,
    refetchInterval: TODAY_REFRESH_MS,
  });
  const group = ownGroup(groups.data?.items ?? []);
  const visits = useQuery({
    queryKey: mobileGroupKeys.visits(group?.id ?? ""),
    queryFn: () => mobileGroupsApi.visits(group!.id),
    enabled: group !== null,
  });
  const month = visits.data ? visitsInMonth(visits.data.items, todayIso()) : null;
  return (
    <HomeCard
      title={t("home.mobileGroup.title")}
      intro={t("home.mobileGroup.intro")}
      testId="home-mobile-group"
      links={
        group && (
          <>
            <AnchorLink
              to="/mobile-groups/$groupId"
              params={{ groupId: group.id }}
              data-testid="home-mg-open"
            >
              {t("home.mobileGroup.open")}
            </AnchorLink>
            <Button size="xs" onClick={() => setRecording(true)} data-testid="home-mg-record">
              {t("home.mobileGroup.record")}
            </Button>
          </>
        )
      }
    >
      <ErrorAlert error={groups.error ?? visits.error} />
      {groups.isSuccess && !group && (
        <Text size="sm" c="dimmed" data-testid="home-mg-none">
          {t("home.mobileGroup.none")}
        </Text>
      )}
      {group && (
        <Group gap="sm" align="stretch">
          <div style={{ flex: "2 1 200px" }}>
            <Text fw={600} data-testid="home-mg-name">
              {group.name}
            </Text>
            <CompositionBadge group={group} />
          </div>
          {month !== null && (
            <Stat label={t("home.mobileGroup.visits")} value={month} testId="home-mg-visits" />
          )}
        </Group>
      )}
      {recording && group && <VisitFormModal groupId={group.id} onClose={() => setRecording(false)} />}
    </HomeCard>
  );
}
