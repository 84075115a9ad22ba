import { Alert, Anchor, Button, CopyButton, Group, Paper, Stack, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { PUBLIC_PAGES } from "./PublicFrame.tsx";
import type { PublicReportFiled } from "@aldyn/contract";

/**
 * The confirmation of a filed report: its registration number and the tracking code, which the
 * server keeps only as a hash — shown here once, so the page says plainly to save it.
 */
export function ReportFiled({ filed }: { filed: PublicReportFiled }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLDivElement>(null);
  // The form is gone: the focus moves to the confirmation so a screen reader reads it out.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md">
      <Alert
        ref={heading}
        tabIndex={-1}
        color="green"
        title={t("publicReport.filed", { number: filed.registrationNumber })}
        role="status"
        data-testid="public-report-filed"
      >
        {t("publicReport.filedText")}
      </Alert>
      <Paper withBorder p="lg" radius="md">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t("publicReport.registrationNumber")}
          </Text>
          <Text fw={700} size="lg" data-testid="public-report-number">
            {filed.registrationNumber}
          </Text>
          <Text size="sm" c="dimmed" mt="sm">
            {t("publicReport.trackingCode")}
          </Text>
          <Group gap="sm" wrap="wrap">
            <Text
              ff="monospace"
              fw={700}
              size="xl"
              style={{ wordBreak: "break-all", letterSpacing: 1 }}
              data-testid="public-report-code"
              data-code={filed.trackingCode}
            >
              {filed.trackingCode}
            </Text>
            <CopyButton value={filed.trackingCode}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? "filled" : "light"}
                  color={copied ? "green" : undefined}
                  onClick={copy}
                  data-testid="public-report-copy"
                >
                  {copied ? t("common.copied") : t("publicReport.copyCode")}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </Paper>
      <Alert color="yellow" title={t("publicReport.saveCodeTitle")} data-testid="public-report-save-code">
        {t("publicReport.saveCode")}
      </Alert>
      <Group gap="lg">
        <Anchor href={PUBLIC_PAGES.track} data-testid="public-report-to-track">
          {t("publicReport.goTrack")}
        </Anchor>
        <Anchor href={PUBLIC_PAGES.report}>{t("publicReport.another")}</Anchor>
      </Group>
    </Stack>
  );
}
