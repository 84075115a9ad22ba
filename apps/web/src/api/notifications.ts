// In-app reminders of due and overdue checks and duties (issue 4 item 4).
import { api } from "./client.ts";
import type { NotificationList } from "./types.ts";

export const notificationsApi = {
  list: (params: { unread?: boolean; page?: number; pageSize?: number }) =>
    api.get<NotificationList>("/notifications", {
      unread: params.unread ? "true" : undefined,
      page: params.page,
      pageSize: params.pageSize,
    }),
  read: (notificationId: string) =>
    api.post<undefined>(`/notifications/${encodeURIComponent(notificationId)}/read`),
  readAll: () => api.post<undefined>("/notifications/read-all"),
};

export const notificationKeys = {
  all: ["notifications"] as const,
  list: (unread: boolean, page: number) => ["notifications", "list", unread, page] as const,
};
