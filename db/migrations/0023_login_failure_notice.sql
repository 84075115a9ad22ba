-- A notice to the user when failed log-ins to their account pile up across addresses (R11, password
-- spraying): an in-app notification of kind login_failures about the user's own account, with the count,
-- the number of addresses and the first and last attempt in `details`. Made once per streak of failures.
ALTER TABLE notification DROP CONSTRAINT notification_kind_known;
ALTER TABLE notification ADD CONSTRAINT notification_kind_known
  CHECK (kind IN ('check_due', 'check_overdue', 'duty_due', 'duty_overdue', 'login_failures'));
ALTER TABLE notification DROP CONSTRAINT notification_record_type_known;
ALTER TABLE notification ADD CONSTRAINT notification_record_type_known
  CHECK (record_type IN ('measure', 'register_entry', 'user'));
ALTER TABLE notification ADD COLUMN details jsonb;
ALTER TABLE notification ADD CONSTRAINT notification_login_failures_shape CHECK (
  (kind = 'login_failures') = (record_type = 'user')
  AND (kind <> 'login_failures' OR (record_id = user_id AND jsonb_typeof(details) = 'object'))
);
COMMENT ON COLUMN notification.details IS 'What a notice counts, for kinds that need more than a record and a date: login_failures holds {failures, addresses, firstAt, lastAt} (no addresses themselves: the audit has them).';
