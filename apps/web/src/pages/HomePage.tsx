import { Group, Loader, SimpleGrid, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { formatDate } from "../format.ts";
import { localName, useLanguage } from "../i18n/index.ts";
import { AssessmentCard } from "./home/AssessmentCard.tsx";
import { CentreWorkCard } from "./home/CentreWorkCard.tsx";
import { DvIncidentsCard } from "./home/DvIncidentsCard.tsx";
import { HandoffsCard } from "./home/HandoffsCard.tsx";
import { homeBlocks, type HomeBlock } from "./home/homeBlocks.ts";
import { InboxCard } from "./home/InboxCard.tsx";
import { MobileGroupCard } from "./home/MobileGroupCard.tsx";
import { CommissionCard, JuvenileCard, SchoolAnalysisCard, SchoolCouncilCard } from "./home/MinorsCards.tsx";
import { NationalCard } from "./home/NationalCard.tsx";
import { NpmCard } from "./home/NpmCard.tsx";
import { AccountsCard, AuditCard } from "./home/OversightCards.tsx";
import { RoleCard } from "./home/RoleCard.tsx";
import { SummaryCard } from "./home/SummaryCard.tsx";
import { TODAY_REFRESH_MS, todayApi, todayKeys, type Today } from "./home/todayApi.ts";
import { TriageCard } from "./home/TriageCard.tsx";
import { WorkCard } from "./home/WorkCard.tsx";
import { WorkloadCard } from "./home/WorkloadCard.tsx";

/** Blocks drawn across the page's width (tables and charts); the others share two columns. */
const WIDE: readonly HomeBlock[] = ["summary", "workload", "national"];

function Block({ block, today }: { block: HomeBlock; today: Today }) {
  switch (block) {
    case "checks":
    case "duties":
      return <WorkCard list={block} today={today} />;
    case "triage":
      return <TriageCard />;
    case "dvIncidents":
      return <DvIncidentsCard />;
    case "centreWork":
      return <CentreWorkCard />;
    case "mobileGroup":
      return <MobileGroupCard />;
    case "dvAssessment":
      return <AssessmentCard />;
    case "juvenile":
      return <JuvenileCard />;
    case "schoolCouncil":
      return <SchoolCouncilCard />;
    case "commission":
      return <CommissionCard />;
    case "schoolAnalysis":
      return <SchoolAnalysisCard />;
    case "handoffs":
      return <HandoffsCard />;
    case "inbox":
      // Reminders of checks and duties come to those who read them; others get notices of their own.
      return (
        <InboxCard unread={today.inbox.unread} caseWork={today.checks !== null || today.duties !== null} />
      );
    case "npm":
      return <NpmCard npm={today.npm!} />;
    case "accounts":
      return <AccountsCard accounts={today.accounts!} />;
    case "audit":
      return <AuditCard audit={today.audit!} />;
    case "summary":
      return <SummaryCard />;
    case "workload":
      return <WorkloadCard />;
    case "national":
      return <NationalCard year={Number(today.asOf.slice(0, 4))} />;
    case "role":
      return <RoleCard />;
  }
}

/**
 * Every role's home page: today's work with links to where it is done — due checks and duties,
 * reminders, the NPM's visits and reports, accounts, the audit log — and for those who read the
 * territory's figures the register summary, the workload per official and the national figures;
 * each role also reads what it can do here (R11.1: each count only of what the role may read).
 */
export function HomePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const q = useQuery({
    queryKey: todayKeys.today,
    queryFn: todayApi.today,
    refetchInterval: TODAY_REFRESH_MS,
  });
  const blocks = q.data ? homeBlocks(user.roles, q.data, user.territory.level) : [];
  return (
    <>
      <PageTitle>{t("home.title")}</PageTitle>
      <Text mb="md" data-testid="home-greeting">
        {t("home.greeting", { name: user.fullName })}{" "}
        {q.data && (
          <Text span c="dimmed">
            {t("home.asOf", {
              date: formatDate(q.data.asOf, lang),
              body: localName(user.body.name, lang),
              place: localName(user.territory.name, lang),
            })}
          </Text>
        )}
      </Text>
      {q.isPending && (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{t("home.loading")}</Text>
        </Group>
      )}
      <ErrorAlert error={q.error} testId="home-error" />
      {q.data && (
        <Stack gap="md" data-testid="home-blocks" data-blocks={blocks.join(" ")}>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {blocks
              .filter((b) => !WIDE.includes(b))
              .map((b) => (
                <Block key={b} block={b} today={q.data} />
              ))}
          </SimpleGrid>
          {blocks
            .filter((b) => WIDE.includes(b))
            .map((b) => (
              <Block key={b} block={b} today={q.data} />
            ))}
        </Stack>
      )}
    </>
  );
}
