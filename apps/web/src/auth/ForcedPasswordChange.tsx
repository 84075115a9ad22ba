import { Alert, Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ChangePasswordForm } from "./ChangePasswordForm.tsx";
import { PublicLayout } from "./PublicLayout.tsx";
import { useLogout } from "./useLogout.ts";

/** The only screen of a user whose first password must be changed (me.mustChangePassword). */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <PublicLayout
      title={t("password.title")}
      extra={
        <Button variant="subtle" size="xs" onClick={() => logout.mutate(false)} data-testid="logout">
          {t("shell.logout")}
        </Button>
      }
    >
      <Alert color="yellow">{t("password.mustChange")}</Alert>
      <ChangePasswordForm />
    </PublicLayout>
  );
}
