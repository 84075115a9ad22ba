import { Box, Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";

interface Props {
  title: string;
  children: ReactNode;
  /** Controls placed in the header before the language switch (e.g. log out). */
  extra?: ReactNode;
}

/** The frame of the screens shown outside the shell: login and the forced password change. */
export function PublicLayout({ title, children, extra }: Props) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" justify="space-between" p="md">
        <Stack gap={0}>
          <Text fw={700} size="lg">
            {t("app.name")}
          </Text>
          <Text size="xs" c="dimmed">
            {t("app.tagline")}
          </Text>
        </Stack>
        <Group gap="sm">
          {extra}
          <LanguageSwitch />
        </Group>
      </Group>
      <Center component="main" px="md" py="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={440}>
          <Stack gap="md">
            <Title order={1} size="h2" data-testid="page-title">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
