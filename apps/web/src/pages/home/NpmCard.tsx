import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/links.tsx";
import { formatDate } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { HomeCard } from "./HomeCard.tsx";
import { Stat } from "./Stat.tsx";
import type { Today } from "./todayApi.ts";

type Npm = NonNullable<Today["npm"]>;

/**
 * The national preventive mechanism's work (003 pp.6, 24-28; 000 Arts. 34, 36(2)): visits planned and
 * under way, groups' reports awaited and overdue, plans awaiting the Council's approval, and where the
 * annual report stands; "your group" counts the visits whose group the user is in.
 */
export function NpmCard({ npm }: { npm: Npm }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const mine = (n: number) => (n > 0 ? t("home.npm.mine", { n }) : undefined);
  const a = npm.annual;
  const quiet = npm.visitsPlanned + npm.visitsInProgress + npm.reportsAwaited === 0;
  return (
    <HomeCard
      title={t("home.npm.title")}
      intro={t("home.npm.intro")}
      testId="home-npm"
      links={
        <>
          <AnchorLink to="/npm/visits">{t("home.npm.openVisits")}</AnchorLink>
          <AnchorLink to="/npm/plans">{t("home.npm.openPlans")}</AnchorLink>
          <AnchorLink to="/npm/annual">{t("home.npm.openAnnual")}</AnchorLink>
        </>
      }
    >
      <Group gap="sm" wrap="wrap" align="stretch">
        <Stat
          label={t("home.npm.planned")}
          value={npm.visitsPlanned}
          hint={mine(npm.visitsPlannedMine)}
          testId="home-npm-planned"
        />
        <Stat
          label={t("home.npm.inProgress")}
          value={npm.visitsInProgress}
          tone="orange"
          hint={mine(npm.visitsInProgressMine)}
          testId="home-npm-in-progress"
        />
        <Stat
          label={t("home.npm.awaited")}
          value={npm.reportsAwaited}
          tone="orange"
          hint={mine(npm.reportsAwaitedMine)}
          testId="home-npm-awaited"
        />
        <Stat label={t("home.npm.overdue")} value={npm.reportsOverdue} tone="red" testId="home-npm-overdue" />
        <Stat
          label={t("home.npm.plans")}
          value={npm.plansAwaitingApproval}
          tone="orange"
          testId="home-npm-plans"
        />
      </Group>
      <Stack gap={2} mt="sm">
        {quiet && (
          <Text size="sm" data-testid="home-npm-empty">
            {t("home.npm.empty")}
          </Text>
        )}
        {npm.nextVisitOn && (
          <Text size="sm">{t("home.npm.nextVisit", { date: formatDate(npm.nextVisitOn, lang) })}</Text>
        )}
        {npm.nextReportDueOn && (
          <Text size="sm" c={npm.reportsOverdue > 0 ? "red" : undefined}>
            {t("home.npm.nextReport", { date: formatDate(npm.nextReportDueOn, lang) })}
          </Text>
        )}
        <Text size="sm" data-testid="home-npm-annual" data-stage={a.stage}>
          <Text span fw={600}>
            {t("home.npm.annualTitle", { year: a.year })}:
          </Text>{" "}
          {t(`home.npm.stage.${a.stage}`, { date: formatDate(a.publicationDueBy, lang) })}
        </Text>
        {a.publicationOverdue && (
          <Text size="sm" c="red">
            {t("home.npm.publicationOverdue")}
          </Text>
        )}
        {a.answersOverdue > 0 && (
          <Text size="sm" c="red">
            {t("home.npm.answersOverdue", { n: a.answersOverdue })}
          </Text>
        )}
      </Stack>
    </HomeCard>
  );
}
