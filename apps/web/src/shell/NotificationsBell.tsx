import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Switch,
  Text,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notificationKeys, notificationsApi } from "../api/notifications.ts";
import type { NotificationItem } from "../api/types.ts";
import { AnchorLink } from "../components/links.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { formatDate, lawCitation } from "../format.ts";
import { useLanguage } from "../i18n/index.ts";
import { reminderWhat } from "./reminderLabels.ts";
import { LoginFailuresNotice } from "./LoginFailuresNotice.tsx";

/** Reminders are swept on the server every few minutes; a minute's poll keeps the badge current. */
const POLL_MS = 60_000;

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}

/** The header's bell: unread count, and the list of reminders of due and overdue checks and duties. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [onlyUnread, setOnlyUnread] = useState(true);
  const list = useQuery({
    queryKey: notificationKeys.list(onlyUnread, 1),
    queryFn: () => notificationsApi.list({ unread: onlyUnread, page: 1, pageSize: 20 }),
    refetchInterval: POLL_MS,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const markRead = useMutation({ mutationFn: notificationsApi.read, onSettled: refresh });
  const markAll = useMutation({ mutationFn: notificationsApi.readAll, onSettled: refresh });
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  return (
    <Popover opened={opened} onChange={setOpened} width={380} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Indicator
          label={unread > 99 ? "99+" : unread}
          size={18}
          color="red"
          disabled={unread === 0}
          data-testid="notifications-unread"
        >
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={t("notifications.bell", { n: unread })}
            aria-expanded={opened}
            data-testid="notifications-bell"
            data-unread={unread}
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown data-testid="notifications-panel" aria-label={t("notifications.title")}>
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600}>{t("notifications.title")}</Text>
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={unread === 0}
              loading={markAll.isPending}
              onClick={() => markAll.mutate()}
              style={{ flexShrink: 0 }}
              data-testid="notifications-read-all"
            >
              {t("notifications.markAllRead")}
            </Button>
          </Group>
          <Switch
            size="xs"
            label={t("notifications.onlyUnread")}
            checked={onlyUnread}
            onChange={(e) => setOnlyUnread(e.currentTarget.checked)}
            data-testid="notifications-only-unread"
          />
          <ErrorAlert error={list.error ?? markRead.error ?? markAll.error} />
          {list.isSuccess && items.length === 0 && (
            <Text size="sm" c="dimmed" data-testid="notifications-empty">
              {t("notifications.empty")}
            </Text>
          )}
          <ScrollArea.Autosize mah={360}>
            <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {items.map((n) => (
                <li key={n.id} data-testid="notification-row" data-read={n.read}>
                  <Reminder
                    item={n}
                    onOpen={() => {
                      if (!n.read) markRead.mutate(n.id);
                      setOpened(false);
                    }}
                    onRead={() => markRead.mutate(n.id)}
                  />
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function Reminder({
  item,
  onOpen,
  onRead,
}: {
  item: NotificationItem;
  onOpen: () => void;
  onRead: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (item.kind === "login_failures")
    return <LoginFailuresNotice item={item} onOpen={onOpen} onRead={onRead} />;
  const overdue = item.kind.endsWith("overdue");
  const what = reminderWhat(t, item.code, item.recordType);
  const link =
    item.recordType === "handoff" ? (
      <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: item.recordId }} onClick={onOpen} size="sm">
        {what}
      </AnchorLink>
    ) : item.recordType === "measure" ? (
      <AnchorLink to="/measures/$measureId" params={{ measureId: item.recordId }} onClick={onOpen} size="sm">
        {what}
      </AnchorLink>
    ) : (
      <AnchorLink to="/register/$entryId" params={{ entryId: item.recordId }} onClick={onOpen} size="sm">
        {what}
      </AnchorLink>
    );
  return (
    <Stack
      gap={2}
      p={6}
      bg={item.read ? undefined : "var(--mantine-color-blue-light)"}
      style={{ borderRadius: 4 }}
    >
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Badge size="sm" color={overdue ? "red" : "orange"} variant="light" data-testid="notification-kind">
          {t(`notifications.kind.${item.kind}`)}
        </Badge>
        <Text size="xs" c={overdue ? "red" : "dimmed"}>
          {t("notifications.dueOn", { date: formatDate(item.dueOn, lang) })}
        </Text>
      </Group>
      {link}
      <Group gap={6} justify="space-between" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {item.article ? t("errors.article", { article: lawCitation(t, item.article) }) : ""}
        </Text>
        {!item.read && (
          <Button
            size="compact-xs"
            variant="default"
            onClick={onRead}
            style={{ flexShrink: 0 }}
            aria-label={t("notifications.markReadOf", { what })}
            data-testid="notification-read"
          >
            {t("notifications.markRead")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
