import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Kysely types of db/migrations/0006_notifications.sql. */
export interface NotificationsTables {
  notification: {
    id: Generated<string>;
    user_id: string;
    kind: "check_due" | "check_overdue" | "duty_due" | "duty_overdue";
    record_type: "measure" | "register_entry";
    record_id: string;
    code: string;
    article: string | null;
    due_on: string;
    created_at: Timestamp;
    read_at: Timestamp | null;
  };
  notification_outbox: {
    id: Generated<number>;
    notification_id: string;
    channel: "sms" | "email";
    status: Generated<"pending" | "sent" | "failed">;
    attempts: Generated<number>;
    created_at: Timestamp;
    sent_at: Timestamp | null;
  };
}
