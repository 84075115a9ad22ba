import { Button, Menu } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { useLogout } from "../auth/useLogout.ts";

/** The user's name as a menu: change password, log out, log out everywhere. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" data-testid="user-menu">
          {user.fullName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void navigate({ to: "/account/password" })} data-testid="change-password">
          {t("shell.changePassword")}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => logout.mutate(false)} data-testid="logout">
          {t("shell.logout")}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => logout.mutate(true)} data-testid="logout-everywhere">
          {t("shell.logoutEverywhere")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
