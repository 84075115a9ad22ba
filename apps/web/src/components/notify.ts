import { notifications } from "@mantine/notifications";

/**
 * The toast after a save (R11 "forms that help"): what was done, in the user's language, gone by
 * itself after a few seconds; `role="status"` so a screen reader says it without moving the focus.
 */
export function notifySaved(message: string): void {
  notifications.show({
    color: "green",
    message,
    autoClose: 4000,
    withBorder: true,
    role: "status",
    "data-testid": "toast-saved",
  } as Parameters<typeof notifications.show>[0]);
}
