import { Alert, Button, CopyButton, Group, Modal, Stack, Text } from "@mantine/core";
import type { ReportFiled } from "@aldyn/contract";
import { useTranslation } from "react-i18next";

/**
 * A report just taken on the hotline or in person: its number and the tracking code, shown this once
 * (only its hash is kept) so the official tells it to the reporter, who reads the answer by it.
 */
export function ReportCreated({
  filed,
  onOpen,
  onClose,
}: {
  filed: ReportFiled;
  onOpen: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t("report.createdTitle", { number: filed.registrationNumber })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Stack gap="sm" data-testid="report-created">
        <Text size="sm" c="dimmed">
          {t("publicReport.trackingCode")}
        </Text>
        <Group gap="sm">
          <Text
            ff="monospace"
            fw={700}
            size="xl"
            data-testid="report-created-code"
            data-code={filed.trackingCode}
          >
            {filed.trackingCode}
          </Text>
          <CopyButton value={filed.trackingCode}>
            {({ copied, copy }) => (
              <Button variant="light" color={copied ? "green" : undefined} onClick={copy}>
                {copied ? t("common.copied") : t("common.copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Alert color="yellow">{t("report.createdTell")}</Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.close")}
          </Button>
          <Button onClick={onOpen} data-testid="report-created-open">
            {t("report.createdOpen")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
