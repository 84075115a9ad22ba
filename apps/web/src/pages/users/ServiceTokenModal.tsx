import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { usersApi } from "../../api/endpoints.ts";
import type { User } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";

/**
 * Issue a bearer token for a service account. The server shows it once, so the modal asks first
 * (issuing may replace an earlier token) and then offers to copy it.
 */
export function ServiceTokenModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const issue = useMutation({ mutationFn: () => usersApi.issueServiceToken(user.id) });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t("users.tokenTitle", { name: user.username })}
      closeButtonProps={{ "aria-label": t("common.close") }}
      size="lg"
    >
      <Stack gap="sm">
        <ErrorAlert error={issue.error} />
        {issue.data ? (
          <>
            <Alert color="yellow">{t("users.tokenOnce")}</Alert>
            <Code block data-testid="service-token">
              {issue.data.token}
            </Code>
            <Group justify="flex-end">
              <CopyButton value={issue.data.token}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy}>
                    {copied ? t("common.copied") : t("common.copy")}
                  </Button>
                )}
              </CopyButton>
              <Button onClick={onClose}>{t("common.close")}</Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">{t("users.tokenHint")}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button loading={issue.isPending} onClick={() => issue.mutate()} data-testid="token-issue">
                {t("users.issueToken")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
