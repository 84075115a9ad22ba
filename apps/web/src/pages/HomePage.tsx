import { Card, Text, Title } from "@mantine/core";
import { Navigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { AnchorLink } from "../components/links.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { navFor } from "../shell/nav.ts";

/** The case-work roles' dashboard; other roles go to their first menu item. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const items = navFor(user.roles);
  const first = items[0];
  if (!items.some((item) => item.id === "home") && first) return <Navigate to={first.path} replace />;
  return (
    <>
      <PageTitle>{t("home.title")}</PageTitle>
      <Card withBorder maw={560} data-testid="dashboard-card">
        <Title order={2} size="h4" mb="xs">
          {t("home.worklistsTitle")}
        </Title>
        {items.some((item) => item.id === "worklists") ? (
          <AnchorLink to="/worklists">{t("home.openWorklists")}</AnchorLink>
        ) : items.some((item) => item.id === "persons") ? (
          <AnchorLink to="/persons">{t("home.openPersons")}</AnchorLink>
        ) : (
          <Text c="dimmed">{t("home.worklistsText")}</Text>
        )}
      </Card>
    </>
  );
}
