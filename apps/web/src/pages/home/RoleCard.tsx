import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { AnchorLink } from "../../components/links.tsx";
import { navFor } from "../../shell/nav.ts";
import { HomeCard } from "./HomeCard.tsx";

/**
 * What the user's roles do in the system, said plainly, with a link to each screen of their menu: a
 * role with nothing due today still sees what it can do and where.
 */
export function RoleCard() {
  const { t } = useTranslation();
  const { user } = useSession();
  const screens = navFor(user.roles).filter((i) => i.id !== "home");
  return (
    <HomeCard title={t("home.role.title")} testId="home-role">
      <Stack gap={4}>
        {user.roles.map((r) => (
          <Text size="sm" key={r} data-testid={`home-role-${r}`}>
            <Text span fw={600}>
              {t(`role.${r}`)}:
            </Text>{" "}
            {t(`home.role.${r}`)}
          </Text>
        ))}
      </Stack>
      {screens.length > 0 && (
        <Group gap="md" mt="sm" data-testid="home-role-links">
          {screens.map((s) => (
            <AnchorLink key={s.id} to={s.path}>
              {t(s.labelKey)}
            </AnchorLink>
          ))}
        </Group>
      )}
    </HomeCard>
  );
}
