import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { NotificationItem } from "../api/types.ts";
import { AnchorLink } from "../components/links.tsx";
import { formatDateTime } from "../format.ts";
import { useLanguage } from "../i18n/index.ts";

/**
 * A notice in the bell about failed sign-ins to the reader's own account (R11): how many, from how
 * many addresses, first and last — and the way to change the password if it was not them.
 */
export function LoginFailuresNotice({
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
  const f = item.loginFailures;
  return (
    <Stack
      gap={2}
      p={6}
      bg={item.read ? undefined : "var(--mantine-color-red-light)"}
      style={{ borderRadius: 4 }}
      data-testid="notification-login-failures"
    >
      <Badge size="sm" color="red" variant="light" data-testid="notification-kind">
        {t("notifications.kind.login_failures")}
      </Badge>
      {f && (
        <Text size="sm">
          {t("notifications.loginFailures", {
            failures: f.failures,
            addresses: f.addresses,
            from: formatDateTime(f.firstAt, lang),
            to: formatDateTime(f.lastAt, lang),
          })}
        </Text>
      )}
      <Group gap={6} justify="space-between" wrap="nowrap">
        <AnchorLink to="/account/password" onClick={onOpen} size="sm">
          {t("notifications.loginFailuresHint")}
        </AnchorLink>
        {!item.read && (
          <Button
            size="compact-xs"
            variant="default"
            onClick={onRead}
            // Never cut short beside the long link ("Оқылды" in kk was clipped to "Оқылд").
            style={{ flexShrink: 0 }}
            aria-label={t("notifications.markReadOf", { what: t("notifications.kind.login_failures") })}
            data-testid="notification-read"
          >
            {t("notifications.markRead")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
