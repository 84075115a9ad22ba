import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/errors.ts";
import { authApi } from "../api/endpoints.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { router } from "../router.tsx";
import { PublicLayout } from "./PublicLayout.tsx";
import { browserStore, sessionExpired, takeReturnPath } from "./returnPath.ts";
import { startSession } from "./session.ts";

export function LoginPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  // Empty fields are named on submit rather than disabling the button, which would not say why.
  const [submitted, setSubmitted] = useState(false);
  // Shown because the session ended under the user: say so, and go back to that page after login.
  const [expired] = useState(() => {
    const store = browserStore();
    return store !== null && sessionExpired(store);
  });
  const login = useMutation({
    mutationFn: authApi.login,
    onSuccess: (session) => {
      const store = browserStore();
      const back = store ? takeReturnPath(store) : null;
      if (back && back !== window.location.pathname + window.location.search) router.history.replace(back);
      startSession(queryClient, session);
    },
    // A failed attempt clears the password so the next one starts clean — without calling the emptied
    // field "required" next to the refusal, which read as a second error.
    onError: () => {
      setPassword("");
      setSubmitted(false);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (username.trim() && password) login.mutate({ username: username.trim(), password });
  };

  const required = (value: string, field: string) =>
    submitted && !value ? t("errors.field.required") : fieldError(t, login.error, field);

  return (
    <PublicLayout title={t("login.title")}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {expired && !login.error && (
            <Alert color="orange" role="status" data-testid="login-session-expired">
              {t("login.sessionExpired")}
            </Alert>
          )}
          <ErrorAlert error={login.error} fields={["username", "password"]} testId="login-error" />
          {/* No autofocus: the keyboard starts at the language switch in the header, then the form. */}
          <TextInput
            label={t("login.username")}
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={required(username.trim(), "username")}
            data-testid="login-username"
          />
          <PasswordInput
            label={t("login.password")}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={required(password, "password")}
            visibilityToggleButtonProps={{ "aria-label": t("login.togglePassword") }}
            data-testid="login-password"
          />
          <Button type="submit" loading={login.isPending} data-testid="login-submit">
            {t("login.submit")}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
