import { Button, PasswordInput, Stack } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { fieldError } from "../api/errors.ts";
import { authApi, keys } from "../api/endpoints.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";

/**
 * Current, new and repeated password. On success the session is reloaded: the server clears
 * `mustChangePassword`, so a forced change gives way to the shell.
 */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: async () => {
      setCurrent("");
      setNext("");
      setRepeat("");
      await queryClient.invalidateQueries({ queryKey: keys.session });
      onDone?.();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ currentPassword: current, newPassword: next });
  };

  // A wrong current password comes back as auth.invalid_credentials without a field: it belongs
  // next to the current-password input.
  const wrongCurrent =
    change.error instanceof ApiError && change.error.code === "auth.invalid_credentials"
      ? t("errors.auth.invalid_current_password")
      : fieldError(t, change.error, "currentPassword");

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert
          error={change.error}
          fields={["currentPassword", "newPassword"]}
          testId="password-error"
        />
        <PasswordInput
          label={t("password.current")}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={wrongCurrent}
          visibilityToggleButtonProps={{ "aria-label": t("login.togglePassword") }}
          data-testid="password-current"
        />
        <PasswordInput
          label={t("password.new")}
          description={t("password.hint")}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={fieldError(t, change.error, "newPassword")}
          visibilityToggleButtonProps={{ "aria-label": t("login.togglePassword") }}
          data-testid="password-new"
        />
        <PasswordInput
          label={t("password.repeat")}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={mismatch ? t("password.mismatch") : undefined}
          visibilityToggleButtonProps={{ "aria-label": t("login.togglePassword") }}
          data-testid="password-repeat"
        />
        <Button
          type="submit"
          loading={change.isPending}
          disabled={!current || !next || !repeat}
          data-testid="password-submit"
        >
          {t("password.submit")}
        </Button>
      </Stack>
    </form>
  );
}
