import { Group, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { formatDateTime, LawCitation, todayIso } from "../../format.ts";
import { HomeCard } from "./HomeCard.tsx";
import { minorsHomeApi, minorsHomeKeys, quarterOfDate } from "./minorsHomeApi.ts";
import { Stat } from "./Stat.tsx";
import { TODAY_REFRESH_MS } from "./todayApi.ts";

function None({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed" data-testid={testId}>
      {t("home.minors.nothing")}
    </Text>
  );
}

/** The juvenile inspector's day (001 Art. 82): the district's registered minors and what is due. */
export function JuvenileCard() {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: minorsHomeKeys.juvenile,
    queryFn: minorsHomeApi.juvenile,
    refetchInterval: TODAY_REFRESH_MS,
  });
  const s = q.data;
  return (
    <HomeCard
      title={t("home.minors.juvenile.title")}
      intro={
        <>
          {t("home.minors.juvenile.intro")} <LawCitation code="001 Art. 82" />
        </>
      }
      testId="home-juvenile"
      links={
        <AnchorLink to="/juvenile" data-testid="home-juvenile-open">
          {t("home.minors.juvenile.open")}
        </AnchorLink>
      }
    >
      <ErrorAlert error={q.error} />
      {q.isSuccess && s === null && <None testId="home-juvenile-none" />}
      {s && (
        <Group gap="sm" align="stretch">
          <Stat label={t("home.minors.juvenile.minors")} value={s.minors} testId="home-juvenile-minors" />
          <Stat
            label={t("home.minors.juvenile.checkDue")}
            value={s.checkDue}
            tone="orange"
            testId="home-juvenile-check-due"
          />
          <Stat
            label={t("home.minors.juvenile.restricted")}
            value={s.restricted}
            testId="home-juvenile-restricted"
          />
          <Stat
            label={t("home.minors.juvenile.turning18")}
            value={s.turning18}
            testId="home-juvenile-turning-18"
          />
        </Group>
      )}
    </HomeCard>
  );
}

/** The school prevention council's day (001 Art. 78): pupils to consider, supports, referrals. */
export function SchoolCouncilCard() {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: minorsHomeKeys.school,
    queryFn: minorsHomeApi.school,
    refetchInterval: TODAY_REFRESH_MS,
  });
  const s = q.data;
  return (
    <HomeCard
      title={t("home.minors.school.title")}
      intro={
        <>
          {t("home.minors.school.intro")} <LawCitation code="001 Art. 78" />
        </>
      }
      testId="home-school-council"
      links={
        <>
          <AnchorLink to="/school" data-testid="home-school-open">
            {t("home.minors.school.open")}
          </AnchorLink>
          <AnchorLink to="/school/attendance" data-testid="home-school-import">
            {t("home.minors.school.import")}
          </AnchorLink>
        </>
      }
    >
      <ErrorAlert error={q.error} />
      {q.isSuccess && s === null && <None testId="home-school-none" />}
      {s && (
        <Group gap="sm" align="stretch">
          <Stat
            label={t("home.minors.school.criterionMet")}
            value={s.criterionMet}
            tone="orange"
            testId="home-school-criterion"
          />
          <Stat
            label={t("home.minors.school.supportsActive")}
            value={s.supportsActive}
            testId="home-school-supports"
          />
          <Stat
            label={t("home.minors.school.stepsOverdue")}
            value={s.stepsOverdue}
            tone="red"
            testId="home-school-overdue"
          />
          <Stat
            label={t("home.minors.school.refusalsReferred")}
            value={s.refusalsReferred}
            testId="home-school-referred"
          />
        </Group>
      )}
    </HomeCard>
  );
}

/**
 * A commission's day (001 Art. 79): for the secretary the hand-offs to open and the cases by state,
 * for every member the next meeting and the protocols awaiting a signature.
 */
export function CommissionCard() {
  const { t } = useTranslation();
  const secretary = useSession().user.roles.includes("minors_commission_secretary");
  const cases = useQuery({
    queryKey: minorsHomeKeys.commission,
    queryFn: minorsHomeApi.commission,
    refetchInterval: TODAY_REFRESH_MS,
  });
  const meetings = useQuery({
    queryKey: minorsHomeKeys.meetings,
    queryFn: minorsHomeApi.meetings,
    refetchInterval: TODAY_REFRESH_MS,
  });
  const c = cases.data;
  const m = meetings.data;
  const next = m?.nextMeeting ?? c?.nextMeeting ?? null;
  return (
    <HomeCard
      title={t("home.minors.commission.title")}
      intro={
        <>
          {t(secretary ? "home.minors.commission.introSecretary" : "home.minors.commission.introMember")}{" "}
          <LawCitation code="001 Art. 79" />
        </>
      }
      testId="home-commission"
      links={
        <>
          <AnchorLink to="/minors-cases" data-testid="home-commission-cases">
            {t("home.minors.commission.cases")}
          </AnchorLink>
          <AnchorLink to="/meetings" data-testid="home-commission-meetings">
            {t("home.minors.commission.meetings")}
          </AnchorLink>
        </>
      }
    >
      <ErrorAlert error={cases.error ?? meetings.error} />
      {cases.isSuccess && meetings.isSuccess && c === null && m === null && (
        <None testId="home-commission-none" />
      )}
      {next ? (
        <Text size="sm" mb="xs" data-testid="home-commission-next">
          {t("home.minors.commission.next", { when: formatDateTime(next.scheduledAt), place: next.place })}
        </Text>
      ) : (
        (c || m) && (
          <Text size="sm" c="dimmed" mb="xs" data-testid="home-commission-no-next">
            {t("home.minors.commission.noNext")}
          </Text>
        )
      )}
      <Group gap="sm" align="stretch">
        {c && secretary && (
          <Stat
            label={t("home.minors.commission.handoffsToOpen")}
            value={c.handoffsToOpen}
            tone="orange"
            testId="home-commission-handoffs"
          />
        )}
        {c && (
          <Stat
            label={t("home.minors.commission.gathering")}
            value={c.gathering}
            testId="home-commission-gathering"
          />
        )}
        {c && (
          <Stat label={t("home.minors.commission.ready")} value={c.ready} testId="home-commission-ready" />
        )}
        {m && (
          <Stat
            label={t("home.minors.commission.toSign")}
            value={m.toSign.length}
            tone="orange"
            testId="home-commission-to-sign"
          />
        )}
        {m && secretary && (
          <Stat
            label={t("home.minors.commission.undelivered")}
            value={m.invitationsUndelivered}
            tone="red"
            testId="home-commission-undelivered"
          />
        )}
      </Group>
    </HomeCard>
  );
}

/** The education management body's quarterly analysis of the schools' prevention work (001 Art. 21(10)). */
export function SchoolAnalysisCard() {
  const { t } = useTranslation();
  const q = quarterOfDate(todayIso());
  const a = useQuery({
    queryKey: minorsHomeKeys.analysis(q.year, q.quarter),
    queryFn: () => minorsHomeApi.analysis(q.year, q.quarter),
  });
  const totals = a.data?.totals ?? {};
  return (
    <HomeCard
      title={t("home.minors.analysis.title")}
      intro={
        <>
          {t("home.minors.analysis.intro")} <LawCitation code="001 Art. 21(10)" />
        </>
      }
      testId="home-school-analysis"
      links={
        <AnchorLink to="/school-analysis" data-testid="home-analysis-open">
          {t("home.minors.analysis.open", { quarter: q.quarter, year: q.year })}
        </AnchorLink>
      }
    >
      <ErrorAlert error={a.error} />
      {a.isSuccess && a.data === null && <None testId="home-analysis-none" />}
      {a.data && (
        <Group gap="sm" align="stretch">
          <Stat
            label={t("home.minors.analysis.schools")}
            value={a.data.schools.length}
            testId="home-analysis-schools"
          />
          <Stat
            label={t("home.minors.analysis.attention")}
            value={totals["attention_pupils"] ?? 0}
            testId="home-analysis-attention"
          />
          <Stat
            label={t("home.minors.analysis.refusals")}
            value={totals["refusals_referred"] ?? 0}
            testId="home-analysis-refusals"
          />
        </Group>
      )}
    </HomeCard>
  );
}
