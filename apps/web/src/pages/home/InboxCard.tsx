import { Badge, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { notificationKeys, notificationsApi } from "../../api/notifications.ts";
import type { NotificationItem } from "../../api/types.ts";
import { useSession } from "../../auth/session.ts";
import { AnchorLink } from "../../components/links.tsx";
import { formatDate } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { navFor } from "../../shell/nav.ts";
import { reminderWhat } from "../../shell/reminderLabels.ts";
import { HomeCard } from "./HomeCard.tsx";
import { Stat } from "./Stat.tsx";

/** How many of the newest unread reminders the card lists; the rest are in the bell. */
const SHOWN = 3;

/**
 * The user's unread reminders of due and overdue checks and duties: the count, and the newest few
 * with a link to their record. The list is the header bell's own query (same key and page), so the
 * card asks the server nothing more.
 */
export function InboxCard({ unread, caseWork }: { unread: number; caseWork: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const menu = navFor(user.roles);
  const opensRecords = menu.some((i) => i.id === "persons");
  const opensHandoffs = menu.some((i) => i.id === "handoffs");
  const list = useQuery({
    queryKey: notificationKeys.list(true, 1),
    queryFn: () => notificationsApi.list({ unread: true, page: 1, pageSize: 20 }),
    enabled: unread > 0,
  });
  const items = (list.data?.items ?? []).slice(0, SHOWN);
  return (
    <HomeCard
      title={t("home.inbox.title")}
      intro={t(caseWork ? "home.inbox.intro" : "home.inbox.introOwn")}
      testId="home-inbox"
    >
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Stat
          grow={false}
          label={t("home.inbox.unread")}
          value={unread}
          tone="orange"
          testId="home-inbox-unread"
        />
        {unread === 0 ? (
          <Text size="sm" style={{ flex: "2 1 240px" }} data-testid="home-inbox-empty">
            {t("home.inbox.none")}
          </Text>
        ) : (
          <Stack gap={6} style={{ flex: "2 1 240px" }} component="ul" p={0} m={0}>
            {items.map((n) => (
              <Reminder
                key={n.id}
                item={n}
                link={n.recordType === "handoff" ? opensHandoffs : opensRecords}
              />
            ))}
            {unread > items.length && (
              <Text size="xs" c="dimmed" component="li" style={{ listStyle: "none" }}>
                {t("home.inbox.more", { n: unread - items.length })}
              </Text>
            )}
          </Stack>
        )}
      </Group>
    </HomeCard>
  );
}

function Reminder({ item, link }: { item: NotificationItem; link: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const overdue = item.kind.endsWith("overdue");
  const what =
    item.kind === "login_failures"
      ? t("notifications.kind.login_failures")
      : reminderWhat(t, item.code, item.recordType);
  const target =
    !link || item.kind === "login_failures" ? (
      <Text size="sm">{what}</Text>
    ) : item.recordType === "handoff" ? (
      <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: item.recordId }} size="sm">
        {what}
      </AnchorLink>
    ) : item.recordType === "measure" ? (
      <AnchorLink to="/measures/$measureId" params={{ measureId: item.recordId }} size="sm">
        {what}
      </AnchorLink>
    ) : (
      <AnchorLink to="/register/$entryId" params={{ entryId: item.recordId }} size="sm">
        {what}
      </AnchorLink>
    );
  return (
    <Group component="li" gap={6} wrap="nowrap" style={{ listStyle: "none" }} data-testid="home-inbox-item">
      <Badge size="sm" variant="light" color={overdue ? "red" : "orange"} style={{ flexShrink: 0 }}>
        {t(`notifications.kind.${item.kind}`)}
      </Badge>
      {target}
      {item.kind !== "login_failures" && (
        <Text size="xs" c={overdue ? "red" : "dimmed"} style={{ flexShrink: 0 }}>
          {t("notifications.dueOn", { date: formatDate(item.dueOn, lang) })}
        </Text>
      )}
    </Group>
  );
}
