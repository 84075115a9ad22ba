-- Attachments (issue 4 item 6; 001 Art. 6(5): photo and video recording in prevention): files kept
-- outside the web root under DATA_DIR/attachments/<yyyy>/<mm>/<uuid>, one row each here. The row
-- names the record it belongs to (a person, a measure or a register entry); access follows that
-- record's territory. The type is the one the file's own first bytes show, not the one declared.
CREATE TABLE attachment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  record_type text NOT NULL
    CONSTRAINT attachment_record_type_known CHECK (record_type IN ('person', 'measure', 'register_entry')),
  record_id uuid NOT NULL,
  file_name text NOT NULL CONSTRAINT attachment_file_name_length CHECK (length(file_name) BETWEEN 1 AND 255),
  media_type text NOT NULL
    CONSTRAINT attachment_media_type_allowed CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png', 'video/mp4')),
  size_bytes bigint NOT NULL CONSTRAINT attachment_size_limit CHECK (size_bytes > 0 AND size_bytes <= 10485760),
  sha256 text NOT NULL CONSTRAINT attachment_sha256_hex CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key text NOT NULL CONSTRAINT attachment_storage_key_unique UNIQUE
    CONSTRAINT attachment_storage_key_shape CHECK (storage_key ~ '^[0-9]{4}/[0-9]{2}/[0-9a-f-]{36}$'),
  uploaded_by uuid NOT NULL REFERENCES app_user(id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachment_by_record ON attachment (record_type, record_id, uploaded_at);
COMMENT ON TABLE attachment IS 'A file attached to a person, measure or register entry (001 Art. 6(5)); the bytes live under DATA_DIR/attachments/<storage_key>.';
COMMENT ON COLUMN attachment.storage_key IS 'yyyy/mm/<uuid> under DATA_DIR/attachments: never derived from the uploaded file name.';
