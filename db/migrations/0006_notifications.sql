-- Reminders of what the law says an official "shall" do by a date (issue 4 item 4; REQUIREMENTS rule of thumb):
-- in-app notifications for the responsible official and an outbox a future SMS or e-mail gateway drains.
CREATE TABLE notification (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user(id),
  kind text NOT NULL CONSTRAINT notification_kind_known
    CHECK (kind IN ('check_due', 'check_overdue', 'duty_due', 'duty_overdue')),
  record_type text NOT NULL CONSTRAINT notification_record_type_known CHECK (record_type IN ('measure', 'register_entry')),
  record_id uuid NOT NULL,
  code text NOT NULL,
  article text,
  due_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  CONSTRAINT notification_once UNIQUE (user_id, kind, record_type, record_id, code, due_on)
);
COMMENT ON TABLE notification IS 'In-app reminder of a due or overdue control check (001 Arts. 51(6), 59(10), 60(5)) or duty (e.g. 51(3), 57(2)); made once per user, record, duty and due date, so the sweep is idempotent.';
COMMENT ON COLUMN notification.code IS 'What is due: control_check or the law package duty code.';
CREATE INDEX notification_unread ON notification (user_id, created_at DESC) WHERE read_at IS NULL;

CREATE TABLE notification_outbox (
  id bigserial PRIMARY KEY,
  notification_id uuid NOT NULL UNIQUE REFERENCES notification(id),
  channel text NOT NULL CONSTRAINT outbox_channel_known CHECK (channel IN ('sms', 'email')),
  status text NOT NULL DEFAULT 'pending' CONSTRAINT outbox_status_known CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
COMMENT ON TABLE notification_outbox IS 'Messages for an SMS or e-mail gateway to send; the message text carries no personal data (a count and a link), the gateway looks up the official''s contact.';
CREATE INDEX notification_outbox_pending ON notification_outbox (id) WHERE status = 'pending';
