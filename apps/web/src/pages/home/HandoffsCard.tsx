import { Group, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { handoffKeys, handoffsApi, WARNING_COPY_GROUND } from "../handoffs/handoffsApi.ts";
import { HomeCard } from "./HomeCard.tsx";
import { Stat } from "./Stat.tsx";
import { TODAY_REFRESH_MS } from "./todayApi.ts";

/**
 * The body's hand-offs at a glance: incoming to acknowledge, overdue (not acknowledged past their
 * statutory clock), accepted and awaiting the answer; what it sent that the receiver has not
 * acknowledged in time; and for a prosecutor the copies of official warnings to acknowledge. The
 * counts are the inbox's and outbox's own (one row each), so the card and the list agree.
 */
export function HandoffsCard() {
  const { t } = useTranslation();
  const { user } = useSession();
  const prosecutor = user.roles.includes("prosecutor");
  const one = { page: 1, pageSize: 1 };
  const inbox = useQuery({
    queryKey: handoffKeys.list("inbox", one),
    queryFn: () => handoffsApi.list("inbox", one),
    refetchInterval: TODAY_REFRESH_MS,
  });
  const outQ = { ...one, overdue: true };
  const outbox = useQuery({
    queryKey: handoffKeys.list("outbox", outQ),
    queryFn: () => handoffsApi.list("outbox", outQ),
    refetchInterval: TODAY_REFRESH_MS,
  });
  const copiesQ = { ...one, ground: WARNING_COPY_GROUND, state: "sent" as const };
  const copies = useQuery({
    queryKey: handoffKeys.list("inbox", copiesQ),
    queryFn: () => handoffsApi.list("inbox", copiesQ),
    refetchInterval: TODAY_REFRESH_MS,
    enabled: prosecutor,
  });
  const c = inbox.data?.counts;
  return (
    <HomeCard
      title={t("home.handoffs.title")}
      intro={t("home.handoffs.intro")}
      testId="home-handoffs"
      links={
        <>
          <AnchorLink to="/handoffs" data-testid="home-handoffs-open">
            {t("home.handoffs.open")}
          </AnchorLink>
          {prosecutor && (
            <AnchorLink to="/warning-copies" data-testid="home-handoffs-copies">
              {t("home.handoffs.openCopies")}
            </AnchorLink>
          )}
          <AnchorLink to="/handoffs/outbox">{t("home.handoffs.openOutbox")}</AnchorLink>
        </>
      }
    >
      <ErrorAlert error={inbox.error ?? outbox.error ?? copies.error} />
      {c && (
        <Group gap="sm" align="stretch">
          <Stat
            label={t("home.handoffs.overdue")}
            value={c.overdue}
            tone="red"
            testId="home-handoffs-overdue"
          />
          <Stat
            label={t("home.handoffs.toAcknowledge")}
            value={c.sent}
            tone="orange"
            testId="home-handoffs-sent"
          />
          {prosecutor && copies.data && (
            <Stat
              label={t("home.handoffs.copies")}
              value={copies.data.total}
              tone="orange"
              testId="home-handoffs-copies-count"
            />
          )}
          <Stat label={t("home.handoffs.toAnswer")} value={c.accepted} testId="home-handoffs-accepted" />
          {outbox.data && (
            <Stat
              label={t("home.handoffs.sentOverdue")}
              value={outbox.data.counts.overdue}
              tone="red"
              testId="home-handoffs-out-overdue"
            />
          )}
        </Group>
      )}
      {c && c.overdue + c.sent + c.accepted === 0 && (
        <Text size="sm" c="dimmed" mt="xs" data-testid="home-handoffs-empty">
          {t("home.handoffs.empty")}
        </Text>
      )}
    </HomeCard>
  );
}
