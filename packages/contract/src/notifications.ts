import { z } from "zod";
import { PageQuery } from "./common.ts";

export const NotificationItem = z
  .object({
    id: z.uuid(),
    kind: z.enum([
      "check_due",
      "check_overdue",
      "duty_due",
      "duty_overdue",
      "login_failures",
      "handoff_overdue",
    ]),
    /** `user` (the reader's own account) for login_failures; `handoff` for handoff_overdue (its ground in `code`). */
    recordType: z.enum(["measure", "register_entry", "user", "handoff"]),
    recordId: z.uuid(),
    /** `control_check` or the law package's duty code (e.g. `official_warning.prosecutor_copy`). */
    code: z.string(),
    article: z.string().nullable(),
    dueOn: z.string(),
    createdAt: z.string(),
    read: z.boolean(),
    /** login_failures: failed log-ins to the reader's account since its last successful one (R11). */
    loginFailures: z
      .object({
        failures: z.number().int(),
        addresses: z.number().int(),
        firstAt: z.string(),
        lastAt: z.string(),
      })
      .optional(),
  })
  .meta({ id: "Notification" });

export const NotificationListQuery = PageQuery.extend({
  unread: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});

export const NotificationList = z
  .object({
    items: z.array(NotificationItem),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    unread: z.number().int(),
  })
  .meta({ id: "NotificationList" });
