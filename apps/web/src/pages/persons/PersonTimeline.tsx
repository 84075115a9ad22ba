import { Card, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** One timeline of the person's measures, facts, register entries and checks. */
export function PersonTimeline({ personId }: { personId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="person-timeline" data-person={personId}>
      <Title order={2} size="h4" mb="xs">
        {t("timeline.title")}
      </Title>
      <Text c="dimmed">{t("timeline.empty")}</Text>
    </Card>
  );
}
