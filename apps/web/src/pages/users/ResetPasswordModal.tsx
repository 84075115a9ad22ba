import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../api/errors.ts";
import { usersApi } from "../../api/endpoints.ts";
import type { User } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";

/** Set a new temporary password; the user must change it at the next login. */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState("");
  const reset = useMutation({ mutationFn: () => usersApi.resetPassword(user.id, password) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t("users.resetTitle", { name: user.username })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {reset.isSuccess ? (
        <Stack>
          <Alert color="green" role="status" data-testid="reset-done">
            {t("users.resetDone")}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("common.close")}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t("users.resetHint")}</Text>
            <ErrorAlert error={reset.error} fields={["password"]} />
            <PasswordInput
              label={t("users.newPassword")}
              description={t("password.hint")}
              required
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(t, reset.error, "password")}
              visibilityToggleButtonProps={{ "aria-label": t("login.togglePassword") }}
              data-testid="reset-password"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={reset.isPending} disabled={!password} data-testid="reset-submit">
                {t("users.resetPassword")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
