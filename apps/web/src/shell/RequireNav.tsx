import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { navFor, type NavId } from "./nav.ts";

/**
 * Shows a screen only to roles whose menu has it. The server enforces access on every request;
 * this only spares the user a screen full of refusals after following an old link.
 */
export function RequireNav({ id, children }: { id: NavId; children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!navFor(user.roles).some((item) => item.id === id)) {
    return (
      <Alert color="yellow" data-testid="not-available">
        {t("common.notAvailable")}
      </Alert>
    );
  }
  return children;
}
