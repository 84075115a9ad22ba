import { Anchor, AppShell, Burger, Group, NavLink, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Outlet, useRouterState } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { localName, useLanguage } from "../i18n/index.ts";
import { navFor } from "./nav.ts";
import { NotificationsBell } from "./NotificationsBell.tsx";
import { useFocusReturn } from "./useFocusReturn.ts";
import { UserMenu } from "./UserMenu.tsx";

/** The logged-in frame: header with who and where the user is, menu by role, the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = navFor(user.roles);
  useFocusReturn("main");

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        {/* Keyboard users skip the header and menu straight to the page. */}
        <Anchor href="#main" className="skip-link">
          {t("shell.skipToContent")}
        </Anchor>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t("shell.toggleNavigation")}
            />
            <Text fw={700} size="lg">
              {t("app.name")}
            </Text>
            <Stack gap={0} visibleFrom="md" miw={0}>
              <Text size="sm" truncate>
                <VisuallyHidden>{t("shell.body")}: </VisuallyHidden>
                <span data-testid="user-body">{localName(user.body.name, lang)}</span>
              </Text>
              <Text size="xs" c="dimmed" truncate>
                <VisuallyHidden>{t("shell.territory")}: </VisuallyHidden>
                <span data-testid="user-territory">{localName(user.territory.name, lang)}</span>
              </Text>
            </Stack>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationsBell />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label={t("shell.navigation")}>
        {items.map((item) => (
          <NavLink
            key={item.id}
            component={Link}
            to={item.path}
            label={t(item.labelKey)}
            active={item.path === "/" ? pathname === "/" : pathname.startsWith(item.path)}
            aria-current={pathname === item.path ? "page" : undefined}
            onClick={close}
            data-testid={`nav-${item.id}`}
          />
        ))}
        <Stack gap={0} hiddenFrom="md" mt="md" px="sm">
          <Text size="sm">{localName(user.body.name, lang)}</Text>
          <Text size="xs" c="dimmed">
            {localName(user.territory.name, lang)}
          </Text>
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
