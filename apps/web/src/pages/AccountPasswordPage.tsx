import { Alert, Box } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ChangePasswordForm } from "../auth/ChangePasswordForm.tsx";
import { PageTitle } from "../components/PageTitle.tsx";

/** A voluntary password change from the user menu. */
export function AccountPasswordPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  return (
    <Box maw={440}>
      <PageTitle>{t("password.title")}</PageTitle>
      {done && (
        <Alert color="green" mb="md" role="status" data-testid="password-changed">
          {t("password.changed")}
        </Alert>
      )}
      <ChangePasswordForm onDone={() => setDone(true)} />
    </Box>
  );
}
