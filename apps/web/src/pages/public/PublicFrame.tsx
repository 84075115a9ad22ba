import { Anchor, Box, Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../components/LanguageSwitch.tsx";

/** The public pages of the app: filing a report and reading its status. */
export const PUBLIC_PAGES = { report: "/report", track: "/track" } as const;
export type PublicPage = keyof typeof PUBLIC_PAGES;

/** The public page an address opens, or null for the logged-in app (a trailing slash is allowed). */
export function publicPageOf(pathname: string): PublicPage | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (path === PUBLIC_PAGES.report) return "report";
  if (path === PUBLIC_PAGES.track) return "track";
  return null;
}

/**
 * The frame of the public pages: the service's name, the two pages, and the language switch first in
 * the keyboard order; no account, no menu of the officials' app.
 */
export function PublicFrame({
  page,
  title,
  children,
}: {
  page: PublicPage;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const link = (to: PublicPage, label: string) => (
    <Anchor
      href={PUBLIC_PAGES[to]}
      fw={page === to ? 700 : 400}
      aria-current={page === to ? "page" : undefined}
      data-testid={`public-nav-${to}`}
    >
      {label}
    </Anchor>
  );
  return (
    <Box mih="100vh" bg="gray.0">
      <Paper component="header" radius={0} shadow="xs" px="md" py="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={0}>
            <Text fw={700} size="lg">
              {t("app.name")}
            </Text>
            <Text size="xs" c="dimmed">
              {t("publicReport.tagline")}
            </Text>
          </Stack>
          <Group gap="md" component="nav" aria-label={t("publicReport.navLabel")}>
            {link("report", t("publicReport.navReport"))}
            {link("track", t("publicReport.navTrack"))}
            <LanguageSwitch />
          </Group>
        </Group>
      </Paper>
      <Container component="main" size={720} px="md" py="xl">
        <Stack gap="md">
          <Title order={1} size="h2" data-testid="page-title">
            {title}
          </Title>
          {children}
        </Stack>
      </Container>
    </Box>
  );
}
