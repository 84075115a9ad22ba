import { Button, PasswordInput, Stack } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { authApi, keys } from "../api/endpoints.ts";
import { FormErrorSummary } from "../components/FormErrorSummary.tsx";
import { notifySaved } from "../components/notify.ts";
import { useFormErrors } from "../components/useFormErrors.ts";

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
  const change = useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: async () => {
      notifySaved(t("forms.saved.password"));
      setCurrent("");
      setNext("");
      setRepeat("");
      await queryClient.invalidateQueries({ queryKey: keys.session });
      onDone?.();
    },
  });
  // A wrong current password comes back as auth.invalid_credentials without a field: it belongs
  // next to the current-password input.
  const error = change.error;
  const refusal =
    error instanceof ApiError && error.code === "auth.invalid_credentials"
      ? new ApiError(error.status, {
          code: "auth.invalid_current_password",
          message: error.message,
          field: "currentPassword",
          ...(error.requestId ? { requestId: error.requestId } : {}),
        })
      : error;
  const required = (value: string, label: string) =>
    value ? undefined : t("forms.required", { label: t(label) });
  const sent = { currentPassword: current, newPassword: next };
  const form = useFormErrors({
    formId: "password",
    fields: ["currentPassword", "newPassword", "repeat"],
    checks: {
      currentPassword: required(current, "password.current"),
      newPassword: required(next, "password.new"),
      repeat: required(repeat, "password.repeat") ?? (repeat !== next ? t("password.mismatch") : undefined),
    },
    save: { error: refusal, variables: change.variables, isPending: change.isPending },
    current: sent,
  });

  return (
    <form onSubmit={form.onSubmit(() => change.mutate(sent))} noValidate>
      <Stack gap="md">
        <FormErrorSummary form={form} testId="password-error" />
        <PasswordInput
          id={form.id("currentPassword")}
          label={t("password.current")}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={form.err("currentPassword")}
          visibilityToggleButtonProps={{ "aria-label": t("login.togglePassword") }}
          data-testid="password-current"
        />
        <PasswordInput
          id={form.id("newPassword")}
          label={t("password.new")}
          description={t("password.hint")}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={form.err("newPassword")}
          visibilityToggleButtonProps={{ "aria-label": t("login.togglePassword") }}
          data-testid="password-new"
        />
        <PasswordInput
          id={form.id("repeat")}
          label={t("password.repeat")}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={form.err("repeat")}
          visibilityToggleButtonProps={{ "aria-label": t("login.togglePassword") }}
          data-testid="password-repeat"
        />
        <Button type="submit" loading={change.isPending} data-testid="password-submit">
          {t("password.submit")}
        </Button>
      </Stack>
    </form>
  );
}
